package io.ksnmp.coroutines.agent

import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.Variable

/**
 * The SMI type of a managed object's value: what a set must carry (anything else is answered
 * wrongType) and what a getter is expected to return.
 *
 * ```
 * MibColumn(2, SmiType.OCTET_STRING, writable = true)
 * ```
 */
public enum class SmiType(private val valueClass: Class<out Variable>) {
    /** INTEGER / Integer32. */
    INTEGER(Integer32::class.java),

    /** OCTET STRING. */
    OCTET_STRING(OctetString::class.java),

    /** OBJECT IDENTIFIER. */
    OBJECT_IDENTIFIER(ObjectIdentifier::class.java),

    /** IpAddress. */
    IP_ADDRESS(IpAddress::class.java),

    /** Counter32. */
    COUNTER32(Counter32::class.java),

    /** Gauge32 / Unsigned32. */
    GAUGE32(Gauge32::class.java),

    /** TimeTicks. */
    TIME_TICKS(TimeTicks::class.java),

    /** Opaque. */
    OPAQUE(Opaque::class.java),

    /** Counter64 (hidden from SNMPv1 requests). */
    COUNTER64(Counter64::class.java),
    ;

    /** @return whether [value] is of this type */
    public fun matches(value: Variable): Boolean = valueClass.isInstance(value)

    /** The type of a value: `SmiType.of(Counter32(5))` is `SmiType.COUNTER32`. */
    public companion object {
        /**
         * @param value a value (not one of the v2 exceptions nor NULL)
         * @return its type
         * @throws IllegalArgumentException for NULL and the v2 exception values, which no object holds
         */
        @JvmStatic
        public fun of(value: Variable): SmiType =
            entries.firstOrNull { it.matches(value) } ?: throw IllegalArgumentException("no managed object holds a ${value.javaClass.simpleName}")
    }
}
