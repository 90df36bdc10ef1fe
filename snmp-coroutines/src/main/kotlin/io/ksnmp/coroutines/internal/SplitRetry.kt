package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.errors.TooBigException
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException

/**
 * For requests completed directly on the loop (futures, polls), which go to the suspending
 * [SnmpManager.call] only when a tooBig outcome can be cured there: a get-bulk by fewer
 * repetitions, any other request of several bindings by splitting it.
 */
internal object SplitRetry {
    /** @return whether [SnmpManager.call] would split or cut a request that failed with [error] */
    fun isCurable(error: Throwable, type: PduType, maxRepetitions: Int, varBinds: VarBindList): Boolean =
        error is TooBigException && type != PduType.INFORM && (if (type == PduType.GET_BULK) maxRepetitions > 1 else varBinds.size > 1)

    /**
     * Runs the request again through [SnmpManager.call] and hands its value or error (unwrapped)
     * to [outcome], on the engine's thread.
     *
     * @return the retry's future, for cancelling it
     */
    fun start(
        manager: SnmpManager,
        type: PduType,
        nonRepeaters: Int,
        maxRepetitions: Int,
        varBinds: VarBindList,
        options: RequestOptions?,
        outcome: (VarBindList?, Throwable?) -> Unit,
    ): CompletableFuture<VarBindList> {
        val again = manager.engine.future { manager.call(type, nonRepeaters, maxRepetitions, varBinds, options) }
        again.whenComplete { value, e -> outcome(value, if (e is CompletionException) e.cause ?: e else e) }
        return again
    }
}
