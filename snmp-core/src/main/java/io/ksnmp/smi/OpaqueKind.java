package io.ksnmp.smi;

/**
 * What an {@link Opaque} value holds: plain bytes, or one of the types that
 * draft-perkins-opaque wraps in an Opaque (and Net-SNMP decodes and prints): an inner BER value
 * whose tag is {@code 0x9F} followed by one of the bytes below, with a one-byte length.
 *
 * <pre>{@code
 * Opaque.ofFloat(4.55127f).kind();                      // FLOAT
 * Opaque.of(new byte[] {1, 2, 3}).kind();               // BYTES
 * }</pre>
 */
public enum OpaqueKind {
    /** Bytes without a recognised wrapped type; Net-SNMP prints {@code OPAQUE: 01 02 }. */
    BYTES(-1),
    /** A Counter64 (inner tag {@code 9F 76}); Net-SNMP prints {@code Opaque: Counter64: n}. */
    COUNTER64(0x76),
    /** An IEEE 754 single-precision float (inner tag {@code 9F 78}, 4 bytes); {@code Opaque: Float: %f}. */
    FLOAT(0x78),
    /** An IEEE 754 double (inner tag {@code 9F 79}, 8 bytes); Net-SNMP 5.9 prints {@code Opaque: Float: %f} too. */
    DOUBLE(0x79),
    /** A signed 64-bit integer (inner tag {@code 9F 7A}); {@code Opaque: Int64: n}. */
    INT64(0x7a),
    /** An unsigned 64-bit integer (inner tag {@code 9F 7B}); {@code Opaque: UInt64: n}. */
    UINT64(0x7b);

    /** The first byte of every wrapped type's inner tag. */
    static final int TAG1 = 0x9f;

    private final int innerTag;

    OpaqueKind(int innerTag) {
        this.innerTag = innerTag;
    }

    /** @return the second byte of the inner tag, or -1 for {@link #BYTES} */
    int innerTag() {
        return innerTag;
    }
}
