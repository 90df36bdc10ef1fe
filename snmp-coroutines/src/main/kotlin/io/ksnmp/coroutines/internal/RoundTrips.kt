package io.ksnmp.coroutines.internal

/**
 * The round trips an event loop's requests take, as the loop sees them (from a request's only
 * send to its answer, on the loop's [LoopClock]), for adaptive busy polling ([BusyPoll]): while
 * requests wait, the loop polls instead of sleeping until twice the round trip after the last
 * send, when that round trip is short enough ([CEILING_NANOS]) for the wake-up of a sleeping
 * thread to matter. Requests sent more than once are not sampled (their answer may be to any send).
 *
 * Two round trips are kept, each smoothed (every answer moves it an eighth of the way): that of
 * every answer, and that of the answers that came while the loop was polling. The first includes
 * the loop's own wake-up when it slept, tens of microseconds on a virtual machine whose idle CPUs
 * halt, so an agent that answers in 60 µs can look like one that takes 120. Hence, when every
 * answer looks slower than the ceiling, one wait in [PROBE_EVERY] still polls for the ceiling: an
 * answer caught that way shows the round trip without the wake-up, and the loop polls on that.
 * Polling stops again after [MISSES_TO_GIVE_UP] windows in a row that ran out with no answer.
 * Loop thread only.
 */
internal class RoundTrips {
    /** The smoothed round trip of every sampled answer, or -1 before the first. */
    var smoothedNanos: Long = -1
        private set

    /** The smoothed round trip of the answers that came while the loop polled, or -1 if none (lately). */
    var polledNanos: Long = -1
        private set

    /** When the loop last sent a request. */
    var lastSendNanos: Long = 0
        private set

    /** How many times the loop asked whether to poll, and how many of those were probes; for tests. */
    var asked: Long = 0
        private set
    var probes: Long = 0
        private set

    private var waitsSinceProbe = 0
    private var misses = 0

    /** A request left at [now]. */
    fun onSent(now: Long) {
        lastSendNanos = now
    }

    /** A request sent once was answered [nanos] after it left; [whilePolling]: its answer came during a poll. */
    fun onAnswered(nanos: Long, whilePolling: Boolean) {
        if (nanos < 0) return
        smoothedNanos = smooth(smoothedNanos, nanos)
        if (whilePolling) {
            polledNanos = smooth(polledNanos, nanos)
            misses = 0
        }
    }

    /** A polling window ran out with nothing come. */
    fun onWindowExpired() {
        if (++misses >= MISSES_TO_GIVE_UP) {
            polledNanos = -1
            misses = 0
        }
    }

    /**
     * @return when a loop that is about to sleep at [now] should stop polling: twice the round trip
     *     (while polling if known, else of every answer) after the last send, at most [CEILING_NANOS]
     *     after it, or the ceiling itself on a probe; [now] itself (no polling) before any answer,
     *     when the round trips are longer than the ceiling and no probe is due, or once that time is past
     */
    fun pollUntil(now: Long): Long {
        asked++
        val polled = polledNanos
        val all = smoothedNanos
        val window = when {
            polled in 1..CEILING_NANOS -> 2 * polled
            all in 1..CEILING_NANOS -> 2 * all
            all > 0 && ++waitsSinceProbe >= PROBE_EVERY -> {
                waitsSinceProbe = 0
                probes++
                CEILING_NANOS
            }
            else -> return now
        }
        val end = lastSendNanos + minOf(window, CEILING_NANOS)
        return if (end - now > 0) end else now
    }

    private fun smooth(current: Long, sample: Long): Long = if (current < 0) sample else current + (sample - current) / 8

    companion object {
        /**
         * The longest window: 100 µs, beyond which polling would cost more than the wake-up it saves
         * (tens of microseconds on a virtual machine whose idle CPUs halt). An engine sending one
         * request a millisecond to an agent that answers within it polls at most a tenth of its time,
         * and about its round trip's share (a few percent on loopback) once the answers come sooner.
         */
        const val CEILING_NANOS: Long = 100_000

        /** One wait in this many probes when the answers look slower than the ceiling. */
        const val PROBE_EVERY: Int = 16

        /** Windows in a row that ran out before polling on the polled round trip stops. */
        const val MISSES_TO_GIVE_UP: Int = 8
    }
}
