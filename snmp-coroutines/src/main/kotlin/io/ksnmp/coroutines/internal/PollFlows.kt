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
import kotlinx.coroutines.flow.transform
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Semaphore

/**
 * The same get of [oids] from every target through [DirectPoll]: results buffer in the flow
 * until collected; stopping the collection cancels the requests in flight. Results that come on
 * [loop]'s thread go into the flow's buffer in one batch per turn of the loop, so a collector on
 * another thread is woken once per batch rather than once per target.
 */
internal fun pollFlow(loop: EventLoop, targets: List<SnmpManager>, oids: List<Oid>, concurrency: Int): Flow<PollResult> {
    require(concurrency >= 1) { "concurrency must be at least 1" }
    val names = VarBindList.ofNames(oids)
    return callbackFlow {
        val batches = TurnBatches<PollResult>(loop, { trySend(it) }, { channel.close() })
        val poll = DirectPoll(targets, names, batches::add, batches::finish)
        poll.start(concurrency)
        awaitClose { poll.cancel() }
    }.buffer(Channel.UNLIMITED).transform { batch -> for (result in batch) emit(result) }
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
                    PollResult.Success.create(target, request(target))
                } catch (e: CancellationException) {
                    throw e
                } catch (e: Exception) {
                    PollResult.Failure.create(target, e)
                } finally {
                    permits.release()
                }
                send(result)
            }
        }
    }
}
