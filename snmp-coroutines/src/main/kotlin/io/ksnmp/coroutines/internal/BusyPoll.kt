package io.ksnmp.coroutines.internal

/**
 * How long an [EventLoop] keeps polling its channels without blocking, once its work is done,
 * before it sleeps in the selector: up to [nanos] on the loop's [LoopClock] (so a virtual clock
 * in tests decides when a window ends), and only while [whileTrue] holds. The loop counts the
 * windows it opens, the polls it makes and the windows that ran out ([EventLoop.busyPolls],
 * [EventLoop.busyPollPasses], [EventLoop.busyPollsExpired]). Waking a
 * sleeping thread costs a few microseconds on a physical machine, but tens of microseconds on
 * a virtual one whose idle CPUs halt; a loop that is still polling when an answer arrives pays
 * none of it, at the price of the CPU time it spends polling.
 */
internal class BusyPoll(val nanos: Long, val whileTrue: () -> Boolean) {
    init {
        require(nanos >= 0) { "the busy-poll time must not be negative" }
    }

    companion object {
        val OFF: BusyPoll = BusyPoll(0) { false }

        /** @return polling for [time] while [whileTrue] holds, or [OFF] for zero; refuses a negative time */
        fun of(time: kotlin.time.Duration, whileTrue: () -> Boolean): BusyPoll {
            require(!time.isNegative()) { "the busy-poll time must not be negative" }
            return if (time.isPositive()) BusyPoll(time.inWholeNanoseconds, whileTrue) else OFF
        }
    }
}
