package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.PollResult
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.flow.channelFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Semaphore

/**
 * The same get of [oids] from every target through [DirectPoll]: results buffer in the flow
 * until collected; stopping the collection cancels the requests in flight.
 */
internal fun pollFlow(targets: List<SnmpManager>, oids: List<Oid>, concurrency: Int): Flow<PollResult> {
    require(concurrency >= 1) { "concurrency must be at least 1" }
    val names = VarBindList.ofNames(oids)
    return callbackFlow {
        val poll = DirectPoll(targets, names, { trySend(it) }, { channel.close() })
        poll.start(concurrency)
        awaitClose { poll.cancel() }
    }.buffer(Channel.UNLIMITED)
}

/** Any [request] per target, a coroutine each on [dispatcher], at most [concurrency] at once. */
internal fun pollFlow(
    targets: List<SnmpManager>,
    concurrency: Int,
    dispatcher: CoroutineDispatcher,
    request: suspend (SnmpManager) -> VarBindList,
): Flow<PollResult> {
    require(concurrency >= 1) { "concurrency must be at least 1" }
    return channelFlow {
        val permits = Semaphore(concurrency)
        for (target in targets) {
            permits.acquire()
            launch(dispatcher) {
                val result = try {
                    PollResult(target, request(target), null)
                } catch (e: CancellationException) {
                    throw e
                } catch (e: Exception) {
                    PollResult(target, null, e)
                } finally {
                    permits.release()
                }
                send(result)
            }
        }
    }
}
