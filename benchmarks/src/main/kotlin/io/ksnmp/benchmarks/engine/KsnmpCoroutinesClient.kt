package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import java.net.InetSocketAddress
import kotlin.time.Duration
import kotlin.time.toKotlinDuration

/**
 * ksnmp through its main Kotlin API: each chain is a coroutine that loops on the suspending
 * [SnmpManager.get], launched in a scope on [dispatcher], so each response resumes its coroutine
 * on that dispatcher: [Dispatchers.Default], as a service would run them (the event loop hands
 * every completion to a worker thread), or [Dispatchers.Unconfined] (the coroutine goes on
 * running on the event-loop thread, as futures' callbacks do), or the engine's own dispatcher
 * (started and resumed on the event-loop thread, no hand-off at all). Engine and manager settings are
 * those of [KsnmpFuturesClient].
 */
public class KsnmpCoroutinesClient public constructor(
    private val agent: InetSocketAddress,
    /** Where the coroutines run; null for the engine's own dispatcher (the event-loop thread). */
    dispatcher: CoroutineDispatcher?,
) : GetClient {
    private val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, receiveBufferSize = GetClient.RECEIVE_BUFFER)
    private val manager = manager(GetClient.THROUGHPUT_TIMEOUT.toKotlinDuration())
    private val scope = CoroutineScope(SupervisorJob() + (dispatcher ?: engine.dispatcher))

    private fun manager(timeout: Duration): SnmpManager =
        engine.manager(agent, version = SnmpVersion.V2C, community = GetClient.COMMUNITY, timeout = timeout, refreshPeriod = timeout)

    override fun startClosedLoop(inFlight: Int, loop: ClosedLoop) {
        repeat(inFlight) {
            loop.chainStarted()
            scope.launch {
                try {
                    while (loop.running()) {
                        val started = System.nanoTime()
                        val value = manager.get(OID)
                        val now = System.nanoTime()
                        check(value.size == 1) { "expected one binding, got $value" }
                        loop.completed(now - started)
                    }
                } catch (e: Throwable) {
                    loop.failed(e)
                } finally {
                    loop.chainEnded()
                }
            }
        }
    }

    override fun sendUnanswered(count: Int, timeout: java.time.Duration) {
        val m = manager(timeout.toKotlinDuration())
        repeat(count) {
            scope.launch {
                try {
                    m.get(OID)
                } catch (e: Exception) {
                    // timed out or closed: nothing to do
                }
            }
        }
    }

    override fun outstanding(): Long = engine.counters.pendingRequests.toLong()

    override fun sent(): Long = engine.counters.datagramsSent

    override fun close() {
        scope.cancel()
        engine.close()
    }

    private companion object {
        val OID: Oid = Oid.parse(GetClient.NAME)
    }
}
