package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.PollResult
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicReferenceArray

/**
 * A poll of many targets with the same get, at most `concurrency` in flight, without a coroutine
 * or a future per target: each request's outcome, on the engine's thread, hands over the result
 * and starts the next target there. Issuing runs in a drain loop, so requests that fail at once
 * (a closed engine) do not recurse. A tooBig answer to several names goes the way of any get
 * (split in halves, merged in order) before the target's result is handed over.
 *
 * @param deliver gets each target's result, once, on the thread that completed it
 * @param finished runs once, after the last result was delivered (at once for no targets)
 */
internal class DirectPoll(
    private val targets: List<SnmpManager>,
    private val names: VarBindList,
    private val deliver: (PollResult) -> Unit,
    private val finished: () -> Unit,
) {
    private val next = AtomicInteger()
    private val completed = AtomicInteger()
    private val wanted = AtomicInteger()
    private val inFlight = AtomicReferenceArray<TargetRequest?>(targets.size)

    @Volatile
    private var cancelled = false

    /** Starts the first [concurrency] requests. */
    fun start(concurrency: Int) {
        require(concurrency >= 1) { "concurrency must be at least 1" }
        if (targets.isEmpty()) {
            finished()
            return
        }
        issue(minOf(concurrency, targets.size))
    }

    /** Stops issuing and cancels the requests in flight; their results are not delivered. */
    fun cancel() {
        cancelled = true
        for (i in 0 until targets.size) inFlight.getAndSet(i, null)?.cancel()
    }

    private fun issue(count: Int) {
        if (wanted.getAndAdd(count) != 0) return
        var remaining = count
        while (true) {
            repeat(remaining) { issueOne() }
            remaining = wanted.addAndGet(-remaining)
            if (remaining == 0) return
        }
    }

    private fun issueOne() {
        val index = next.getAndIncrement()
        if (index >= targets.size || cancelled) return
        val target = targets[index]
        val request = TargetRequest(index, target)
        inFlight.set(index, request)
        val pending = try {
            target.newRequest(PduType.GET, 0, 0, names, null, target.engine.loop.nanoTime(), request)
        } catch (e: IllegalArgumentException) {
            request.fail(e)
            return
        }
        request.pending = pending
        target.engine.submit(pending)
        if (cancelled) request.cancel()
    }

    private fun onOutcome(request: TargetRequest, value: VarBindList?, error: Throwable?) {
        if (!inFlight.compareAndSet(request.index, request, null) || cancelled) return
        val target = request.target
        deliver(if (error == null) PollResult.Success.create(target, checkNotNull(value)) else PollResult.Failure.create(target, error))
        if (completed.incrementAndGet() == targets.size) finished() else issue(1)
    }

    /** One target's get: its outcome, or its split retry's after a tooBig answer. */
    private inner class TargetRequest(val index: Int, val target: SnmpManager) : RequestCompletion {
        @Volatile
        var pending: PendingRequest? = null

        @Volatile
        private var retry: CompletableFuture<VarBindList>? = null

        override fun succeed(value: VarBindList) = onOutcome(this, value, null)

        override fun fail(error: Throwable) {
            if (!SplitRetry.isCurable(error, PduType.GET, 0, names)) {
                onOutcome(this, null, error)
                return
            }
            val again = SplitRetry.start(target, PduType.GET, 0, 0, names, null) { value, e -> onOutcome(this, value, e) }
            retry = again
            if (cancelled) again.cancel(false)
        }

        fun cancel() {
            pending?.let(target.engine::cancel)
            retry?.cancel(false)
        }
    }
}
