package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture

/**
 * A request's future, completed by the engine directly (no coroutine per request); cancelling it
 * cancels the request. A tooBig outcome that splitting can cure is handed to the suspending path,
 * which splits or cuts repetitions, and this future completes with what that gives.
 */
internal class RequestFuture(
    private val manager: SnmpManager,
    private val type: PduType,
    private val nonRepeaters: Int,
    private val maxRepetitions: Int,
    private val varBinds: VarBindList,
    private val options: RequestOptions?,
) : CompletableFuture<VarBindList>(), RequestCompletion {
    @Volatile
    var request: PendingRequest? = null

    @Volatile
    private var retry: CompletableFuture<VarBindList>? = null

    override fun succeed(value: VarBindList) {
        complete(value)
    }

    override fun fail(error: Throwable) {
        if (!SplitRetry.isCurable(error, type, maxRepetitions, varBinds) || isDone) {
            completeExceptionally(error)
            return
        }
        val again = SplitRetry.start(manager, type, nonRepeaters, maxRepetitions, varBinds, options) { value, e ->
            if (e != null) completeExceptionally(e) else complete(value)
        }
        retry = again
        if (isCancelled) again.cancel(false)
    }

    override fun cancel(mayInterruptIfRunning: Boolean): Boolean {
        val cancelled = super.cancel(mayInterruptIfRunning)
        if (cancelled) {
            request?.let(manager.engine::cancel)
            retry?.cancel(false)
        }
        return cancelled
    }
}

/**
 * Starts a request whose outcome completes the returned future directly on the engine's thread;
 * a bad argument fails the future rather than throwing.
 */
@JvmSynthetic internal fun startRequestFuture(
    manager: SnmpManager,
    type: PduType,
    nonRepeaters: Int,
    maxRepetitions: Int,
    varBinds: VarBindList,
    options: RequestOptions?,
): CompletableFuture<VarBindList> {
    val engine = manager.engine
    val future = RequestFuture(manager, type, nonRepeaters, maxRepetitions, varBinds, options)
    val request = try {
        manager.newRequest(type, nonRepeaters, maxRepetitions, varBinds, options, engine.loop.nanoTime(), future)
    } catch (e: IllegalArgumentException) {
        future.completeExceptionally(e)
        return future
    }
    future.request = request
    engine.submit(request)
    return future
}
