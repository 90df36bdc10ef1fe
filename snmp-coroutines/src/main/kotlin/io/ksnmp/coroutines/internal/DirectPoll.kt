package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.PollResult
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.future.startRequestFuture
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicReferenceArray

/**
 * A poll of many targets with the same get, at most `concurrency` in flight, without a coroutine
 * per target: each request completes a future on the engine's thread, whose completion hands
 * over the result and starts the next target there. Issuing runs in a drain loop, so requests
 * that fail at once (a closed engine) do not recurse.
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
    private val inFlight = AtomicReferenceArray<CompletableFuture<VarBindList>?>(targets.size)

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
        for (i in 0 until targets.size) inFlight.getAndSet(i, null)?.cancel(false)
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
        val future = startRequestFuture(target, PduType.GET, 0, 0, names, null)
        inFlight.set(index, future)
        future.whenComplete { value, error ->
            inFlight.set(index, null)
            if (cancelled) return@whenComplete
            deliver(PollResult(target, value, error?.let { if (it is CompletionException) it.cause ?: it else it }))
            if (completed.incrementAndGet() == targets.size) finished() else issue(1)
        }
        if (cancelled) future.cancel(false)
    }
}
