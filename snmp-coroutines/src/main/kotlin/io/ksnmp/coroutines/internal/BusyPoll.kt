package io.ksnmp.coroutines.internal

/**
 * How long an [EventLoop] keeps polling its channels without blocking, once its work is done,
 * before it sleeps in the selector, and only while [whileTrue] holds (requests wait for answers):
 * a fixed [nanos] on the loop's [LoopClock] (so a virtual clock in tests decides when a window
 * ends), or, when [adaptive], until the loop's [RoundTrips] say an answer is no longer due soon.
 * The loop counts the windows it opens, the polls it makes and the windows that ran out
 * ([EventLoop.busyPolls], [EventLoop.busyPollPasses], [EventLoop.busyPollsExpired]). Waking a
 * sleeping thread costs a few microseconds on a physical machine, but tens of microseconds on
 * a virtual one whose idle CPUs halt; a loop that is still polling when an answer arrives pays
 * none of it, at the price of the CPU time it spends polling.
 */
internal class BusyPoll private constructor(val nanos: Long, val adaptive: Boolean, val whileTrue: () -> Boolean) {
    /** Whether the loop ever polls before it sleeps. */
    val enabled: Boolean get() = adaptive || nanos > 0

    companion object {
        val OFF: BusyPoll = BusyPoll(0, false) { false }

        /**
         * @param time a fixed window; null for the adaptive one, zero for none
         * @return the busy polling for [time] while [whileTrue] holds; refuses a negative time
         */
        fun of(time: kotlin.time.Duration?, whileTrue: () -> Boolean): BusyPoll {
            if (time == null) return BusyPoll(0, true, whileTrue)
            require(!time.isNegative()) { "the busy-poll time must not be negative" }
            return if (time.isPositive()) BusyPoll(time.inWholeNanoseconds, false, whileTrue) else OFF
        }
    }
}
