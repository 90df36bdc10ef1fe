package io.ksnmp.coroutines.internal

import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import java.io.IOException
import java.nio.channels.SelectableChannel
import java.nio.channels.SelectionKey
import java.nio.channels.Selector
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger
import kotlin.coroutines.CoroutineContext

/** Reacts to readiness of a channel registered with an [EventLoop]. Runs on the loop thread. */
internal fun interface SelectionHandler {
    fun onSelected(key: SelectionKey)
}

/**
 * One thread owning a NIO [Selector], a task queue and a [TimerQueue]; also a
 * [CoroutineDispatcher], so coroutines can run on it. State that only the loop thread touches
 * needs no locks.
 *
 * Other threads hand work in through a multi-producer queue; the selector is woken once per
 * batch (when the first task after the loop last looked arrives), not once per task. Each turn
 * of the loop handles every ready channel, then every queued task, then every due timer, then
 * blocks until the next timer's deadline, a ready channel or a wake-up (first polling without
 * blocking for a while, if [BusyPoll] says so).
 *
 * [close] is idempotent, callable from any thread (the loop's own included) and bounded in
 * time: close hooks run on the loop thread, tasks still queued run, channels and the selector
 * close. Work dispatched after that runs on [Dispatchers.Default], so suspended callers can
 * still finish. A task, timer or handler that throws is reported to [onError] and the loop goes
 * on.
 */
