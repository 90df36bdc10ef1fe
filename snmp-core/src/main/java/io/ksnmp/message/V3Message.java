package io.ksnmp.message;

import java.util.Arrays;
import java.util.Objects;

/**
 * An SNMPv3 message (RFC 3412 §6): the header (msgID, msgMaxSize, msgFlags, msgSecurityModel),
 * the security parameters as opaque octets for the security model to interpret, and either a
 * plaintext {@link ScopedPdu} or the encrypted octets of one.
 *
 * <p>A decoded message also tells where its security parameters sit in the bytes it came from
 * ({@link #securityParametersOffset()}), so a security model can locate the MAC it must verify.
 *
 * <pre>{@code
 * V3Message m = V3Message.plaintext(msgId, 65507, MsgFlags.REPORTABLE, V3Message.USM,
 *         usmParameters, ScopedPdu.of(engineId, new byte[0], Pdu.get(requestId, names)));
 * BerWriter w = new BerWriter();
 * int securityParametersOffset = MessageCodec.encode(m, w);
 * }</pre>
 */
public final class V3Message implements SnmpMessage {
    /** msgSecurityModel of the User-based Security Model (RFC 3414). */
    public static final int USM = 3;
    /** The smallest msgMaxSize RFC 3412 allows. */
    public static final int MIN_MAX_SIZE = 484;

    private final int msgId;
    private final int msgMaxSize;
    private final int msgFlags;
    private final int securityModel;
    private final byte[] securityParameters;
    private final ScopedPdu scopedPdu;
    private final byte[] encryptedPdu;
    private final int securityParametersOffset;
    private final int encryptedPduOffset;

    V3Message(int msgId, int msgMaxSize, int msgFlags, int securityModel, byte[] securityParameters,
              ScopedPdu scopedPdu, byte[] encryptedPdu, int securityParametersOffset) {
        this(msgId, msgMaxSize, msgFlags, securityModel, securityParameters, scopedPdu, encryptedPdu,
                securityParametersOffset, -1);
    }

    V3Message(int msgId, int msgMaxSize, int msgFlags, int securityModel, byte[] securityParameters,
              ScopedPdu scopedPdu, byte[] encryptedPdu, int securityParametersOffset, int encryptedPduOffset) {
        this.msgId = msgId;
        this.msgMaxSize = msgMaxSize;
        this.msgFlags = msgFlags;
        this.securityModel = securityModel;
        this.securityParameters = securityParameters;
        this.scopedPdu = scopedPdu;
        this.encryptedPdu = encryptedPdu;
        this.securityParametersOffset = securityParametersOffset;
        this.encryptedPduOffset = encryptedPduOffset;
    }

    /**
     * A message whose scoped PDU travels in the clear.
     *
     * @param msgId 0..2,147,483,647
     * @param msgMaxSize 484..2,147,483,647
     * @param msgFlags see {@link MsgFlags}; the priv bit must be clear
     * @param securityModel 1..2,147,483,647, {@link #USM} for USM
     * @param securityParameters the security model's parameters; copied
     * @param scopedPdu the scoped PDU
     * @return the message
     * @throws IllegalArgumentException if a header field is out of range
     */
    public static V3Message plaintext(int msgId, int msgMaxSize, int msgFlags, int securityModel,
                                      byte[] securityParameters, ScopedPdu scopedPdu) {
        check(msgId, msgMaxSize, msgFlags, securityModel);
        if (MsgFlags.isPriv(msgFlags)) {
            throw new IllegalArgumentException("a plaintext scoped PDU needs the priv flag clear");
        }
        return new V3Message(msgId, msgMaxSize, msgFlags, securityModel, securityParameters.clone(),
                Objects.requireNonNull(scopedPdu, "scopedPdu"), null, -1);
    }

    /**
     * A message whose scoped PDU is encrypted.
     *
     * @param msgId 0..2,147,483,647
     * @param msgMaxSize 484..2,147,483,647
     * @param msgFlags see {@link MsgFlags}; the priv bit must be set
     * @param securityModel 1..2,147,483,647
     * @param securityParameters the security model's parameters; copied
     * @param encryptedPdu the encrypted scoped PDU; copied
     * @return the message
     * @throws IllegalArgumentException if a header field is out of range
     */
    public static V3Message encrypted(int msgId, int msgMaxSize, int msgFlags, int securityModel,
                                      byte[] securityParameters, byte[] encryptedPdu) {
        check(msgId, msgMaxSize, msgFlags, securityModel);
        if (!MsgFlags.isPriv(msgFlags)) {
            throw new IllegalArgumentException("an encrypted scoped PDU needs the priv flag set");
        }
        return new V3Message(msgId, msgMaxSize, msgFlags, securityModel, securityParameters.clone(),
                null, encryptedPdu.clone(), -1);
    }

