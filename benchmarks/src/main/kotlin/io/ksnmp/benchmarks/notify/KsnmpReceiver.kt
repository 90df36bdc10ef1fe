package io.ksnmp.benchmarks.notify

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.coroutines.notification.SenderUser
import io.ksnmp.message.SnmpVersion
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * ksnmp's notification receiver as the scenarios run it: one engine, a receiver on 127.0.0.1
 * accepting the setup's community (and, for v3, [V3Fixture]'s user bound to its sender engine),
 * every other setting the default. With [flow], the receiver's `Flow` is collected in a coroutine
 * on the engine's own dispatcher (the event-loop thread: no hand-off); without, its Java listener
 * is called on the loop. [batchedIo] is the engine's setting of that name (batched I/O where the
 * JVM allows it, else NIO).
 */
public class KsnmpReceiver public constructor(private val flow: Boolean, private val batchedIo: Boolean) : NotificationReceiver {
    private var engine: SnmpEngine? = null
    private var scope: CoroutineScope? = null

    override fun start(setup: ReceiverSetup, port: Int, sink: NotificationSink): InetSocketAddress {
        val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, receiveBufferSize = setup.receiveBuffer, batchedIo = batchedIo)
        this.engine = engine
        val options = NotificationReceiverOptions(
            addresses = listOf(InetSocketAddress(InetAddress.getByName("127.0.0.1"), port)),
            communities = setOf(setup.community),
            senderUsers = if (setup.v3) listOf(SenderUser(V3Fixture.senderEngineId(), V3Fixture.ksnmpUser())) else emptyList(),
        )
        val receiver = if (flow) {
            engine.notificationReceiver(options).also { r ->
                scope = CoroutineScope(SupervisorJob() + engine.dispatcher).apply {
                    launch { r.notifications.collect { sink.delivered(it.requestId) } }
                }
            }
        } else {
            engine.notificationReceiver(options) { sink.delivered(it.requestId) }
        }
        return receiver.addresses.single()
    }

    override fun close() {
        scope?.cancel()
        engine?.close()
    }
}