internal class EventLoop(
    name: String,
    private val clock: LoopClock = LoopClock.SYSTEM,
    private val onError: (Throwable) -> Unit = { e -> Thread.currentThread().uncaughtExceptionHandler?.uncaughtException(Thread.currentThread(), e) },
    /** See [BusyPoll]; [BusyPoll.OFF] always blocks at once. */
    val busyPoll: BusyPoll = BusyPoll.OFF,
    /** Whether the loop's sockets may use [batchedIo] where [NativeDatagramCalls] are available. */
    private val batching: Boolean = false,
) : CoroutineDispatcher() {
    private var batchedIoValue: BatchedDatagramIo? = null

    /** The datagram a socket is handing on right now (loop thread only), for events that show a dropped one's octets. */
    var currentDatagram: ByteArray? = null
    var currentDatagramLength: Int = 0

    /**
     * Batched datagram I/O for the loop's sockets, made when the first socket asks, or null for
     * NIO alone; its queued sends are written before the loop waits and before a channel closes.
     * Loop thread only.
     */
    val batchedIo: BatchedDatagramIo?
        get() {
            if (batchedIoValue == null && batching && NativeDatagramCalls.AVAILABLE) batchedIoValue = BatchedDatagramIo()
            return batchedIoValue
        }

    private val selector: Selector = Selector.open()
    private val tasks = ConcurrentLinkedQueue<Runnable>()
    private val wakeupRequested = AtomicBoolean(false)
    private val state = AtomicInteger(RUNNING)
    private val terminated = CountDownLatch(1)
    private val closeHooks = ArrayList<Runnable>()

    /**
     * Handles one ready channel; passed to the selector, so no selected-key set is filled and
     * iterated. Declared before [thread], which uses it once started.
     */
    private val onSelected = java.util.function.Consumer<SelectionKey> { key ->
        if (key.isValid) {
            guarded { (key.attachment() as SelectionHandler).onSelected(key) }
        }
    }

    private val thread: Thread = Thread(::run, name).apply { isDaemon = true }

    /** The round trips of the requests this loop sends, for adaptive busy polling; loop thread only. */
    val roundTrips: RoundTrips = RoundTrips()

    /** Whether the datagrams being handled right now were found by a busy poll (loop thread only). */
    var answeredWhilePolling: Boolean = false
        private set

    /** Timers; touch only on the loop thread. */
    val timers: TimerQueue = TimerQueue()

    /** How many times another thread woke the selector; for tests and counters. */
    val wakeups: AtomicInteger = AtomicInteger()

    /** How many busy-poll windows the loop opened before blocking (see [BusyPoll]); for tests. */
    val busyPolls: AtomicInteger = AtomicInteger()

    /**
     * How many non-blocking polls of the channels the loop made in its busy-poll windows. Only the
     * loop thread writes it (one volatile increment per poll, beside the poll's system call); for
     * tests, which assert what the loop did, not the CPU time it took.
     */
    @Volatile
    var busyPollPasses: Long = 0
        private set

    /**
     * How many busy-poll windows ran their whole time on the loop's clock with nothing arriving,
     * after which the loop blocked in the selector. Loop thread writes only; for tests.
     */
    @Volatile
    var busyPollsExpired: Int = 0
        private set

    /** How many times the loop, woken by another thread's task, yielded to it first; loop thread writes only. */
    @Volatile
    var submitterYields: Int = 0
        private set

    init {
        thread.start()
    }

    /** @return whether the caller runs on the loop thread */
    val inLoop: Boolean get() = Thread.currentThread() === thread

    /** @return whether [close] has been called */
    val isClosing: Boolean get() = state.get() != RUNNING

    /** @return the loop clock's current time */
    fun nanoTime(): Long = clock.nanoTime()

    /**
     * Coroutines already on the loop thread resume in place, without a trip through the task
     * queue: a request completed by a datagram resumes its caller in the same turn. (The
     * coroutine library runs such in-place resumptions through its thread-local event loop, so
     * chains of them do not grow the stack.) From other threads they are queued.
     */
    override fun isDispatchNeeded(context: CoroutineContext): Boolean = !inLoop || state.get() != RUNNING

    override fun dispatch(context: CoroutineContext, block: Runnable) {
        execute(block)
    }

    /** Runs [task] on the loop thread (after any already queued), or on [Dispatchers.Default] once closed. */
    fun execute(task: Runnable) {
        if (state.get() == CLOSED) {
            Dispatchers.Default.dispatch(kotlin.coroutines.EmptyCoroutineContext, task)
            return
        }
        tasks.offer(task)
        if (!inLoop && wakeupRequested.compareAndSet(false, true)) {
            wakeups.incrementAndGet()
            selector.wakeup()
        }
        if (state.get() == CLOSED && tasks.remove(task)) {
            // Closed between the check and the offer: the loop will not run it.
            Dispatchers.Default.dispatch(kotlin.coroutines.EmptyCoroutineContext, task)
        }
    }

    /** Registers [channel] for [ops]; loop thread only. */
    fun register(channel: SelectableChannel, ops: Int, handler: SelectionHandler): SelectionKey {
        check(inLoop) { "register on the loop thread" }
        channel.configureBlocking(false)
        return channel.register(selector, ops, handler)
    }

    /**
     * Closes [channel] and has the selector let go of it at once (a closed channel stays bound
     * until its key is deregistered at the next selection), so its port is free when this returns;
     * loop thread only.
     */
    fun closeChannel(channel: SelectableChannel) {
        check(inLoop) { "closeChannel on the loop thread" }
        guarded { batchedIoValue?.flush() }
        channel.keyFor(selector)?.cancel()
        channel.close()
        if (selector.isOpen) selector.selectNow()
    }

    /** Adds work to run on the loop thread when it closes, before queued tasks drain; loop thread only. */
    fun onClose(hook: Runnable) {
        check(inLoop) { "onClose on the loop thread" }
        closeHooks.add(hook)
    }

    /**
     * Closes the loop: idempotent, from any thread. Off the loop thread it waits (at most
     * [waitMillis]) until the loop has finished; on it, the loop finishes after the current task.
     *
     * @return whether the loop had finished when this returned
     */
    fun close(waitMillis: Long = 5_000): Boolean {
        if (state.compareAndSet(RUNNING, CLOSING)) {
            selector.wakeup()
        }
        if (inLoop) {
            return false
        }
        return terminated.await(waitMillis, TimeUnit.MILLISECONDS)
    }

    private fun run() {
        try {
            while (state.get() == RUNNING) {
                waitForWork()
                runTasks()
                guarded { timers.runDue(clock.nanoTime()) }
            }
        } catch (e: Throwable) {
            state.set(CLOSING)
            throw e
        } finally {
            shutdown()
        }
    }

    /** Waits for work and handles every ready channel. */
    private fun waitForWork() {
        guarded { batchedIoValue?.flush() }
        wakeupRequested.set(false)
        if (!tasks.isEmpty()) {
            selector.selectNow(onSelected)
            return
        }
        if (timers.size == 0) {
            selector.select(onSelected)
            yieldToSubmitter()
            return
        }
        val waitNanos = timers.firstDeadline() - clock.nanoTime()
        if (waitNanos <= 0) {
            selector.selectNow(onSelected)
        } else if (!busyPollFoundWork()) {
            selector.select(onSelected, maxOf(1L, TimeUnit.NANOSECONDS.toMillis(waitNanos + 999_999)))
            yieldToSubmitter()
        }
    }

    /**
     * After a sleep that another thread's task ended, lets that thread go on first: on a CPU the
     * two share, the woken loop would otherwise take over at once, run the one task, sleep again
     * and be woken by the next, two context switches a task for a thread that issues many requests
     * in a row. Yielding once lets it queue what it has while it holds the CPU, and the loop then
     * runs them in one turn. Where the loop has a CPU of its own, the yield returns at once.
     */
    private fun yieldToSubmitter() {
        if (wakeupRequested.get()) {
            submitterYields++
            Thread.yield()
        }
    }

    /**
     * Polls the channels without blocking for up to the busy-poll time (fixed, or while
     * [roundTrips] say an answer is due), measured on the loop's [clock] as every deadline is,
     * while [BusyPoll.whileTrue] holds (requests are waiting for answers), and tells whether
     * something came; no time at all when busy polling is off.
     */
    private fun busyPollFoundWork(): Boolean {
        if (!busyPoll.enabled || !busyPoll.whileTrue()) return false
        val now = clock.nanoTime()
        val until = if (busyPoll.adaptive) roundTrips.pollUntil(now) else now + busyPoll.nanos
        if (until - now <= 0) return false
        busyPolls.incrementAndGet()
        answeredWhilePolling = true
        try {
            while (clock.nanoTime() - until < 0) {
                busyPollPasses++
                if (selector.selectNow(onSelected) > 0 || !tasks.isEmpty() || state.get() != RUNNING) return true
                Thread.onSpinWait()
            }
        } finally {
            answeredWhilePolling = false
        }
        busyPollsExpired++
        if (busyPoll.adaptive) roundTrips.onWindowExpired()
        return false
    }

    private fun runTasks() {
        // Tasks queued while draining run in the next turn, after channels and timers get a look in.
        var budget = tasks.size
        var sinceLook = 0
        while (budget-- > 0) {
            val task = tasks.poll() ?: break
            guarded { task.run() }
            // A long run of tasks (a burst of requests from another thread) stops now and then to
            // read what came in meanwhile, so sends do not starve receives.
            if (++sinceLook == TASKS_BETWEEN_LOOKS && budget > 0) {
                sinceLook = 0
                guarded { batchedIoValue?.flush() }
                selector.selectNow(onSelected)
            }
        }
    }

    private inline fun guarded(block: () -> Unit) {
        try {
            block()
        } catch (e: Throwable) {
            if (e is VirtualMachineError) throw e
            runCatching { onError(e) }
        }
    }

    private fun shutdown() {
        for (hook in closeHooks) {
            runCatching { hook.run() }
        }
        closeHooks.clear()
        while (true) {
            val task = tasks.poll() ?: break
            runCatching { task.run() }
        }
        timers.clear()
        runCatching { batchedIoValue?.flush() }
        for (key in selector.keys()) {
            try {
                key.channel().close()
            } catch (ignored: IOException) {
                // closing anyway
            }
        }
        try {
            selector.close()
        } catch (ignored: IOException) {
            // closing anyway
        }
        state.set(CLOSED)
        // Anything that slipped in before CLOSED was visible still runs, elsewhere.
        while (true) {
            val task = tasks.poll() ?: break
            Dispatchers.Default.dispatch(kotlin.coroutines.EmptyCoroutineContext, task)
        }
        terminated.countDown()
    }

    override fun toString(): String = "EventLoop(${thread.name})"

    private companion object {
        /** Tasks run between two looks at the channels when many are queued. */
        const val TASKS_BETWEEN_LOOKS = 256
        const val RUNNING = 0
        const val CLOSING = 1
        const val CLOSED = 2
    }
}