    private static void check(int msgId, int msgMaxSize, int msgFlags, int securityModel) {
        if (msgId < 0) {
            throw new IllegalArgumentException("msgID is 0..2147483647");
        }
        if (msgMaxSize < MIN_MAX_SIZE) {
            throw new IllegalArgumentException("msgMaxSize is 484..2147483647");
        }
        if (msgFlags < 0 || msgFlags > 0xff) {
            throw new IllegalArgumentException("msgFlags is one octet");
        }
        if (securityModel < 1) {
            throw new IllegalArgumentException("msgSecurityModel is 1..2147483647");
        }
    }

    @Override
    public SnmpVersion version() {
        return SnmpVersion.V3;
    }

    /** @return msgID */
    public int msgId() {
        return msgId;
    }

    /** @return msgMaxSize: the largest message the sender accepts */
    public int msgMaxSize() {
        return msgMaxSize;
    }

    /** @return the msgFlags octet, see {@link MsgFlags} */
    public int msgFlags() {
        return msgFlags;
    }

    /** @return msgSecurityModel */
    public int securityModel() {
        return securityModel;
    }

    /** @return a copy of msgSecurityParameters' contents */
    public byte[] securityParameters() {
        return securityParameters.clone();
    }

    byte[] securityParametersUnsafe() {
        return securityParameters;
    }

    /**
     * @return where msgSecurityParameters' contents start, counted from the message's first
     *     byte, for a decoded message; -1 for one built in memory
     */
    public int securityParametersOffset() {
        return securityParametersOffset;
    }

    /** @return the length of msgSecurityParameters' contents */
    public int securityParametersLength() {
        return securityParameters.length;
    }

    /**
     * @return where the encrypted scoped PDU's octets start, counted from the message's first
     *     byte, for a decoded encrypted message; -1 otherwise. Lets a security model decrypt
     *     straight from the datagram without copying it first.
     */
    public int encryptedPduOffset() {
        return encryptedPduOffset;
    }

    /** @return the length of the encrypted scoped PDU, or -1 if it travels in the clear */
    public int encryptedPduLength() {
        return encryptedPdu == null ? -1 : encryptedPdu.length;
    }

    /** @return whether the scoped PDU is encrypted */
    public boolean isEncrypted() {
        return encryptedPdu != null;
    }

    /** @return the plaintext scoped PDU, or null if it is encrypted */
    public ScopedPdu scopedPduOrNull() {
        return scopedPdu;
    }

    /** @return a copy of the encrypted scoped PDU, or null if it travels in the clear */
    public byte[] encryptedPduOrNull() {
        return encryptedPdu == null ? null : encryptedPdu.clone();
    }

    byte[] encryptedPduUnsafe() {
        return encryptedPdu;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof V3Message)) {
            return false;
        }
        V3Message m = (V3Message) o;
        return msgId == m.msgId && msgMaxSize == m.msgMaxSize && msgFlags == m.msgFlags
                && securityModel == m.securityModel && Arrays.equals(securityParameters, m.securityParameters)
                && Objects.equals(scopedPdu, m.scopedPdu) && Arrays.equals(encryptedPdu, m.encryptedPdu);
    }

    @Override
    public int hashCode() {
        return Objects.hash(msgId, msgMaxSize, msgFlags, securityModel, scopedPdu);
    }

    /** @return the header and the scoped PDU; encrypted octets and security parameters only by size */
    @Override
    public String toString() {
        return "V3 msg-id=" + msgId + " msg-max-size=" + msgMaxSize + " msg-flags=" + String.format("%02x", msgFlags)
                + " security-model=" + securityModel + " security-parameters=(" + securityParameters.length
                + " octets) " + (scopedPdu != null ? scopedPdu.toString() : "encrypted-pdu=(" + encryptedPdu.length + " octets)");
    }
}
