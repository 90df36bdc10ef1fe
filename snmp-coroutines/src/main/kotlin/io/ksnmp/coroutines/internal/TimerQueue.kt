package io.ksnmp.coroutines.internal

/**
 * The timers of one event loop: deadlines in the loop clock's nanoseconds, fired in deadline
 * order (ties in scheduling order). Not thread-safe: only the loop thread touches it.
 *
 * A binary heap that knows each timer's slot, so cancelling or moving a timer is O(log n) and
 * leaves nothing behind: with 100,000 requests in flight, each completing long before its
 * deadline, dead timers must not pile up. A [Timer] can be moved with [Timer.reschedule] and
 * reused after it fired or was cancelled.
 */
internal class TimerQueue {
    private var heap = arrayOfNulls<Timer>(64)
    private var count = 0
    private var sequence = 0L

    /** A scheduled action; [cancel] stops it from running, [reschedule] moves it. */
    inner class Timer internal constructor(val action: Runnable) {
        /** The deadline it is (or was last) scheduled for. */
        var deadline: Long = 0
            private set
        internal var order: Long = 0
        internal var slot: Int = -1

        /** @return whether it is waiting to fire */
        val isScheduled: Boolean get() = slot >= 0

        /** Removes it from the queue if it is there. */
        fun cancel() {
            if (slot >= 0) removeAt(slot)
        }

        /** (Re)schedules it at [deadline], wherever it was. */
        fun reschedule(deadline: Long) {
            cancel()
            this.deadline = deadline
            this.order = sequence++
            insert(this)
        }
    }

    /** Schedules [action] at [deadline]. */
    fun schedule(deadline: Long, action: Runnable): Timer = Timer(action).also { it.reschedule(deadline) }

    /** @return a timer for [action], not yet scheduled */
    fun timer(action: Runnable): Timer = Timer(action)

    /** @return the earliest deadline, or null if no timer is scheduled */
    fun nextDeadline(): Long? = if (count == 0) null else heap[0]!!.deadline

    /** @return the earliest deadline, unboxed; only when [size] > 0 */
    fun firstDeadline(): Long = heap[0]!!.deadline

    /** Runs every timer whose deadline is at or before [now]; returns how many ran. */
    fun runDue(now: Long): Int {
        var ran = 0
        while (count > 0) {
            val head = heap[0]!!
            if (head.deadline - now > 0) break
            removeAt(0)
            head.action.run()
            ran++
        }
        return ran
    }

    /** @return the number of scheduled timers */
    val size: Int get() = count

    /** Drops every timer. */
    fun clear() {
        for (i in 0 until count) {
            heap[i]!!.slot = -1
            heap[i] = null
        }
        count = 0
    }

    private fun before(a: Timer, b: Timer): Boolean {
        val d = a.deadline - b.deadline // wrap-safe, as nanoTime values are
        return if (d != 0L) d < 0 else a.order < b.order
    }

    private fun insert(timer: Timer) {
        if (count == heap.size) heap = heap.copyOf(count * 2)
        heap[count] = timer
        timer.slot = count
        count++
        siftUp(timer.slot)
    }

    private fun removeAt(slot: Int) {
        val removed = heap[slot]!!
        removed.slot = -1
        count--
        if (slot == count) {
            heap[count] = null
            return
        }
        val last = heap[count]!!
        heap[count] = null
        heap[slot] = last
        last.slot = slot
        siftDown(slot)
        if (last.slot == slot) siftUp(slot)
    }

    private fun siftUp(start: Int) {
        var i = start
        val timer = heap[i]!!
        while (i > 0) {
            val parent = (i - 1) ushr 1
            val p = heap[parent]!!
            if (!before(timer, p)) break
            heap[i] = p
            p.slot = i
            i = parent
        }
        heap[i] = timer
        timer.slot = i
    }

    private fun siftDown(start: Int) {
        var i = start
        val timer = heap[i]!!
        while (true) {
            var child = 2 * i + 1
            if (child >= count) break
            val right = child + 1
            if (right < count && before(heap[right]!!, heap[child]!!)) child = right
            val c = heap[child]!!
            if (!before(c, timer)) break
            heap[i] = c
            c.slot = i
            i = child
        }
        heap[i] = timer
        timer.slot = i
    }
}
