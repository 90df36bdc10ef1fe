package io.ksnmp.pdu;

import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.SmiCodec;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBindList;

/**
 * Encodes and decodes PDUs. Used by the message codec.
 *
 * <pre>{@code
 * BerWriter w = new BerWriter();
 * PduCodec.write(w, Pdu.get(1, VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.1.0"))));
 * AnyPdu back = PduCodec.read(new BerReader(w.array(), w.offset(), w.size()));
 * }</pre>
 */
public final class PduCodec {
    private PduCodec() {
    }

    /**
     * Reads a PDU of any type.
     *
     * @param r the reader, positioned at the PDU's tag
     * @return the PDU
     * @throws io.ksnmp.ber.BerDecodingException if it is malformed or not a PDU
     */
    public static AnyPdu read(BerReader r) {
        int tag = r.peekTag();
        PduType type = PduType.fromTagOrNull(tag);
        if (type == null) {
            throw r.error("a PDU tag", BerTag.name(tag));
        }
        return type == PduType.TRAP_V1 ? readTrapV1(r) : readPdu(r, type);
    }

    /**
     * Reads a PDU of the common shape, refusing the SNMPv1 trap.
     *
     * @param r the reader, positioned at the PDU's tag
     * @return the PDU
     * @throws io.ksnmp.ber.BerDecodingException if it is malformed, not a PDU, or an SNMPv1 trap
     */
    public static Pdu readPdu(BerReader r) {
        int tag = r.peekTag();
        PduType type = PduType.fromTagOrNull(tag);
        if (type == null || type == PduType.TRAP_V1) {
            throw r.error("a PDU tag other than Trap-PDU", BerTag.name(tag));
        }
        return readPdu(r, type);
    }

    private static Pdu readPdu(BerReader r, PduType type) {
        int token = r.enter(type.tag());
        int requestId = r.readInt32(BerTag.INTEGER);
        int field2 = r.readInt32(BerTag.INTEGER);
        int field3 = r.readInt32(BerTag.INTEGER);
        VarBindList varBinds = SmiCodec.readVarBindList(r);
        r.exit(token);
        return new Pdu(type, requestId, field2, field3, varBinds);
    }

    private static TrapV1Pdu readTrapV1(BerReader r) {
        int token = r.enter(PduType.TRAP_V1.tag());
        Oid enterprise = SmiCodec.readOid(r);
        int start = r.skipPrimitive(BerTag.IP_ADDRESS);
        int length = r.arrayIndex() - start;
        if (length != 4) {
            throw r.error("an agent-addr of 4 octets", length + " octets");
        }
        byte[] b = r.array();
        IpAddress agent = IpAddress.ofInt(((b[start] & 0xff) << 24) | ((b[start + 1] & 0xff) << 16)
                | ((b[start + 2] & 0xff) << 8) | (b[start + 3] & 0xff));
        int generic = r.readInt32(BerTag.INTEGER);
        int specific = r.readInt32(BerTag.INTEGER);
        TimeTicks timeStamp = TimeTicks.of(r.readUnsigned32(BerTag.TIMETICKS));
        VarBindList varBinds = SmiCodec.readVarBindList(r);
        r.exit(token);
        return new TrapV1Pdu(enterprise, agent, generic, specific, timeStamp, varBinds);
    }

    /**
     * Writes a PDU of either shape.
     *
     * @param w the writer
     * @param pdu the PDU
     */
    public static void write(BerWriter w, AnyPdu pdu) {
        if (pdu instanceof Pdu) {
            writePdu(w, (Pdu) pdu);
        } else {
            writeTrapV1(w, (TrapV1Pdu) pdu);
        }
    }

    private static void writePdu(BerWriter w, Pdu pdu) {
        int mark = w.mark();
        SmiCodec.writeVarBindList(w, pdu.varBinds());
        w.writeInt32(BerTag.INTEGER, pdu.maxRepetitions());
        w.writeInt32(BerTag.INTEGER, pdu.nonRepeaters());
        w.writeInt32(BerTag.INTEGER, pdu.requestId());
        w.closeConstructed(pdu.type().tag(), mark);
    }

    private static void writeTrapV1(BerWriter w, TrapV1Pdu trap) {
        int mark = w.mark();
        SmiCodec.writeVarBindList(w, trap.varBinds());
        SmiCodec.writeVariable(w, trap.timeStamp());
        w.writeInt32(BerTag.INTEGER, trap.specificTrap());
        w.writeInt32(BerTag.INTEGER, trap.genericTrap());
        SmiCodec.writeVariable(w, trap.agentAddress());
        SmiCodec.writeOid(w, trap.enterprise());
        w.closeConstructed(PduType.TRAP_V1.tag(), mark);
    }
}
