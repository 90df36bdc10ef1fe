package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * An INTEGER / Integer32 value: a signed 32-bit number.
 *
 * <pre>{@code
 * Variable admin = Integer32.of(1);   // prints as "INTEGER: 1"
 * }</pre>
 *
 * @param value the number
 */
public record Integer32(int value) implements Variable {
    private static final Integer32[] SMALL = new Integer32[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Integer32(i);
        }
    }

    /**
     * @param value the number
     * @return the value; small non-negative values share instances
     */
    public static Integer32 of(int value) {
        return value >= 0 && value < SMALL.length ? SMALL[value] : new Integer32(value);
    }

    @Override
    public int tag() {
        return BerTag.INTEGER;
    }

    @Override
    public String toString() {
        return "INTEGER: " + value;
    }
}
