package io.ksnmp.smi;

import io.ksnmp.ber.BerReader;
import io.ksnmp.ber.BerTag;
import io.ksnmp.ber.BerWriter;

/**
 * Encodes and decodes SMI values, names and variable-binding lists with a {@link BerReader} or
 * {@link BerWriter}. Used by the message codec; useful on its own for tests and tools.
 *
 * <pre>{@code
 * BerWriter w = new BerWriter();
 * SmiCodec.writeVariable(w, Counter32.of(42));      // 41 01 2a
 * Variable v = SmiCodec.readVariable(new BerReader(w.toByteArray(), 0, w.size()));
 * }</pre>
 */
public final class SmiCodec {
    private SmiCodec() {
    }

    /**
     * Reads one value of any SMI type or SNMPv2 exception.
     *
     * @param r the reader, positioned at the value's tag
     * @return the value
     * @throws io.ksnmp.ber.BerDecodingException if the value is malformed or of no SMI type
     */
    public static Variable readVariable(BerReader r) {
        int tag = r.peekTag();
        switch (tag) {
            case BerTag.INTEGER:
                return Integer32.of(r.readInt32(tag));
            case BerTag.OCTET_STRING:
                return OctetString.wrap(readBoundedOctets(r, tag));
            case BerTag.NULL:
                r.readNull(tag);
                return Null.INSTANCE;
            case BerTag.OBJECT_IDENTIFIER:
                return new ObjectIdentifier(new Oid(r.readOidArcs(tag)));
            case BerTag.IP_ADDRESS:
                return readIpAddress(r);
            case BerTag.COUNTER32:
                return Counter32.ofBits((int) r.readUnsigned32(tag));
            case BerTag.GAUGE32:
                return Gauge32.ofBits((int) r.readUnsigned32(tag));
            case BerTag.TIMETICKS:
                return TimeTicks.ofBits((int) r.readUnsigned32(tag));
            case BerTag.OPAQUE:
                return Opaque.wrap(readBoundedOctets(r, tag));
            case BerTag.COUNTER64:
                return Counter64.of(r.readUnsigned64(tag));
            case BerTag.NO_SUCH_OBJECT:
                r.readNull(tag);
                return NoSuchObject.INSTANCE;
            case BerTag.NO_SUCH_INSTANCE:
                r.readNull(tag);
                return NoSuchInstance.INSTANCE;
            case BerTag.END_OF_MIB_VIEW:
                r.readNull(tag);
                return EndOfMibView.INSTANCE;
            default:
                throw r.error("an SMI value", BerTag.name(tag));
        }
    }

    private static byte[] readBoundedOctets(BerReader r, int tag) {
        int offset = r.offset();
        int start = r.skipPrimitive(tag);
        int length = r.arrayIndex() - start;
        if (length > OctetString.MAX_LENGTH) {
            throw new io.ksnmp.ber.BerDecodingException(offset, "at most 65535 octets", length + " octets");
        }
        return java.util.Arrays.copyOfRange(r.array(), start, r.arrayIndex());
    }

    private static IpAddress readIpAddress(BerReader r) {
        int start = r.skipPrimitive(BerTag.IP_ADDRESS);
        int length = r.arrayIndex() - start;
        if (length != 4) {
            throw r.error("an IpAddress of 4 octets", length + " octets");
        }
        byte[] b = r.array();
        return IpAddress.ofBits(((b[start] & 0xff) << 24) | ((b[start + 1] & 0xff) << 16)
                | ((b[start + 2] & 0xff) << 8) | (b[start + 3] & 0xff));
    }

    /**
     * Writes one value.
     *
     * @param w the writer
     * @param value the value
     */
    public static void writeVariable(BerWriter w, Variable value) {
        int tag = value.tag();
        switch (tag) {
            case BerTag.INTEGER:
                w.writeInt32(tag, ((Integer32) value).value());
                break;
            case BerTag.OCTET_STRING:
                w.writeOctets(tag, ((OctetString) value).bytesUnsafe());
                break;
            case BerTag.OBJECT_IDENTIFIER:
                writeOid(w, ((ObjectIdentifier) value).oid());
                break;
            case BerTag.IP_ADDRESS: {
                int bits = ((IpAddress) value).toInt();
                w.writeByte(bits);
                w.writeByte(bits >>> 8);
                w.writeByte(bits >>> 16);
                w.writeByte(bits >>> 24);
                w.writeHeader(tag, 4);
                break;
            }
            case BerTag.COUNTER32:
                w.writeUnsigned32(tag, ((Counter32) value).value());
                break;
            case BerTag.GAUGE32:
                w.writeUnsigned32(tag, ((Gauge32) value).value());
                break;
            case BerTag.TIMETICKS:
                w.writeUnsigned32(tag, ((TimeTicks) value).value());
                break;
            case BerTag.OPAQUE:
                w.writeOctets(tag, ((Opaque) value).bytesUnsafe());
                break;
            case BerTag.COUNTER64:
                w.writeUnsigned64(tag, ((Counter64) value).longValue());
                break;
            default: // NULL and the three exception values
                w.writeNull(tag);
                break;
        }
    }

    /**
     * Reads an OBJECT IDENTIFIER.
     *
     * @param r the reader
     * @return the OID
     * @throws io.ksnmp.ber.BerDecodingException if it is malformed
     */
    public static Oid readOid(BerReader r) {
        return new Oid(r.readOidArcs(BerTag.OBJECT_IDENTIFIER));
    }

    /**
     * Writes an OBJECT IDENTIFIER.
     *
     * @param w the writer
     * @param oid the OID
     */
    public static void writeOid(BerWriter w, Oid oid) {
        int[] arcs = oid.arcsUnsafe();
        w.writeOidArcs(BerTag.OBJECT_IDENTIFIER, arcs, arcs.length);
    }

    /**
     * Reads a VarBindList: {@code SEQUENCE OF SEQUENCE { name, value }}.
     *
     * @param r the reader
     * @return the list
     * @throws io.ksnmp.ber.BerDecodingException if it is malformed
     */
    public static VarBindList readVarBindList(BerReader r) {
        int listToken = r.enter(BerTag.SEQUENCE);
        VarBind[] items = new VarBind[r.countValues()];
        int count = 0;
        while (r.hasRemaining()) {
            int token = r.enter(BerTag.SEQUENCE);
            Oid name = readOid(r);
            Variable value = readVariable(r);
            r.exit(token);
            items[count++] = new VarBind(name, value);
        }
        r.exit(listToken);
        return VarBindList.wrap(items, count);
    }

    /**
     * Writes a VarBindList.
     *
     * @param w the writer
     * @param list the bindings
     */
    public static void writeVarBindList(BerWriter w, VarBindList list) {
        int listMark = w.mark();
        for (int i = list.size() - 1; i >= 0; i--) {
            VarBind vb = list.get(i);
            int mark = w.mark();
            writeVariable(w, vb.value());
            writeOid(w, vb.oid());
            w.closeConstructed(BerTag.SEQUENCE, mark);
        }
        w.closeConstructed(BerTag.SEQUENCE, listMark);
    }
}
