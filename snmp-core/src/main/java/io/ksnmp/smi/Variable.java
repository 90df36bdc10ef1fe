package io.ksnmp.smi;

/**
 * A value in a variable binding: one of the SMIv2 types or one of the three SNMPv2 exception
 * values. The family is sealed, so a {@code switch} (Java) or {@code when} (Kotlin) over it is
 * exhaustive.
 *
 * <p>{@code toString()} prints a value the way Net-SNMP does with {@code -On}, e.g.
 * {@code Counter32: 42}, {@code STRING: "eth0"}, {@code Hex-STRING: 00 1A 2B },
 * {@code Timeticks: (123) 0:00:01.23}.
 *
 * <pre>{@code
 * switch (variable) {
 *     case Counter64 c -> total += c.longValue();     // Java 21 pattern switch
 *     default -> { }
 * }
 * // Kotlin: when (val v = varBind.value) { is Counter32 -> v.value ... }
 * }</pre>
 */
public sealed interface Variable
        permits Integer32, Gauge32, Counter32, Counter64, TimeTicks, OctetString, IpAddress, Opaque, UInteger32, NsapAddress,
        ObjectIdentifier, Null, NoSuchObject, NoSuchInstance, EndOfMibView {

    /** @return the BER tag this value is encoded with (see {@link io.ksnmp.ber.BerTag}) */
    int tag();

    /**
     * @return whether this is one of the SNMPv2 exception values noSuchObject, noSuchInstance or
     *     endOfMibView, which stand in for a missing value rather than being one
     */
    default boolean isException() {
        return false;
    }
}
