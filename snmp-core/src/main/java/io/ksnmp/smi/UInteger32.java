package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * A UInteger32: [APPLICATION 7], an unsigned 32-bit number from the SMIv2 drafts (RFC 1442) that
 * some agents still send (IPWorks lists it; Net-SNMP's ASN_UINTEGER). SMIv2 as published
 * replaced it with Unsigned32 (a Gauge32); ksnmp reads and writes it as its own type so nothing
 * an agent sends is lost or taken for malformed input.
 *
 * <pre>{@code
 * UInteger32 v = UInteger32.of(4_000_000_000L);   // prints as "4000000000", as Net-SNMP 5.9 does
 * long n = v.value();
 * }</pre>
 *
 * <p>{@link #toString()} is the bare number: what Net-SNMP's tools print for this type, with no
 * label (a binding prints as {@code snmpget -On} would print it).
 */
public final class UInteger32 implements Variable {
    private final int bits;

    private UInteger32(int bits) {
        this.bits = bits;
    }

    /**
     * @param value 0..4,294,967,295
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static UInteger32 of(long value) {
        return new UInteger32(Unsigned32Value.checked(value, "UInteger32"));
    }

    /** Wraps an unsigned 32-bit pattern; for decoders. */
    static UInteger32 ofBits(int bits) {
        return new UInteger32(bits);
    }

    /** @return the number, 0..4,294,967,295 */
    public long value() {
        return bits & 0xffff_ffffL;
    }

    @Override
    public int tag() {
        return BerTag.UINTEGER32;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInteger32 && ((UInteger32) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return bits + 719;
    }

    @Override
    public String toString() {
        return Long.toString(value());
    }
}
