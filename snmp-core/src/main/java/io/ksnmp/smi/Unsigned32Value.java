package io.ksnmp.smi;

/** Range checks shared by the unsigned 32-bit SMI types. */
final class Unsigned32Value {
    private Unsigned32Value() {
    }

    static int checked(long value, String type) {
        if (value < 0 || value > 0xffff_ffffL) {
            throw new IllegalArgumentException(type + " out of range 0..4294967295: " + value);
        }
        return (int) value;
    }
}
