package io.ksnmp.coroutines.internal

import java.util.PriorityQueue

/**
 * The timers of one event loop: deadlines in the loop clock's nanoseconds, fired in deadline
 * order (ties in scheduling order). Not thread-safe: only the loop thread touches it. Cancelled
 * timers stay queued until they reach the head, so cancelling is O(1).
 */
internal class TimerQueue {
    private val queue = PriorityQueue<Timer>()
    private var sequence = 0L

    /** A scheduled action; [cancel] stops it from running. */
    inner class Timer internal constructor(val deadline: Long, private val order: Long, val action: Runnable) : Comparable<Timer> {
        var cancelled: Boolean = false
            private set

        fun cancel() {
            cancelled = true
        }

        override fun compareTo(other: Timer): Int =
            if (deadline != other.deadline) deadline.compareTo(other.deadline) else order.compareTo(other.order)
    }

    /** Schedules [action] at [deadline]. */
    fun schedule(deadline: Long, action: Runnable): Timer = Timer(deadline, sequence++, action).also { queue.add(it) }

    /** @return the earliest live deadline, or null if no timer is live */
    fun nextDeadline(): Long? {
        dropCancelled()
        return queue.peek()?.deadline
    }

    /** Runs every live timer whose deadline is at or before [now]; returns how many ran. */
    fun runDue(now: Long): Int {
        var ran = 0
        while (true) {
            dropCancelled()
            val head = queue.peek() ?: break
            if (head.deadline - now > 0) break
            queue.poll()
            head.action.run()
            ran++
        }
        return ran
    }

    /** @return the number of queued timers, cancelled ones not yet dropped included */
    val size: Int get() = queue.size

    /** Drops every timer. */
    fun clear() {
        queue.clear()
    }

    private fun dropCancelled() {
        while (queue.peek()?.cancelled == true) {
            queue.poll()
        }
    }
}
