package io.ksnmp.usm;

import io.ksnmp.ber.BerDecodingException;
import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * UsmSecurityParameters (RFC 3414 §2.4): the contents of msgSecurityParameters for USM.
 *
 * <pre>{@code
 * UsmSecurityParameters p = UsmSecurityParameters.decode(v3Message.securityParameters());
 * p.userName();  p.engineBoots();  p.authenticationParameters().length;
 * }</pre>
 *
 * @param engineId msgAuthoritativeEngineID
 * @param engineBoots msgAuthoritativeEngineBoots, 0..2,147,483,647
 * @param engineTime msgAuthoritativeEngineTime, 0..2,147,483,647
 * @param userName msgUserName, 0..32 octets
 * @param authenticationParameters msgAuthenticationParameters: the truncated HMAC, or empty
 * @param privacyParameters msgPrivacyParameters: the salt, or empty
 */
public record UsmSecurityParameters(byte[] engineId, int engineBoots, int engineTime, byte[] userName,
                                    byte[] authenticationParameters, byte[] privacyParameters) {

    /**
     * Decodes msgSecurityParameters' contents.
     *
     * @param bytes the OCTET STRING's contents
     * @param offset where they start
     * @param length how many octets
     * @return the parameters
     * @throws BerDecodingException if they are not a well-formed UsmSecurityParameters
     */
    public static UsmSecurityParameters decode(byte[] bytes, int offset, int length) {
        return decode(bytes, offset, length, null);
    }

    /**
     * Decodes the parameters and, in the same pass, notes where msgAuthenticationParameters'
     * contents start relative to {@code offset} (in {@code authenticationOffset[0]}, if given).
     */
    static UsmSecurityParameters decode(byte[] bytes, int offset, int length, int[] authenticationOffset) {
        BerReader r = new BerReader(bytes, offset, length);
        int token = r.enter(BerTag.SEQUENCE);
        byte[] engineId = r.readOctets(BerTag.OCTET_STRING);
        if (engineId.length > EngineIds.MAX_LENGTH) {
            throw r.error("msgAuthoritativeEngineID of at most 32 octets", engineId.length + " octets");
        }
        int boots = r.readInt32(BerTag.INTEGER);
        int time = r.readInt32(BerTag.INTEGER);
        if (boots < 0 || time < 0) {
            throw r.error("engine boots and time 0..2147483647", "a negative value");
        }
        byte[] userName = r.readOctets(BerTag.OCTET_STRING);
        if (userName.length > UsmUser.MAX_NAME_LENGTH) {
            throw r.error("msgUserName of at most 32 octets", userName.length + " octets");
        }
        byte[] auth = r.readOctets(BerTag.OCTET_STRING);
        if (authenticationOffset != null) {
            authenticationOffset[0] = r.arrayIndex() - auth.length - offset;
        }
        byte[] priv = r.readOctets(BerTag.OCTET_STRING);
        r.exit(token);
        r.requireEnd();
        return new UsmSecurityParameters(engineId, boots, time, userName, auth, priv);
    }

    /**
     * @param bytes msgSecurityParameters' contents
     * @return the parameters
     * @throws BerDecodingException if they are malformed
     */
    public static UsmSecurityParameters decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * Encodes the parameters and reports where msgAuthenticationParameters' contents sit, so
     * the MAC can be patched in after the whole message is built.
     *
     * @param w a writer to use; reset first
     * @return the encoding and the offset of the authentication parameters within it
     */
    public Encoded encode(BerWriter w) {
        w.reset();
        int mark = w.mark();
        w.writeOctets(BerTag.OCTET_STRING, privacyParameters);
        w.writeBytes(authenticationParameters, 0, authenticationParameters.length);
        int authEnd = w.mark();
        w.writeHeader(BerTag.OCTET_STRING, authenticationParameters.length);
        w.writeOctets(BerTag.OCTET_STRING, userName);
        w.writeInt32(BerTag.INTEGER, engineTime);
        w.writeInt32(BerTag.INTEGER, engineBoots);
        w.writeOctets(BerTag.OCTET_STRING, engineId);
        w.closeConstructed(BerTag.SEQUENCE, mark);
        return new Encoded(w.toByteArray(), w.size() - authEnd);
    }

    /**
     * Encoded parameters.
     *
     * @param bytes the encoding: msgSecurityParameters' contents
     * @param authenticationOffset where msgAuthenticationParameters' contents start in {@code bytes}
     */
    public record Encoded(byte[] bytes, int authenticationOffset) {
    }

    /** @return msgUserName as UTF-8 text */
    public String userNameAsText() {
        return new String(userName, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UsmSecurityParameters)) {
            return false;
        }
        UsmSecurityParameters p = (UsmSecurityParameters) o;
        return engineBoots == p.engineBoots && engineTime == p.engineTime && java.util.Arrays.equals(engineId, p.engineId)
                && java.util.Arrays.equals(userName, p.userName)
                && java.util.Arrays.equals(authenticationParameters, p.authenticationParameters)
                && java.util.Arrays.equals(privacyParameters, p.privacyParameters);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(engineId) * 31 + engineBoots;
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "UsmSecurityParameters(engine=" + hex.formatHex(engineId) + ", boots=" + engineBoots + ", time=" + engineTime
                + ", user=" + userNameAsText() + ", auth=" + hex.formatHex(authenticationParameters)
                + ", priv=" + hex.formatHex(privacyParameters) + ")";
    }
}
