package io.ksnmp.message;

import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.pdu.AnyPdu;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduCodec;
import java.nio.ByteBuffer;

/**
 * Encodes and decodes whole SNMP messages: community messages (SNMPv1, SNMPv2c) and SNMPv3
 * messages with a plaintext or encrypted scoped PDU.
 *
 * <p>Decoding accepts exactly one message: bytes after it are an error. Every malformed input
 * throws {@link io.ksnmp.ber.BerDecodingException} and nothing else. Encoding writes into a
 * {@link BerWriter}, whose array ends up holding the message as one slice; the PDU is written
 * once, in place.
 *
 * <pre>{@code
 * BerWriter w = new BerWriter();
 * MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, "public", Pdu.get(1, names)), w);
 * channel.send(ByteBuffer.wrap(w.array(), w.offset(), w.size()), agent);
 *
 * SnmpMessage reply = MessageCodec.decode(buffer, 0, received);
 * }</pre>
 */
public final class MessageCodec {
    private MessageCodec() {
    }

    /**
     * Decodes one message.
     *
     * @param bytes the datagram
     * @param offset where it starts
     * @param length its length
     * @return the message
     * @throws io.ksnmp.ber.BerDecodingException if the bytes are not exactly one well-formed
     *     SNMPv1, SNMPv2c or SNMPv3 message
     */
    public static SnmpMessage decode(byte[] bytes, int offset, int length) {
        return decode(new BerReader(bytes, offset, length));
    }

    /**
     * Decodes one message from a buffer's remaining bytes, leaving the buffer unchanged.
     *
     * @param buffer the datagram
     * @return the message
     * @throws io.ksnmp.ber.BerDecodingException if the bytes are not exactly one well-formed message
     */
    public static SnmpMessage decode(ByteBuffer buffer) {
        return decode(BerReader.of(buffer));
    }

    /**
     * Decodes one message with a caller-owned reader, so a receive loop can reuse one reader
     * for every datagram: {@code MessageCodec.decode(reader.reset(buffer, 0, received))}.
     *
     * @param r a reader positioned at the start of the message; it covers exactly the message
     * @return the message
     * @throws io.ksnmp.ber.BerDecodingException if the bytes are not exactly one well-formed message
     */
    public static SnmpMessage decode(BerReader r) {
        int messageStart = r.arrayIndex();
        int token = r.enter(BerTag.SEQUENCE);
        int versionOffset = r.offset();
        int code = r.readInt32(BerTag.INTEGER);
        SnmpVersion version = SnmpVersion.fromCodeOrNull(code);
        if (version == null) {
            // one octet at most: a wider value may have been read from a community the length ran into
            String found = code >= 0 && code <= 255 ? "version " + code : "a version outside 0..255";
            throw new io.ksnmp.ber.BerDecodingException(versionOffset, "msgVersion 0, 1 or 3", found);
        }
        SnmpMessage message = version == SnmpVersion.V3
                ? readV3(r, messageStart)
                : readCommunity(r, version);
        r.exit(token);
        r.requireEnd();
        return message;
    }

    private static CommunityMessage readCommunity(BerReader r, SnmpVersion version) {
        byte[] community = r.readOctets(BerTag.OCTET_STRING);
        int pduOffset = r.offset();
        AnyPdu pdu = PduCodec.read(r);
        if (!CommunityMessage.allows(version, pdu.type())) {
            throw new io.ksnmp.ber.BerDecodingException(pduOffset, "a PDU type " + version + " allows", pdu.type().toString());
        }
        return new CommunityMessage(version, community, pdu);
    }

    private static V3Message readV3(BerReader r, int messageStart) {
        int header = r.enter(BerTag.SEQUENCE);
        int msgId = r.readInt32(BerTag.INTEGER);
        if (msgId < 0) {
            throw r.error("msgID 0..2147483647", "a negative msgID");
        }
        int msgMaxSize = r.readInt32(BerTag.INTEGER);
        if (msgMaxSize < V3Message.MIN_MAX_SIZE) {
            throw r.error("msgMaxSize 484..2147483647", "a smaller msgMaxSize");
        }
        int flagsStart = r.skipPrimitive(BerTag.OCTET_STRING);
        if (r.arrayIndex() - flagsStart != 1) {
            throw r.error("a one-octet msgFlags", (r.arrayIndex() - flagsStart) + " octets");
        }
        int msgFlags = r.array()[flagsStart] & 0xff;
        int securityModel = r.readInt32(BerTag.INTEGER);
        if (securityModel < 1) {
            throw r.error("msgSecurityModel 1..2147483647", "a model below 1");
        }
        r.exit(header);
        int paramsStart = r.skipPrimitive(BerTag.OCTET_STRING);
        byte[] securityParameters = java.util.Arrays.copyOfRange(r.array(), paramsStart, r.arrayIndex());
        int paramsOffset = paramsStart - messageStart;
        if (r.peekTag() == BerTag.OCTET_STRING) {
            int encryptedStart = r.skipPrimitive(BerTag.OCTET_STRING);
            byte[] encrypted = java.util.Arrays.copyOfRange(r.array(), encryptedStart, r.arrayIndex());
            return new V3Message(msgId, msgMaxSize, msgFlags, securityModel, securityParameters, null, encrypted, paramsOffset,
                    encryptedStart - messageStart);
        }
        ScopedPdu scoped = readScopedPdu(r);
        return new V3Message(msgId, msgMaxSize, msgFlags, securityModel, securityParameters, scoped, null, paramsOffset);
    }

