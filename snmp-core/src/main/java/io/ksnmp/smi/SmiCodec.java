package io.ksnmp.smi;

import io.ksnmp.ber.BerDecodingException;
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
                return new ObjectIdentifier(readOid(r));
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
            case BerTag.UINTEGER32:
                return UInteger32.ofBits((int) r.readUnsigned32(tag));
            case BerTag.NSAP_ADDRESS:
                return NsapAddress.wrap(readBoundedOctets(r, tag));
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
            throw new BerDecodingException(offset, "at most 65535 octets", length + " octets");
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
            case BerTag.UINTEGER32:
                w.writeUnsigned32(tag, ((UInteger32) value).value());
                break;
            case BerTag.NSAP_ADDRESS:
                w.writeOctets(tag, ((NsapAddress) value).bytesUnsafe());
                break;
            default: // NULL and the three exception values
                w.writeNull(tag);
                break;
        }
    }

    /**
     * Reads an OBJECT IDENTIFIER: its first subidentifier splits into the first two arcs by
     * X.690's rule (so {@code 2.999.3} round-trips); empty contents give the empty OID.
     *
     * @param r the reader
     * @return the OID
     * @throws io.ksnmp.ber.BerDecodingException on a wrong tag, a truncated or non-minimal
     *     subidentifier, an arc above 4,294,967,295, or more than 128 arcs
     */
    public static Oid readOid(BerReader r) {
        int start = r.skipPrimitive(BerTag.OBJECT_IDENTIFIER);
        int end = r.arrayIndex();
        int base = end - r.offset();
        if (start == end) {
            return Oid.empty();
        }
        byte[] b = r.array();
        if (b[end - 1] < 0) {
            throw new BerDecodingException(end - 1 - base, "a final subidentifier octet", "a continuation bit");
        }
        if (b[start] == (byte) 0x80) {
            throw new BerDecodingException(start - base, "a minimal subidentifier", "a leading 0x80 octet");
        }
        long first = 0;
        int p = start;
        byte octet;
        do {
            octet = b[p++];
            first = (first << 7) | (octet & 0x7f);
            if (first > 0xffff_ffffL + 80) {
                throw new BerDecodingException(p - 1 - base, "arcs of at most 4294967295", "a larger arc");
            }
        } while (octet < 0);
        int rest = p;
        int arcs = 2;
        while (p < end) {
            int subidStart = p;
            if (b[p] == (byte) 0x80) {
                throw new BerDecodingException(p - base, "a minimal subidentifier", "a leading 0x80 octet");
            }
            while (b[p] < 0) {
                p++;
            }
            p++;
            int length = p - subidStart;
            if (length > 5 || (length == 5 && (b[subidStart] & 0x7f) > 0x0f)) {
                throw new BerDecodingException(subidStart - base, "arcs of at most 4294967295", "a larger arc");
            }
            if (++arcs > Oid.MAX_ARCS) {
                throw new BerDecodingException(subidStart - base, "at most 128 arcs", "more");
            }
        }
        long arc0 = first < 40 ? 0 : first < 80 ? 1 : 2;
        long arc1 = first - 40 * arc0;
        byte[] enc = new byte[1 + ArcBytes.length(arc1) + (end - rest)];
        enc[0] = (byte) arc0;
        int pos = ArcBytes.put(enc, 1, arc1);
        System.arraycopy(b, rest, enc, pos, end - rest);
        return new Oid(enc);
    }

    /**
     * Writes an OBJECT IDENTIFIER. The first two arcs share the first subidentifier
     * ({@code 40 * arc0 + arc1}); an OID of one arc is written as if a zero arc followed it
     * ({@code 1} as {@code 1.0}, as Net-SNMP does), and the empty OID with empty contents.
     *
     * @param w the writer
     * @param oid the OID
     * @throws IllegalArgumentException if the first two arcs have no BER encoding (first arc
     *     above 2, or second arc 40 or more when the first is 0 or 1)
     */
    public static void writeOid(BerWriter w, Oid oid) {
        byte[] enc = oid.arcBytesUnsafe();
        if (enc.length == 0) {
            w.writeNull(BerTag.OBJECT_IDENTIFIER);
            return;
        }
        long arc0 = ArcBytes.value(enc, 0);
        int p = ArcBytes.end(enc, 0);
        long arc1 = 0;
        if (p < enc.length) {
            arc1 = ArcBytes.value(enc, p);
            p = ArcBytes.end(enc, p);
        }
        if (arc0 > 2 || (arc0 < 2 && arc1 >= 40)) {
            throw new IllegalArgumentException(
                    "BER cannot encode an OID whose first arc is above 2, or whose second arc is 40 or more under 0 or 1: " + oid);
        }
        int mark = w.mark();
        w.writeBytes(enc, p, enc.length - p);
        w.writeBase128(40 * arc0 + arc1);
        w.writeHeader(BerTag.OBJECT_IDENTIFIER, w.mark() - mark);
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
        int count = r.countValues();
        Oid[] oids = new Oid[count];
        Variable[] values = new Variable[count];
        for (int i = 0; i < count; i++) {
            int token = r.enter(BerTag.SEQUENCE);
            oids[i] = readOid(r);
            values[i] = readVariable(r);
            r.exit(token);
        }
        r.exit(listToken);
        return VarBindList.wrap(oids, values);
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
            writeVarBind(w, list.oid(i), list.value(i));
        }
        w.closeConstructed(BerTag.SEQUENCE, listMark);
    }

    /**
     * Writes one VarBind, {@code SEQUENCE { name, value }}, in front of what the writer holds.
     *
     * @param w the writer
     * @param oid the name
     * @param value the value
     */
    public static void writeVarBind(BerWriter w, Oid oid, Variable value) {
        int mark = w.mark();
        writeVariable(w, value);
        writeOid(w, oid);
        w.closeConstructed(BerTag.SEQUENCE, mark);
    }
}
