package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds
import io.ksnmp.smi.Counter32 as SmiCounter32
import io.ksnmp.smi.Counter64 as SmiCounter64
import io.ksnmp.smi.Gauge32 as SmiGauge32
import io.ksnmp.smi.Integer32 as SmiInteger32
import io.ksnmp.smi.TimeTicks as SmiTimeTicks

/**
 * `Integer32` / `INTEGER` (not enumerated) as an [Int].
 *
 * ```
 * val ifNumber = scalar(1, Integer32)
 * ```
 */
public val Integer32: SmiSyntax<Int> =
    smiSyntax<SmiInteger32, Int>("Integer32", SmiType.INTEGER, { it.value() }, { SmiInteger32.of(it) })

/**
 * `Unsigned32` as a [Long] in 0..4,294,967,295 (it travels as a Gauge32, RFC 2578 §7.1.11).
 *
 * ```
 * val hrMemorySize = scalar(2, Unsigned32)
 * ```
 */
public val Unsigned32: SmiSyntax<Long> = gauge("Unsigned32")

/**
 * `Gauge32` as a [Long] in 0..4,294,967,295.
 *
 * ```
 * val ifSpeed = column(5, Gauge32)
 * ```
 */
public val Gauge32: SmiSyntax<Long> = gauge("Gauge32")

/**
 * `Counter32` as a [Long] in 0..4,294,967,295.
 *
 * ```
 * val ifInOctets = column(10, Counter32)
 * ```
 */
public val Counter32: SmiSyntax<Long> =
    smiSyntax<SmiCounter32, Long>("Counter32", SmiType.COUNTER32, { it.value() }, { SmiCounter32.of(it) })

/**
 * `Counter64` as a [ULong] (all 64 bits; SNMPv1 cannot carry it).
 *
 * ```
 * val ifHCInOctets = column(6, Counter64)
 * ```
 */
public val Counter64: SmiSyntax<ULong> =
    smiSyntax<SmiCounter64, ULong>("Counter64", SmiType.COUNTER64, { it.longValue().toULong() }, { SmiCounter64.of(it.toLong()) })

/**
 * `TimeTicks` (hundredths of a second) as a [Duration]. Written rounded down to the hundredth;
 * a negative duration or one above 2^32-1 hundredths (about 497 days) is refused.
 *
 * ```
 * val sysUpTime = scalar(3, TimeTicks)
 * router.get(SystemGroup.sysUpTime)       // 42.25s
 * ```
 */
public val TimeTicks: SmiSyntax<Duration> =
    smiSyntax<SmiTimeTicks, Duration>("TimeTicks", SmiType.TIME_TICKS, { (it.value() * 10).milliseconds }, { SmiTimeTicks.of(it.inWholeMilliseconds / 10) })

private fun gauge(name: String): SmiSyntax<Long> =
    smiSyntax<SmiGauge32, Long>(name, SmiType.GAUGE32, { it.value() }, { SmiGauge32.of(it) })
