package io.ksnmp.testing

import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/**
 * The one bound on how long a test waits for something that is bound to happen: an answer, a
 * latch, a counter reaching its value, a process starting. Tests assert what happened (counts,
 * outcomes, the order of events, times on a virtual clock), never how fast; this bound only
 * turns a hung test into a failure, so it is minutes, far beyond what a busy machine needs.
 *
 * ```kotlin
 * Patience.until { engine.counters.pendingRequests == 0 } shouldBe true
 * latch.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
 * ```
 */
object Patience {
    /** The bound in milliseconds. */
    const val MILLIS: Long = 120_000

    /** The bound in seconds. */
    const val SECONDS: Long = MILLIS / 1_000

    /** The bound as a duration: also the request timeout of tests that expect an answer. */
    val DURATION: Duration = MILLIS.milliseconds

    /** The bound as a Java duration. */
    @JvmField
    val JAVA: java.time.Duration = java.time.Duration.ofMillis(MILLIS)

    private const val POLL_MILLIS = 10L

    /**
     * Polls [condition] every 10 ms until it holds, and tells whether it did. It gives up only
     * after [MILLIS] worth of polls: a bound counted in polls, so no clock is read, and a slow
     * machine only makes the bound longer.
     */
    @JvmStatic
    fun until(condition: () -> Boolean): Boolean {
        repeat((MILLIS / POLL_MILLIS).toInt()) {
            if (condition()) return true
            Thread.sleep(POLL_MILLIS)
        }
        return condition()
    }
}
