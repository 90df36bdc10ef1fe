package io.ksnmp.coroutines.internal

/** The time source of an event loop: monotonic nanoseconds, replaceable by a virtual clock in tests. */
internal fun interface LoopClock {
    /** @return a monotonic time in nanoseconds */
    fun nanoTime(): Long

    companion object {
        /** The JVM's monotonic clock. */
        val SYSTEM: LoopClock = LoopClock { System.nanoTime() }
    }
}
