package io.ksnmp.dsl.internal

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.Variable
import java.net.Inet4Address
import kotlin.time.Duration

/** Plain Kotlin values as SMI values: the one mapping the builders share. */
internal object SmiValues {
    /** Hundredths of a second in a duration, as TimeTicks count them. */
    fun ticks(duration: Duration): Long {
        require(!duration.isNegative()) { "TimeTicks are not negative" }
        return duration.inWholeMilliseconds / 10
    }

    /** A Kotlin value with no declared type: Int → INTEGER, UInt → Gauge32, ULong → Counter64, text and bytes → OCTET STRING, … */
    fun of(value: Any): Variable = when (value) {
        is Variable -> value
        is Int -> Integer32.of(value)
        is UInt -> Gauge32.of(value.toLong())
        is ULong -> Counter64.of(value.toLong())
        is String -> OctetString.of(value)
        is ByteArray -> OctetString.of(value)
        is Oid -> ObjectIdentifier.of(value)
        is Inet4Address -> IpAddress.of(value)
        is Duration -> TimeTicks.of(ticks(value))
        else -> throw IllegalArgumentException("no SMI value for a ${value.javaClass.simpleName}")
    }

    /**
     * A Kotlin value for an object of [type]: numbers become that type (an Int for a Gauge32
     * column is a Gauge32), other values as [of] maps them, checked against [type].
     */
    fun of(type: SmiType, value: Any): Variable {
        val v = when {
            value is Variable -> value
            value is Int || value is Long || value is UInt || value is ULong -> number(type, value)
            value is Duration && type == SmiType.TIME_TICKS -> TimeTicks.of(ticks(value))
            else -> of(value)
        }
        require(type.matches(v)) { "a $type object cannot hold ${v.javaClass.simpleName}" }
        return v
    }

    private fun number(type: SmiType, value: Any): Variable {
        val n: Long = when (value) {
            is Int -> value.toLong()
            is Long -> value
            is UInt -> value.toLong()
            is ULong -> return if (type == SmiType.COUNTER64) Counter64.of(value.toLong()) else number(type, value.toLong().also {
                require(it >= 0) { "$value does not fit $type" }
            })
            else -> error("not a number")
        }
        return when (type) {
            SmiType.INTEGER -> {
                require(n in Int.MIN_VALUE..Int.MAX_VALUE) { "$n does not fit INTEGER" }
                Integer32.of(n.toInt())
            }
            SmiType.GAUGE32 -> Gauge32.of(n)
            SmiType.COUNTER32 -> Counter32.of(n)
            SmiType.TIME_TICKS -> TimeTicks.of(n)
            SmiType.COUNTER64 -> Counter64.of(n)
            else -> throw IllegalArgumentException("a $type object holds no number")
        }
    }
}
