package io.ksnmp.smi;

import java.util.Arrays;

/**
 * An OBJECT IDENTIFIER: up to 128 arcs, each an unsigned 32-bit number.
 *
 * <p>Immutable and cheap to compare: {@link #compareTo(Oid)} is the lexicographic order of SNMP
 * (arc by arc, unsigned, a prefix before its extensions), which is the order agents walk in.
 * {@link #toString()} gives the dotted form without a leading dot ({@code 1.3.6.1.2.1.1.1.0});
 * {@link #parse(String)} accepts it with or without one.
 *
 * <pre>{@code
 * Oid ifDescr = Oid.parse("1.3.6.1.2.1.2.2.1.2");
 * Oid row3 = ifDescr.child(3);                         // 1.3.6.1.2.1.2.2.1.2.3
 * boolean inTable = row3.startsWith(ifDescr);          // true
 * long ifIndex = row3.indexAfter(ifDescr).nextInteger(); // 3
 * }</pre>
 *
 * <p>Table index helpers build instance names from index values ({@link #withIntegerIndex},
 * {@link #withStringIndex}, {@link #withIpAddressIndex}, {@link #withOidIndex}) and
 * {@link #indexAfter(Oid)} reads them back, following RFC 2578 §7.7.
 */
public final class Oid implements Comparable<Oid> {
    /** The most arcs an OID may have (RFC 2578 §3.5). */
    public static final int MAX_ARCS = 128;

    private static final Oid EMPTY = new Oid(ArcBytes.EMPTY);

    /** The arcs in {@link ArcBytes} form; never modified. */
    private final byte[] enc;

    /** Wraps arcs in {@link ArcBytes} form that the caller hands over and never touches again. */
    Oid(byte[] enc) {
        this.enc = enc;
    }

    /** @return the OID with no arcs */
    public static Oid empty() {
        return EMPTY;
    }

    /**
     * Creates an OID from arcs in the signed {@code int} range.
     *
     * @param arcs the arcs, each 0..2,147,483,647
     * @return the OID
     * @throws IllegalArgumentException if an arc is negative or there are more than 128
     */
    public static Oid of(int... arcs) {
        checkCount(arcs.length);
        for (int arc : arcs) {
            if (arc < 0) {
                throw new IllegalArgumentException("OID arcs are non-negative; use of(long...) for arcs above 2^31-1");
            }
        }
        return new Oid(ArcBytes.encode(arcs, 0, arcs.length));
    }

    /**
     * Creates an OID from arcs in the full unsigned 32-bit range.
     *
     * @param arcs the arcs, each 0..4,294,967,295
     * @return the OID
     * @throws IllegalArgumentException if an arc is out of range or there are more than 128
     */
    public static Oid of(long... arcs) {
        checkCount(arcs.length);
        int[] unsigned = new int[arcs.length];
        for (int i = 0; i < arcs.length; i++) {
            unsigned[i] = checkedArc(arcs[i]);
        }
        return new Oid(ArcBytes.encode(unsigned, 0, unsigned.length));
    }

    /**
     * Creates an OID from arcs held as unsigned 32-bit patterns in {@code int}s (as
     * {@link #toIntArray()} gives them).
     *
     * @param unsignedArcs the arcs
     * @return the OID
     * @throws IllegalArgumentException if there are more than 128 arcs
     */
    public static Oid fromUnsignedInts(int[] unsignedArcs) {
        checkCount(unsignedArcs.length);
        return new Oid(ArcBytes.encode(unsignedArcs, 0, unsignedArcs.length));
    }

