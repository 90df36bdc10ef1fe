package io.ksnmp.smi;

/**
 * The compact form an {@link Oid} keeps its arcs in: each arc as its own minimal base-128
 * subidentifier (seven bits per octet, high bit set on all octets but the last), concatenated.
 * Unlike BER it does not merge the first two arcs, so every sequence of arcs has exactly one
 * form; equality, hashing and prefix tests work on the octets directly, and the BER contents of
 * an OID are this form with its first two subidentifiers merged.
 */
final class ArcBytes {
    static final byte[] EMPTY = new byte[0];

    private ArcBytes() {
    }

    /** Octets the arc takes, 1..5. */
    static int length(long arc) {
        if (arc < 0x80L) {
            return 1;
        }
        if (arc < 0x4000L) {
            return 2;
        }
        if (arc < 0x20_0000L) {
            return 3;
        }
        if (arc < 0x1000_0000L) {
            return 4;
        }
        return 5;
    }

    /** Writes an arc at {@code pos}; returns the position after it. */
    static int put(byte[] dst, int pos, long arc) {
        int n = length(arc);
        for (int i = n - 1; i > 0; i--) {
            dst[pos + n - 1 - i] = (byte) (0x80 | ((arc >>> (7 * i)) & 0x7f));
        }
        dst[pos + n - 1] = (byte) (arc & 0x7f);
        return pos + n;
    }

    /** Encodes unsigned 32-bit arcs. */
    static byte[] encode(int[] arcs, int from, int to) {
        int size = 0;
        for (int i = from; i < to; i++) {
            size += length(arcs[i] & 0xffff_ffffL);
        }
        byte[] out = new byte[size];
        int pos = 0;
        for (int i = from; i < to; i++) {
            pos = put(out, pos, arcs[i] & 0xffff_ffffL);
        }
        return out;
    }

    /** Number of arcs. */
    static int count(byte[] enc) {
        int n = 0;
        for (byte b : enc) {
            if (b >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Index just past the arc that starts at {@code pos}. */
    static int end(byte[] enc, int pos) {
        int p = pos;
        while (enc[p] < 0) {
            p++;
        }
        return p + 1;
    }

    /** The arc that starts at {@code pos}. */
    static long value(byte[] enc, int pos) {
        long v = 0;
        int p = pos;
        byte b;
        do {
            b = enc[p++];
            v = (v << 7) | (b & 0x7f);
        } while (b < 0);
        return v;
    }

    /** All arcs as unsigned 32-bit patterns. */
    static int[] decode(byte[] enc) {
        int[] arcs = new int[count(enc)];
        int p = 0;
        for (int i = 0; i < arcs.length; i++) {
            arcs[i] = (int) value(enc, p);
            p = end(enc, p);
        }
        return arcs;
    }

    /**
     * Orders two forms as their arc sequences order: arc by arc numerically, a prefix first. A
     * longer minimal subidentifier is a larger number; equally long ones compare octet by octet.
     */
    static int compare(byte[] a, byte[] b) {
        int k = java.util.Arrays.mismatch(a, b);
        if (k < 0) {
            return 0;
        }
        if (k == a.length || k == b.length) {
            return a.length - b.length;
        }
        int start = k;
        while (start > 0 && a[start - 1] < 0) {
            start--;
        }
        int lengthA = end(a, start) - start;
        int lengthB = end(b, start) - start;
        if (lengthA != lengthB) {
            return lengthA - lengthB;
        }
        return (a[k] & 0xff) - (b[k] & 0xff);
    }
}
