package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import java.net.InetSocketAddress
import kotlin.time.toKotlinDuration

/**
 * ksnmp's Kotlin API polling: the [SnmpEngine.pollMany] flow over one manager per agent,
 * collected in a coroutine on [dispatcher] (`Dispatchers.Default`, as a service would collect
 * it, or null for the engine's own dispatcher, the event-loop thread) while the calling thread
 * waits in `runBlocking`. Engine and managers as in [KsnmpFuturesPollClient].
 *
 * In a [burst], one coroutine per agent is launched on [dispatcher] instead, each calling
 * `manager.get(names)` and recording the outcome, every one of them at once (no `pollMany`,
 * `concurrency` not used), as a service that fans out with `launch` does.
 */
public class KsnmpPollClient public constructor(
    agents: List<InetSocketAddress>,
    timing: PollClient.Timing,
    dispatcher: CoroutineDispatcher?,
    private val burst: Boolean = false,
) : PollClient {
    private val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, receiveBufferSize = GetClient.RECEIVE_BUFFER)
    private val managers = agents.map {
        engine.manager(
            it, version = SnmpVersion.V2C, community = GetClient.COMMUNITY,
            timeout = timing.timeout.toKotlinDuration(), refreshPeriod = timing.refresh.toKotlinDuration(),
        )
    }
    private val names = PollClient.NAMES.map(Oid::parse)
    private val context = dispatcher ?: engine.dispatcher

    override fun pollOnce(concurrency: Int, recorder: PollRecorder) {
        runBlocking(context) {
            if (burst) {
                for (manager in managers) {
                    launch {
                        val outcome = runCatching { manager.get(names) }
                        KsnmpFuturesPollClient.record(outcome.getOrNull(), outcome.exceptionOrNull(), recorder)
                    }
                }
            } else {
                engine.pollMany(managers, names, concurrency).collect { KsnmpFuturesPollClient.record(it, recorder) }
            }
        }
    }

    override fun close() {
        engine.close()
    }
}
