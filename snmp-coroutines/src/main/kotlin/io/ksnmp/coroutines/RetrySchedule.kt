package io.ksnmp.coroutines

import kotlin.time.toJavaDuration

/**
 * A request's schedule counted in tries, as Net-SNMP (`-t`/`-r`), SNMP4J and snmpkit count it:
 * [retries] sends after the first, [perTry] apart. It is the engine's own schedule written
 * another way, by one rule: the refresh period is [perTry] and the timeout, counted from the
 * call, is [perTry] × ([retries] + 1). So the request goes out at most [retries] + 1 times, and
 * fails [perTry] after its last send if nothing valid came back. SNMPv3 discovery, when needed,
 * takes its time from the same timeout, as every request's does.
 *
 * ```
 * val m = engine.manager("192.0.2.1", retries = RetrySchedule(retries = 2, perTry = 500.milliseconds)) // 3 sends, 1.5 s
 * ```
 * Java:
 * ```
 * ManagerOptions.builder("192.0.2.1").retries(RetrySchedule.of(2, Duration.ofMillis(500))).build();
 * ```
 */
public class RetrySchedule private constructor(
    /** Sends after the first, 0 or more. */
    public val retries: Int,
    /** The time each try waits before the next send (or the failure, after the last). */
    public val perTry: java.time.Duration,
) {
    init {
        require(retries >= 0) { "retries must not be negative" }
        require(!perTry.isNegative && !perTry.isZero) { "the time per try must be positive" }
    }

    /** The request's timeout, counted from the call: [perTry] × ([retries] + 1). */
    public val timeout: java.time.Duration get() = perTry.multipliedBy(retries + 1L)

    /** The request's refresh period: [perTry]. */
    public val refreshPeriod: java.time.Duration get() = perTry

    override fun equals(other: Any?): Boolean = other is RetrySchedule && other.retries == retries && other.perTry == perTry

    override fun hashCode(): Int = 31 * retries + perTry.hashCode()

    override fun toString(): String = "RetrySchedule(retries=$retries, perTry=$perTry)"

    /** Creates schedules for Java callers: `RetrySchedule.of(2, Duration.ofSeconds(1))`. */
    public companion object {
        /**
         * @param retries sends after the first
         * @param perTry the time between sends, and after the last
         * @return the schedule
         */
        @JvmStatic
        public fun of(retries: Int, perTry: java.time.Duration): RetrySchedule = RetrySchedule(retries, perTry)
    }
}

/** Kotlin's form of [RetrySchedule.of]: `RetrySchedule(retries = 5, perTry = 1.seconds)` is Net-SNMP's default `-t 1 -r 5`. */
@JvmSynthetic
public fun RetrySchedule(retries: Int, perTry: kotlin.time.Duration): RetrySchedule = RetrySchedule.of(retries, perTry.toJavaDuration())