    /**
     * Parses dotted-decimal text such as {@code 1.3.6.1.2.1.1.1.0} or {@code .1.3.6.1.2.1}.
     *
     * @param text the OID; a single leading dot is allowed
     * @return the OID
     * @throws IllegalArgumentException if the text is not a dotted-decimal OID with arcs in range
     */
    public static Oid parse(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '.' ? 1 : 0;
        if (start == length) {
            throw new IllegalArgumentException("empty OID text");
        }
        int[] arcs = new int[Math.min(MAX_ARCS + 1, (length - start + 1) / 2 + 1)];
        int count = 0;
        long value = 0;
        int digits = 0;
        for (int i = start; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0) {
                    throw new IllegalArgumentException("OID text has an empty arc at index " + i);
                }
                checkCount(count + 1);
                arcs[count++] = (int) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
                if (value > 0xffff_ffffL) {
                    throw new IllegalArgumentException("OID arc above 4294967295 at index " + i);
                }
            } else {
                throw new IllegalArgumentException("OID text has a character other than a digit or a dot at index " + i);
            }
        }
        return new Oid(ArcBytes.encode(arcs, 0, count));
    }

    private static void checkCount(int count) {
        if (count > MAX_ARCS) {
            throw new IllegalArgumentException("an OID has at most " + MAX_ARCS + " arcs, not " + count);
        }
    }

    static int checkedArc(long arc) {
        if (arc < 0 || arc > 0xffff_ffffL) {
            throw new IllegalArgumentException("OID arc out of range 0..4294967295: " + arc);
        }
        return (int) arc;
    }

    /** @return the number of arcs */
    public int size() {
        return ArcBytes.count(enc);
    }

    /**
     * @param index 0-based arc position
     * @return the arc's value, 0..4,294,967,295
     * @throws IndexOutOfBoundsException if there is no such arc
     */
    public long arc(int index) {
        int p = 0;
        for (int i = 0; i < index; i++) {
            if (p >= enc.length) {
                break;
            }
            p = ArcBytes.end(enc, p);
        }
        if (index < 0 || p >= enc.length) {
            throw new IndexOutOfBoundsException("arc " + index + " of an OID with " + size() + " arcs");
        }
        return ArcBytes.value(enc, p);
    }

    /**
     * @return the last arc
     * @throws IllegalStateException if the OID is empty
     */
    public long lastArc() {
        return ArcBytes.value(enc, lastArcStart());
    }

    private int lastArcStart() {
        if (enc.length == 0) {
            throw new IllegalStateException("the empty OID has no arcs");
        }
        int p = enc.length - 1;
        while (p > 0 && enc[p - 1] < 0) {
            p--;
        }
        return p;
    }

    /** @return a copy of the arcs as unsigned 32-bit patterns */
    public int[] toIntArray() {
        return ArcBytes.decode(enc);
    }

    /** The arcs in {@link ArcBytes} form, for codecs in this package; callers must not modify them. */
    byte[] arcBytesUnsafe() {
        return enc;
    }

    /**
     * @param prefix another OID
     * @return whether this OID equals {@code prefix} or extends it
     */
    public boolean startsWith(Oid prefix) {
        int n = prefix.enc.length;
        return n <= enc.length && java.util.Arrays.equals(enc, 0, n, prefix.enc, 0, n);
    }

    /**
     * @return this OID without its last arc
     * @throws IllegalStateException if the OID is empty
     */
    public Oid parent() {
        return new Oid(Arrays.copyOf(enc, lastArcStart()));
    }

    /**
     * @param arc an arc to append, 0..4,294,967,295
     * @return this OID extended by one arc
     * @throws IllegalArgumentException if the arc is out of range or the OID already has 128 arcs
     */
    public Oid child(long arc) {
        checkedArc(arc);
        checkCount(size() + 1);
        byte[] extended = Arrays.copyOf(enc, enc.length + ArcBytes.length(arc));
        ArcBytes.put(extended, enc.length, arc);
        return new Oid(extended);
    }

    /**
     * @param suffix arcs to append
     * @return this OID extended by all arcs of {@code suffix}
     * @throws IllegalArgumentException if the result would have more than 128 arcs
     */
    public Oid append(Oid suffix) {
        return appendArcBytes(suffix.enc);
    }

    private Oid appendArcBytes(byte[] suffix) {
        if (suffix.length == 0) {
            return this;
        }
        checkCount(size() + ArcBytes.count(suffix));
        byte[] extended = Arrays.copyOf(enc, enc.length + suffix.length);
        System.arraycopy(suffix, 0, extended, enc.length, suffix.length);
        return new Oid(extended);
    }

    /**
     * The arcs from {@code from} (inclusive) to {@code to} (exclusive), as python-snmp's
     * {@code oid[a:b]} gives them: a prefix, a suffix or any run of arcs.
     *
     * <pre>{@code
     * Oid ifDescr7 = Oid.parse("1.3.6.1.2.1.2.2.1.2.7");
     * ifDescr7.slice(0, 10);                  // 1.3.6.1.2.1.2.2.1.2, the column
     * ifDescr7.slice(10, ifDescr7.size());    // 7, the index
     * }</pre>
     *
     * @param from the first arc's position
     * @param to one past the last arc's position
     * @return those arcs
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= size()}
     */
    public Oid slice(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, size());
        int start = 0;
        for (int i = 0; i < from; i++) {
            start = ArcBytes.end(enc, start);
        }
        int end = start;
        for (int i = from; i < to; i++) {
            end = ArcBytes.end(enc, end);
        }
        return start == 0 && end == enc.length ? this : new Oid(Arrays.copyOfRange(enc, start, end));
    }

    /**
     * The arcs after a prefix: the index part of a table instance name.
     *
     * @param prefix a prefix of this OID, such as a column's OID
     * @return the remaining arcs
     * @throws IllegalArgumentException if this OID does not start with {@code prefix}
     */
    public Oid suffixAfter(Oid prefix) {
        if (!startsWith(prefix)) {
            throw new IllegalArgumentException(this + " does not start with " + prefix);
        }
        return new Oid(Arrays.copyOfRange(enc, prefix.enc.length, enc.length));
    }

    /**
     * Reads the table index that follows a prefix, value by value.
     *
     * @param prefix a prefix of this OID, such as a column's OID
     * @return a reader positioned at the first index arc
     * @throws IllegalArgumentException if this OID does not start with {@code prefix}
     */
    public OidIndexReader indexAfter(Oid prefix) {
        if (!startsWith(prefix)) {
            throw new IllegalArgumentException(this + " does not start with " + prefix);
        }
        return new OidIndexReader(toIntArray(), prefix.size());
    }

    /**
     * Appends an INTEGER (or Unsigned32) index: one arc.
     *
     * @param value 0..4,294,967,295
     * @return the extended OID
     */
    public Oid withIntegerIndex(long value) {
        return child(value);
    }

    /**
     * Appends an OCTET STRING index: its length (unless implied) and then one arc per octet.
     *
     * @param value the octets
     * @param implied true for an {@code IMPLIED} index (the last index of a table, no length arc)
     * @return the extended OID
     */
    public Oid withStringIndex(byte[] value, boolean implied) {
        int extra = implied ? 0 : 1;
        int[] suffix = new int[value.length + extra];
        if (!implied) {
            suffix[0] = value.length;
        }
        for (int i = 0; i < value.length; i++) {
            suffix[i + extra] = value[i] & 0xff;
        }
        return appendArcBytes(ArcBytes.encode(suffix, 0, suffix.length));
    }

    /**
     * Appends an OCTET STRING index given as text, encoded in UTF-8.
     *
     * @param value the text
     * @param implied true for an {@code IMPLIED} index
     * @return the extended OID
     */
    public Oid withStringIndex(String value, boolean implied) {
        return withStringIndex(value.getBytes(java.nio.charset.StandardCharsets.UTF_8), implied);
    }

    /**
     * Appends an IpAddress index: four arcs.
     *
     * @param address the address
     * @return the extended OID
     */
    public Oid withIpAddressIndex(IpAddress address) {
        byte[] octets = address.toBytes();
        int[] suffix = new int[4];
        for (int i = 0; i < 4; i++) {
            suffix[i] = octets[i] & 0xff;
        }
        return appendArcBytes(ArcBytes.encode(suffix, 0, 4));
    }

    /**
     * Appends an OBJECT IDENTIFIER index: its arc count (unless implied) and then its arcs.
     *
     * @param value the OID
     * @param implied true for an {@code IMPLIED} index
     * @return the extended OID
     */
    public Oid withOidIndex(Oid value, boolean implied) {
        if (implied) {
            return append(value);
        }
        return child(value.size()).append(value);
    }

    /**
     * Orders OIDs as SNMP does: arc by arc as unsigned numbers; a prefix sorts before the OIDs
     * that extend it.
     */
    @Override
    public int compareTo(Oid other) {
        return ArcBytes.compare(enc, other.enc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oid && Arrays.equals(enc, ((Oid) o).enc);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(enc);
    }

    /** @return the dotted-decimal form without a leading dot, e.g. {@code 1.3.6.1.2.1.1.1.0} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(enc.length * 3);
        appendDotted(sb, false);
        return sb.toString();
    }

    /** @return the dotted-decimal form with a leading dot, as Net-SNMP prints with {@code -On} */
    public String toDottedString() {
        StringBuilder sb = new StringBuilder(enc.length * 3 + 1);
        appendDotted(sb, true);
        return sb.toString();
    }

    void appendDotted(StringBuilder sb, boolean leadingDot) {
        long value = 0;
        boolean first = true;
        for (byte b : enc) {
            value = (value << 7) | (b & 0x7f);
            if (b >= 0) {
                if (!first || leadingDot) {
                    sb.append('.');
                }
                sb.append(value);
                value = 0;
                first = false;
            }
        }
    }
}
