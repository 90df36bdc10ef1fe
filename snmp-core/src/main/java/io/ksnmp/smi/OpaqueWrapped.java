package io.ksnmp.smi;

/**
 * Recognises, reads and builds the values draft-perkins-opaque wraps in an Opaque: the contents
 * are {@code 9F <tag> <length> <value>} with a one-byte (short form) length that covers the rest
 * exactly. Floats and doubles are IEEE 754 big-endian of exactly 4 and 8 bytes; Int64 is two's
 * complement of 0..8 bytes; UInt64 and Counter64 are unsigned of 0..8 bytes, or 9 with a leading
 * zero. Anything else is plain bytes.
 */
final class OpaqueWrapped {
    private OpaqueWrapped() {
    }

    static OpaqueKind kindOf(byte[] b) {
        if (b.length < 3 || (b[0] & 0xff) != OpaqueKind.TAG1 || (b[2] & 0x80) != 0 || b.length != 3 + b[2]) {
            return OpaqueKind.BYTES;
        }
        int length = b[2];
        switch (b[1] & 0xff) {
            case 0x78:
                return length == 4 ? OpaqueKind.FLOAT : OpaqueKind.BYTES;
            case 0x79:
                return length == 8 ? OpaqueKind.DOUBLE : OpaqueKind.BYTES;
            case 0x7a:
                return length <= 8 ? OpaqueKind.INT64 : OpaqueKind.BYTES;
            case 0x7b:
                return unsignedLength(b, length) ? OpaqueKind.UINT64 : OpaqueKind.BYTES;
            case 0x76:
                return unsignedLength(b, length) ? OpaqueKind.COUNTER64 : OpaqueKind.BYTES;
            default:
                return OpaqueKind.BYTES;
        }
    }

    private static boolean unsignedLength(byte[] b, int length) {
        return length <= 8 || (length == 9 && b[3] == 0);
    }

    /** The value bytes as a big-endian number: unsigned, or sign-extended when {@code signed}. */
    static long number(byte[] b, boolean signed) {
        long v = signed && b.length > 3 && b[3] < 0 ? -1L : 0L;
        for (int i = 3; i < b.length; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    static byte[] ofBits(OpaqueKind kind, long bits, int length) {
        byte[] b = new byte[3 + length];
        b[0] = (byte) OpaqueKind.TAG1;
        b[1] = (byte) kind.innerTag();
        b[2] = (byte) length;
        for (int i = b.length - 1; i >= 3; i--) {
            b[i] = (byte) bits;
            bits >>>= 8;
        }
        return b;
    }

    /** Minimal two's complement, at least one byte. */
    static byte[] ofSigned(OpaqueKind kind, long value) {
        int length = 8;
        while (length > 1) {
            long top9 = value >> (8 * (length - 1) - 1);
            if (top9 != 0 && top9 != -1) {
                break;
            }
            length--;
        }
        return ofBits(kind, value, length);
    }

    /** Minimal unsigned, at least one byte, a leading zero byte when the top bit is set (as BER does). */
    static byte[] ofUnsigned(OpaqueKind kind, long bits) {
        int length = 1;
        while (length < 8 && (bits >>> (8 * length)) != 0) {
            length++;
        }
        if ((bits >>> (8 * length - 1) & 1) != 0) {
            length++;
        }
        return ofBits(kind, bits, length);
    }
}
