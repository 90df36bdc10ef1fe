package io.ksnmp.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.snmp4j.PDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.asn1.BEROutputStream;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;

/**
 * The BER part of SNMP4J's SNMPv2c message processing ({@code org.snmp4j.mp.MPv2c}), step for
 * step, through SNMP4J's public API: what {@code prepareOutgoingMessage} does to turn a PDU and a
 * community into bytes, and what {@code prepareDataElements} does to turn bytes back into a
 * community and a PDU. Security-model checks, state references, logging and the dispatcher's
 * own work around them (its version peek before dispatching, transport bookkeeping) are left
 * out, so SNMP4J is measured doing no more than the codec work ksnmp does.
 */
public final class Snmp4jCodec {
    private Snmp4jCodec() {
    }

    /**
     * Encodes an SNMPv2c message as {@code MPv2c.prepareOutgoingMessage} does: the community and
     * version wrapped in SNMP4J values, the total length computed up front, an exactly sized
     * heap buffer, then header, version, community and PDU written through a
     * {@link BEROutputStream} (one per message, as {@code MessageDispatcherImpl.sendPdu} makes).
     *
     * @param pdu the PDU
     * @param community the community octets
     * @return the buffer holding the message, positioned after its last byte
     * @throws IOException as SNMP4J's encoders declare
     */
    public static ByteBuffer encode(PDU pdu, byte[] community) throws IOException {
        BEROutputStream out = new BEROutputStream();
        OctetString securityName = new OctetString(community);
        Integer32 version = new Integer32(SnmpConstants.version2c);
        int length = pdu.getBERLength() + securityName.getBERLength() + version.getBERLength();
        ByteBuffer buffer = ByteBuffer.allocate(length + BER.getBERLengthOfLength(length) + 1);
        out.setBuffer(buffer);
        BER.encodeHeader(out, BER.SEQUENCE, length);
        version.encodeBER(out);
        securityName.encodeBER(out);
        pdu.encodeBER(out);
        return buffer;
    }

    /**
     * Decodes an SNMPv2c message as {@code MPv2c.prepareDataElements} does (the stream wrapped
     * around the buffer as {@code MessageDispatcherImpl.processMessage} wraps it): the outer
     * header, the version, the community into the caller's {@link OctetString}, a fresh
     * {@link PDU} from SNMP4J's default PDU factory, and the sequence-length check.
     *
     * @param message the received bytes
     * @param securityName receives the community, as the dispatcher's {@code securityName}
     * @return the PDU
     * @throws IOException if the message is malformed or not SNMPv2c
     */
    public static PDU decode(ByteBuffer message, OctetString securityName) throws IOException {
        BERInputStream in = new BERInputStream(message);
        BER.MutableByte type = new BER.MutableByte();
        int length = BER.decodeHeader(in, type);
        int start = (int) in.getPosition();
        if (type.getValue() != BER.SEQUENCE) {
            throw new IOException("SNMPv2c PDU must start with a SEQUENCE");
        }
        Integer32 version = new Integer32();
        version.decodeBER(in);
        if (version.getValue() != SnmpConstants.version2c) {
            throw new IOException("not an SNMPv2c message");
        }
        securityName.decodeBER(in);
        PDU pdu = new PDU();
        pdu.decodeBER(in);
        BER.checkSequenceLength(length, (int) in.getPosition() - start, pdu);
        return pdu;
    }
}
