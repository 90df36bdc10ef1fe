package io.ksnmp.coroutines.future

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.internal.PendingRequest
import io.ksnmp.coroutines.internal.RequestCompletion
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture

/** A request's future: completed by the engine, and cancelling it cancels the request. */
internal class RequestFuture(private val engine: SnmpEngine) : CompletableFuture<VarBindList>(), RequestCompletion {
    @Volatile
    var request: PendingRequest? = null

    override fun succeed(value: VarBindList) {
        complete(value)
    }

    override fun fail(error: Throwable) {
        completeExceptionally(error)
    }

    override fun cancel(mayInterruptIfRunning: Boolean): Boolean {
        val cancelled = super.cancel(mayInterruptIfRunning)
        if (cancelled) request?.let(engine::cancel)
        return cancelled
    }
}