    /**
     * Decodes a scoped PDU, typically one just decrypted.
     *
     * @param bytes the plaintext
     * @param offset where it starts
     * @param length how many bytes there are
     * @param allowTrailing whether bytes may follow the scoped PDU (block-cipher padding after
     *     decryption); otherwise they are an error
     * @return the scoped PDU
     * @throws io.ksnmp.ber.BerDecodingException if it is malformed
     */
    public static ScopedPdu decodeScopedPdu(byte[] bytes, int offset, int length, boolean allowTrailing) {
        BerReader r = new BerReader(bytes, offset, length);
        ScopedPdu scoped = readScopedPdu(r);
        if (!allowTrailing) {
            r.requireEnd();
        }
        return scoped;
    }

    private static ScopedPdu readScopedPdu(BerReader r) {
        int token = r.enter(BerTag.SEQUENCE);
        byte[] contextEngineId = r.readOctets(BerTag.OCTET_STRING);
        byte[] contextName = r.readOctets(BerTag.OCTET_STRING);
        Pdu pdu = PduCodec.readPdu(r);
        r.exit(token);
        return new ScopedPdu(contextEngineId, contextName, pdu);
    }

    /**
     * Encodes any message into a fresh array.
     *
     * @param message the message
     * @return its encoding
     */
    public static byte[] encode(SnmpMessage message) {
        BerWriter w = new BerWriter();
        if (message instanceof CommunityMessage) {
            encode((CommunityMessage) message, w);
        } else {
            encode((V3Message) message, w);
        }
        return w.toByteArray();
    }

    /**
     * Encodes a community message in front of whatever the writer holds (normally nothing:
     * {@link BerWriter#reset()} it first).
     *
     * @param message the message
     * @param w the writer
     */
    public static void encode(CommunityMessage message, BerWriter w) {
        writeCommunity(w, message.version(), message.communityUnsafe(), message.pdu());
    }

    /**
     * Encodes a community message from its parts, in front of whatever the writer holds, without
     * making a {@link CommunityMessage} (engines and agents framing each datagram use this).
     *
     * <pre>{@code
     * w.reset();
     * MessageCodec.writeCommunity(w, SnmpVersion.V2C, community, pdu);
     * }</pre>
     *
     * @param w the writer
     * @param version SNMPv1 or SNMPv2c
     * @param community the community octets (not copied)
     * @param pdu the PDU
     */
    public static void writeCommunity(BerWriter w, SnmpVersion version, byte[] community, AnyPdu pdu) {
        int mark = w.mark();
        PduCodec.write(w, pdu);
        w.writeOctets(BerTag.OCTET_STRING, community, 0, community.length);
        w.writeInt32(BerTag.INTEGER, version.code());
        w.closeConstructed(BerTag.SEQUENCE, mark);
    }

    /**
     * Encodes an SNMPv3 message.
     *
     * @param message the message
     * @param w the writer; the message is written in front of what it holds
     * @return where msgSecurityParameters' contents start, counted from the message's first byte
     */
    public static int encode(V3Message message, BerWriter w) {
        int dataMark = w.mark();
        if (message.isEncrypted()) {
            w.writeOctets(BerTag.OCTET_STRING, message.encryptedPduUnsafe());
        } else {
            writeScopedPdu(w, message.scopedPduOrNull());
        }
        return writeV3Envelope(w, dataMark, message.msgId(), message.msgMaxSize(), message.msgFlags(),
                message.securityModel(), message.securityParametersUnsafe());
    }

    /**
     * Writes a scoped PDU: the first step of encoding an SNMPv3 message whose scoped PDU a
     * security model will then encrypt in place or leave as is.
     *
     * @param w the writer
     * @param scoped the scoped PDU
     */
    public static void writeScopedPdu(BerWriter w, ScopedPdu scoped) {
        int mark = w.mark();
        PduCodec.write(w, scoped.pdu());
        w.writeOctets(BerTag.OCTET_STRING, scoped.contextNameUnsafe());
        w.writeOctets(BerTag.OCTET_STRING, scoped.contextEngineIdUnsafe());
        w.closeConstructed(BerTag.SEQUENCE, mark);
    }

    /**
     * Writes the SNMPv3 envelope (version, header, security parameters and the outer SEQUENCE)
     * around msgData that is already in the writer: a plaintext scoped PDU or the OCTET STRING
     * of an encrypted one, written since {@code dataMark}.
     *
     * @param w the writer
     * @param dataMark what {@link BerWriter#mark()} returned before msgData was written
     * @param msgId 0..2,147,483,647
     * @param msgMaxSize 484..2,147,483,647
     * @param msgFlags the msgFlags octet
     * @param securityModel the security model
     * @param securityParameters msgSecurityParameters' contents
     * @return where msgSecurityParameters' contents start, counted from the message's first
     *     byte: add {@link BerWriter#offset()} for an index into {@link BerWriter#array()}
     */
    public static int writeV3Envelope(BerWriter w, int dataMark, int msgId, int msgMaxSize, int msgFlags,
                                      int securityModel, byte[] securityParameters) {
        w.writeBytes(securityParameters, 0, securityParameters.length);
        int paramsContentMark = w.mark();
        w.writeHeader(BerTag.OCTET_STRING, securityParameters.length);
        int headerMark = w.mark();
        w.writeInt32(BerTag.INTEGER, securityModel);
        w.writeByte(msgFlags);
        w.writeHeader(BerTag.OCTET_STRING, 1);
        w.writeInt32(BerTag.INTEGER, msgMaxSize);
        w.writeInt32(BerTag.INTEGER, msgId);
        w.closeConstructed(BerTag.SEQUENCE, headerMark);
        w.writeInt32(BerTag.INTEGER, SnmpVersion.V3.code());
        w.closeConstructed(BerTag.SEQUENCE, dataMark);
        return w.size() - paramsContentMark;
    }
}
