package io.ksnmp.smi;

/**
 * Reads the index values encoded in a table instance name (RFC 2578 §7.7), in order.
 *
 * <pre>{@code
 * // ipNetToMediaTable: INDEX { ipNetToMediaIfIndex, ipNetToMediaNetAddress }
 * OidIndexReader index = name.indexAfter(ipNetToMediaPhysAddress);
 * long ifIndex = index.nextInteger();
 * IpAddress address = index.nextIpAddress();
 * index.requireEnd();
 * }</pre>
 *
 * Obtained from {@link Oid#indexAfter(Oid)}; not thread-safe.
 */
public final class OidIndexReader {
    private final int[] arcs;
    private int pos;

    OidIndexReader(int[] arcs, int start) {
        this.arcs = arcs;
        this.pos = start;
    }

    /** @return whether index arcs remain */
    public boolean hasNext() {
        return pos < arcs.length;
    }

    /** @return the number of arcs not yet read */
    public int remaining() {
        return arcs.length - pos;
    }

    /**
     * Reads an INTEGER or Unsigned32 index: one arc.
     *
     * @return the arc, 0..4,294,967,295
     * @throws IndexDecodingException if no arc remains
     */
    public long nextInteger() {
        need(1);
        return arcs[pos++] & 0xffff_ffffL;
    }

    /**
     * Reads an OCTET STRING index.
     *
     * @param implied true for an {@code IMPLIED} index: every remaining arc is an octet
     * @return the octets
     * @throws IndexDecodingException if arcs are missing or one is above 255
     */
    public byte[] nextOctets(boolean implied) {
        int length = implied ? remaining() : lengthArc();
        need(length);
        byte[] value = new byte[length];
        for (int i = 0; i < length; i++) {
            int arc = arcs[pos + i];
            if (arc < 0 || arc > 255) {
                throw new IndexDecodingException("string index octet above 255", pos + i);
            }
            value[i] = (byte) arc;
        }
        pos += length;
        return value;
    }

    /**
     * Reads an OCTET STRING index as an {@link OctetString}.
     *
     * @param implied true for an {@code IMPLIED} index
     * @return the value
     * @throws IndexDecodingException if arcs are missing or one is above 255
     */
    public OctetString nextOctetString(boolean implied) {
        return OctetString.wrap(nextOctets(implied));
    }

    /**
     * Reads an IpAddress index: four arcs, each an octet.
     *
     * @return the address
     * @throws IndexDecodingException if arcs are missing or one is above 255
     */
    public IpAddress nextIpAddress() {
        need(4);
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            int arc = arcs[pos + i];
            if (arc < 0 || arc > 255) {
                throw new IndexDecodingException("IpAddress index octet above 255", pos + i);
            }
            bits = (bits << 8) | arc;
        }
        pos += 4;
        return IpAddress.ofBits(bits);
    }

    /**
     * Reads an OBJECT IDENTIFIER index.
     *
     * @param implied true for an {@code IMPLIED} index: every remaining arc belongs to it
     * @return the OID
     * @throws IndexDecodingException if arcs are missing
     */
    public Oid nextOid(boolean implied) {
        int length = implied ? remaining() : lengthArc();
        need(length);
        if (length > Oid.MAX_ARCS) {
            throw new IndexDecodingException("OID index longer than " + Oid.MAX_ARCS + " arcs", pos);
        }
        Oid value = new Oid(ArcBytes.encode(arcs, pos, pos + length));
        pos += length;
        return value;
    }

    /**
     * Requires that every index arc has been read.
     *
     * @throws IndexDecodingException if arcs remain
     */
    public void requireEnd() {
        if (pos != arcs.length) {
            throw new IndexDecodingException((arcs.length - pos) + " index arcs left unread", pos);
        }
    }

    private int lengthArc() {
        need(1);
        int length = arcs[pos];
        if (length < 0 || length > arcs.length - pos - 1) {
            throw new IndexDecodingException("index length arc exceeds the arcs that follow", pos);
        }
        pos++;
        return length;
    }

    private void need(int count) {
        if (count > arcs.length - pos) {
            throw new IndexDecodingException("index needs " + count + " more arcs", pos);
        }
    }
}
