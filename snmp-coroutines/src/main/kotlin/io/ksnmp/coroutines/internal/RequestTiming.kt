package io.ksnmp.coroutines.internal

/**
 * When a request is sent and when it gives up, by the AsyncEngine's rules: the timeout counts
 * from the request's start (discovery included), and the request is sent again one refresh
 * period after its latest send, never after the deadline. Times are loop-clock nanoseconds and
 * compared so that they may wrap.
 */
internal class RequestTiming(val startNanos: Long, timeoutNanos: Long, private val refreshNanos: Long) {
    init {
        require(timeoutNanos > 0) { "the timeout must be positive" }
        require(refreshNanos > 0) { "the refresh period must be positive" }
    }

    /** When the request fails with a timeout. */
    val deadline: Long = startNanos + timeoutNanos

    /** When the request was last sent, meaningful once [sends] > 0. */
    var lastSend: Long = startNanos
        private set

    /** How many times the request has been sent. */
    var sends: Int = 0
        private set

    /** Records a send at [now]. */
    fun onSent(now: Long) {
        lastSend = now
        sends++
    }

    /** @return whether the deadline has passed at [now] */
    fun isExpired(now: Long): Boolean = now - deadline >= 0

    /** @return when the next resend is due, or the deadline if that comes first */
    fun nextEvent(): Long {
        val resend = lastSend + refreshNanos
        return if (resend - deadline < 0) resend else deadline
    }

    /** @return whether a resend is due at [now] (and the deadline has not passed) */
    fun isResendDue(now: Long): Boolean = sends > 0 && !isExpired(now) && now - (lastSend + refreshNanos) >= 0
}
