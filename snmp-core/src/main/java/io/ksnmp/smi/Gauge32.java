package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * A Gauge32 (also Unsigned32, which shares its encoding)
 *
 * <pre>{@code
 * Gauge32 v = Gauge32.of(4_000_000_000L);   // prints as "Gauge32: 4000000000"
 * long n = v.value();
 * }</pre>
 */
public final class Gauge32 implements Variable {
    private final int bits;

    private Gauge32(int bits) {
        this.bits = bits;
    }

    /**
     * @param value 0..4,294,967,295
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static Gauge32 of(long value) {
        return new Gauge32(Unsigned32Value.checked(value, "Gauge32"));
    }

    /** Wraps an unsigned 32-bit pattern; for decoders. */
    static Gauge32 ofBits(int bits) {
        return new Gauge32(bits);
    }

    /** @return the number, 0..4,294,967,295 */
    public long value() {
        return bits & 0xffff_ffffL;
    }

    @Override
    public int tag() {
        return BerTag.GAUGE32;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gauge32 && ((Gauge32) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return bits + 217;
    }

    @Override
    public String toString() {
        return "Gauge32: " + value();
    }
}
