package io.ksnmp.coroutines.internal

/**
 * The round trips an event loop's requests take, as the loop sees them (from a request's only
 * send to its answer, on the loop's [LoopClock]), for adaptive busy polling ([BusyPoll.ADAPTIVE]):
 * while requests wait, the loop polls instead of sleeping until twice the smoothed round trip
 * after the last send, when that round trip is short enough ([CEILING_NANOS]) for the wake-up of a
 * sleeping thread to matter. Requests sent more than once are not sampled (their answer may be to
 * any send). Loop thread only.
 */
internal class RoundTrips {
    /** The smoothed round trip (each answer moves it an eighth of the way), or -1 before the first. */
    var smoothedNanos: Long = -1
        private set

    /** When the loop last sent a request. */
    var lastSendNanos: Long = 0
        private set

    /** A request left at [now]. */
    fun onSent(now: Long) {
        lastSendNanos = now
    }

    /** A request sent once was answered [nanos] after it left. */
    fun onAnswered(nanos: Long) {
        if (nanos < 0) return
        val s = smoothedNanos
        smoothedNanos = if (s < 0) nanos else s + (nanos - s) / 8
    }

    /**
     * @return when a loop that is about to sleep at [now] should stop polling: twice the smoothed
     *     round trip after the last send, at most [CEILING_NANOS] after it; [now] itself (no
     *     polling) before any round trip was seen, when the round trips take longer than the
     *     ceiling (a remote agent: the wake-up is a small part of the wait), or once that time is past
     */
    fun pollUntil(now: Long): Long {
        val s = smoothedNanos
        if (s <= 0 || s > CEILING_NANOS) return now
        val end = lastSendNanos + minOf(2 * s, CEILING_NANOS)
        return if (end - now > 0) end else now
    }

    companion object {
        /**
         * The longest window: 100 µs, beyond which polling would cost more than the wake-up it saves
         * (tens of microseconds on a virtual machine whose idle CPUs halt). An engine sending one
         * request a millisecond to an agent that answers within it polls at most a tenth of its time,
         * and about its round trip's share (a few percent on loopback) once the answers come sooner.
         */
        const val CEILING_NANOS: Long = 100_000
    }
}
