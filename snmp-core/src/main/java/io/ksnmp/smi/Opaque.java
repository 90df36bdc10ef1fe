package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.util.Arrays;

/**
 * An Opaque value: arbitrary BER-encoded bytes, passed through unchanged (RFC 2578 §7.1.9).
 *
 * <p>Some agents wrap types SMIv2 lacks in an Opaque (draft-perkins-opaque: float, double,
 * Int64, UInt64, Counter64). The bytes stay what they are; {@link #kind()} says which wrapped
 * type they hold, the typed getters read it, and {@link #toString()} prints it as Net-SNMP does.
 *
 * <pre>{@code
 * Opaque f = Opaque.ofFloat(4.55127f);   // bytes 9F 78 04 40 91 A4 01
 * f.kind();                              // OpaqueKind.FLOAT
 * f.floatValue();                        // 4.55127
 * f.toString();                          // "Opaque: Float: 4.551270"
 * Opaque.of(new byte[] {1, 2}).toString();   // "OPAQUE: 01 02 "
 * }</pre>
 */
public final class Opaque implements Variable {
    private final byte[] bytes;

    private Opaque(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the contents; copied
     * @return the value
     * @throws IllegalArgumentException if longer than 65,535 bytes
     */
    public static Opaque of(byte[] bytes) {
        if (bytes.length > OctetString.MAX_LENGTH) {
            throw new IllegalArgumentException("an Opaque holds at most 65535 bytes, not " + bytes.length);
        }
        return new Opaque(bytes.clone());
    }

    /**
     * @param value the number
     * @return an Opaque holding a wrapped float ({@code 9F 78 04} and the IEEE 754 bits, NaN
     *     payloads kept)
     */
    public static Opaque ofFloat(float value) {
        return new Opaque(OpaqueWrapped.ofBits(OpaqueKind.FLOAT, Float.floatToRawIntBits(value), 4));
    }

    /**
     * @param value the number
     * @return an Opaque holding a wrapped double ({@code 9F 79 08} and the IEEE 754 bits)
     */
    public static Opaque ofDouble(double value) {
        return new Opaque(OpaqueWrapped.ofBits(OpaqueKind.DOUBLE, Double.doubleToRawLongBits(value), 8));
    }

    /**
     * @param value the number
     * @return an Opaque holding a wrapped Int64 ({@code 9F 7A}, minimal two's complement)
     */
    public static Opaque ofInt64(long value) {
        return new Opaque(OpaqueWrapped.ofSigned(OpaqueKind.INT64, value));
    }

    /**
     * @param bits the unsigned 64-bit pattern
     * @return an Opaque holding a wrapped UInt64 ({@code 9F 7B}, minimal unsigned)
     */
    public static Opaque ofUnsigned64(long bits) {
        return new Opaque(OpaqueWrapped.ofUnsigned(OpaqueKind.UINT64, bits));
    }

    /**
     * @param bits the unsigned 64-bit pattern
     * @return an Opaque holding a wrapped Counter64 ({@code 9F 76}, minimal unsigned)
     */
    public static Opaque ofCounter64(long bits) {
        return new Opaque(OpaqueWrapped.ofUnsigned(OpaqueKind.COUNTER64, bits));
    }

    static Opaque wrap(byte[] bytes) {
        return new Opaque(bytes);
    }

    /** @return a copy of the contents */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    /** @return which wrapped type the bytes hold, {@link OpaqueKind#BYTES} if none */
    public OpaqueKind kind() {
        return OpaqueWrapped.kindOf(bytes);
    }

    /**
     * @return the wrapped float
     * @throws IllegalStateException if {@link #kind()} is not {@link OpaqueKind#FLOAT}
     */
    public float floatValue() {
        require(kind() == OpaqueKind.FLOAT, "a float");
        return Float.intBitsToFloat((int) OpaqueWrapped.number(bytes, false));
    }

    /**
     * @return the wrapped double, or the wrapped float widened
     * @throws IllegalStateException if {@link #kind()} is neither {@link OpaqueKind#DOUBLE} nor
     *     {@link OpaqueKind#FLOAT}
     */
    public double doubleValue() {
        OpaqueKind kind = kind();
        if (kind == OpaqueKind.FLOAT) {
            return floatValue();
        }
        require(kind == OpaqueKind.DOUBLE, "a double");
        return Double.longBitsToDouble(OpaqueWrapped.number(bytes, false));
    }

    /**
     * @return the wrapped Int64, or the unsigned 64-bit pattern of a wrapped UInt64 or Counter64
     *     (compare with {@link Long#compareUnsigned(long, long)})
     * @throws IllegalStateException if {@link #kind()} is not one of those three
     */
    public long longValue() {
        OpaqueKind kind = kind();
        require(kind == OpaqueKind.INT64 || kind == OpaqueKind.UINT64 || kind == OpaqueKind.COUNTER64, "a 64-bit integer");
        return OpaqueWrapped.number(bytes, kind == OpaqueKind.INT64);
    }

    private void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("this Opaque does not hold " + what + " but " + kind());
        }
    }

    @Override
    public int tag() {
        return BerTag.OPAQUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Opaque && Arrays.equals(bytes, ((Opaque) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) + tag();
    }

    /**
     * @return as Net-SNMP 5.9 prints it: {@code Opaque: Float: 4.551270} (C's {@code %f}) for a
     *     wrapped float and also for a wrapped double (Net-SNMP labels both "Float"),
     *     {@code Opaque: Int64: -1}, {@code Opaque: UInt64: …}, {@code Opaque: Counter64: …},
     *     and {@code OPAQUE: 01 02 } (hex, 16 octets a line) for other bytes
     */
    @Override
    public String toString() {
        OpaqueKind kind = kind();
        StringBuilder sb = new StringBuilder(bytes.length * 3 + 24);
        switch (kind) {
            case FLOAT: {
                int bits = (int) OpaqueWrapped.number(bytes, false);
                sb.append("Opaque: Float: ");
                NetSnmpText.appendPrintfF(sb, Float.intBitsToFloat(bits), bits < 0);
                break;
            }
            case DOUBLE: {
                long bits = OpaqueWrapped.number(bytes, false);
                sb.append("Opaque: Float: ");
                NetSnmpText.appendPrintfF(sb, Double.longBitsToDouble(bits), bits < 0);
                break;
            }
            case INT64:
                sb.append("Opaque: Int64: ").append(longValue());
                break;
            case UINT64:
                sb.append("Opaque: UInt64: ").append(Long.toUnsignedString(longValue()));
                break;
            case COUNTER64:
                sb.append("Opaque: Counter64: ").append(Long.toUnsignedString(longValue()));
                break;
            default:
                sb.append("OPAQUE: ");
                NetSnmpText.appendHex(sb, bytes);
                break;
        }
        return sb.toString();
    }
}
