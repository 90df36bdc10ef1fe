package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.math.BigInteger;

/**
 * A Counter64: a non-negative 64-bit number that only rises and wraps at 2^64. It is held as
 * its 64-bit pattern in a {@code long}; values from 2^63 look negative there, so compare with
 * {@link Long#compareUnsigned(long, long)} or use {@link #toBigInteger()}.
 *
 * <pre>{@code
 * Counter64 octets = Counter64.of(-1L);          // 18446744073709551615
 * octets.toString();                             // "Counter64: 18446744073709551615"
 * }</pre>
 */
public final class Counter64 implements Variable {
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final long bits;

    private Counter64(long bits) {
        this.bits = bits;
    }

    /**
     * @param bits the unsigned 64-bit pattern
     * @return the value
     */
    public static Counter64 of(long bits) {
        return new Counter64(bits);
    }

    /**
     * @param value 0..2^64-1
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static Counter64 of(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Counter64 out of range 0..2^64-1: " + value);
        }
        return new Counter64(value.longValue());
    }

    /** @return the unsigned 64-bit pattern */
    public long longValue() {
        return bits;
    }

    /** @return the number, 0..2^64-1 */
    public BigInteger toBigInteger() {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    @Override
    public int tag() {
        return BerTag.COUNTER64;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counter64 && ((Counter64) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return "Counter64: " + Long.toUnsignedString(bits);
    }
}
