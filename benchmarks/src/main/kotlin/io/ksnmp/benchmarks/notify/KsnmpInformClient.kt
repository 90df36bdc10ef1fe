package io.ksnmp.benchmarks.notify

import io.ksnmp.benchmarks.engine.ClosedLoop
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.DropReason
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.notification.V2Notification
import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import java.net.InetSocketAddress
import java.util.function.BiConsumer
import kotlin.time.toKotlinDuration

/**
 * ksnmp's inform sender: [io.ksnmp.coroutines.SnmpManager.inform] of [TrapContent]'s
 * notification over v2c, timeout [InformClient.TIMEOUT] with the refresh period equal to it (no
 * resend). With [futures], each chain issues the next inform from the previous one's
 * `CompletableFuture` completion (on the event-loop thread); without, each chain is a coroutine
 * on `Dispatchers.Default` looping on the suspending call, as a service would run it.
 * [batchedIo] is the engine's setting of that name.
 */
public class KsnmpInformClient public constructor(receiver: InetSocketAddress, private val futures: Boolean, batchedIo: Boolean) : InformClient {
    private val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, receiveBufferSize = ReceiverSetup.DEFAULT_RECEIVE_BUFFER, batchedIo = batchedIo)
    private val timeout = InformClient.TIMEOUT.toKotlinDuration()
    private val manager = engine.manager(receiver, community = TrapContent.COMMUNITY, timeout = timeout, refreshPeriod = timeout)
    private val content = V2Notification.parse(TrapContent.varBinds())
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)

    override fun startClosedLoop(inFlight: Int, loop: ClosedLoop) {
        repeat(inFlight) {
            loop.chainStarted()
            if (futures) Chain(loop).issue() else scope.launch { suspendingChain(loop) }
        }
    }

    private suspend fun suspendingChain(loop: ClosedLoop) {
        try {
            while (loop.running()) {
                val started = System.nanoTime()
                manager.inform(content.trapOid, content.varBinds, content.upTime)
                loop.completed(System.nanoTime() - started)
            }
        } catch (e: Throwable) {
            recordFailure(loop, e)
        } finally {
            loop.chainEnded()
        }
    }

    /** One outstanding inform at a time through the futures view; it is its own completion callback. */
    private inner class Chain(private val loop: ClosedLoop) : BiConsumer<VarBindList?, Throwable?> {
        private val view = manager.futures()
        private var started = 0L

        fun issue() {
            started = System.nanoTime()
            view.inform(content.trapOid, content.varBinds, content.upTime, null).whenComplete(this)
        }

        override fun accept(value: VarBindList?, error: Throwable?) {
            val now = System.nanoTime()
            if (error != null) {
                recordFailure(loop, error.cause as? SnmpTimeoutException ?: error)
                loop.chainEnded()
                return
            }
            loop.completed(now - started)
            if (loop.running()) issue() else loop.chainEnded()
        }
    }

    private fun recordFailure(loop: ClosedLoop, error: Throwable) {
        if (error is SnmpTimeoutException) loop.timedOut(error) else loop.failed(error)
    }

    override fun diagnostics(): String {
        val counters = engine.counters
        val drops = DropReason.entries.filter { counters.dropped(it) > 0 }.joinToString(",") { "${it.name}=${counters.dropped(it)}" }
        return "engine: sent=${counters.datagramsSent} received=${counters.datagramsReceived} dropped=${counters.dropped}" +
            (if (drops.isEmpty()) "" else " ($drops)") + " timeouts=${counters.timeouts}"
    }

    override fun close() {
        scope.cancel()
        engine.close()
    }
}
