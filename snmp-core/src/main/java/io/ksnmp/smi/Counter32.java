package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * A Counter32
 *
 * <pre>{@code
 * Counter32 v = Counter32.of(4_000_000_000L);   // prints as "Counter32: 4000000000"
 * long n = v.value();
 * }</pre>
 */
public final class Counter32 implements Variable {
    private final int bits;

    private Counter32(int bits) {
        this.bits = bits;
    }

    /**
     * @param value 0..4,294,967,295
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static Counter32 of(long value) {
        return new Counter32(Unsigned32Value.checked(value, "Counter32"));
    }

    /** Wraps an unsigned 32-bit pattern; for decoders. */
    static Counter32 ofBits(int bits) {
        return new Counter32(bits);
    }

    /** @return the number, 0..4,294,967,295 */
    public long value() {
        return bits & 0xffff_ffffL;
    }

    @Override
    public int tag() {
        return BerTag.COUNTER32;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counter32 && ((Counter32) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return 31 * bits + tag();
    }

    @Override
    public String toString() {
        return "Counter32: " + value();
    }
}
