package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import java.net.InetSocketAddress
import kotlin.time.toKotlinDuration

/**
 * ksnmp's Kotlin API in a burst: one coroutine per agent launched on `Dispatchers.Default`, each
 * calling `manager.get(names)` and recording the outcome, every one of them at once (no
 * `pollMany`, `concurrency` not used), as a service that fans out with `launch` does. Engine and
 * managers as in [KsnmpPollClient].
 */
public class KsnmpCoroutinesBurstClient public constructor(
    agents: List<InetSocketAddress>,
    timing: PollClient.Timing,
) : PollClient {
    private val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, receiveBufferSize = GetClient.RECEIVE_BUFFER)
    private val managers = agents.map {
        engine.manager(
            it, version = SnmpVersion.V2C, community = GetClient.COMMUNITY,
            timeout = timing.timeout.toKotlinDuration(), refreshPeriod = timing.refresh.toKotlinDuration(),
        )
    }
    private val names = PollClient.NAMES.map(Oid::parse)

    override fun pollOnce(concurrency: Int, recorder: PollRecorder) {
        runBlocking(Dispatchers.Default) {
            for (manager in managers) {
                launch {
                    val outcome = runCatching { manager.get(names) }
                    KsnmpFuturesBurstClient.record(outcome.getOrNull(), outcome.exceptionOrNull(), recorder)
                }
            }
        }
    }

    override fun close() {
        engine.close()
    }
}
