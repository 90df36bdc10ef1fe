package io.ksnmp.coroutines.notification

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.internal.AgentCore
import io.ksnmp.coroutines.internal.TurnBuffer
import io.ksnmp.coroutines.internal.UdpSocket
import io.ksnmp.coroutines.internal.UdpTransport
import io.ksnmp.coroutines.notification.internal.NotificationSink
import io.ksnmp.coroutines.notification.internal.ReceiverCore
import io.ksnmp.coroutines.notification.internal.TrapSenders
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.usm.LocalizedKeys
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.emptyFlow
import java.io.IOException
import java.net.BindException
import java.net.Inet6Address
import java.net.InetSocketAddress
import java.net.StandardProtocolFamily
import java.net.StandardSocketOptions
import java.nio.channels.DatagramChannel
import java.util.concurrent.CompletableFuture
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit

/**
 * A notification receiver (trap and inform receiver) on an engine's event loop, on its own UDP
 * sockets; get one from [SnmpEngine.notificationReceiver].
 *
 * ```
 * val receiver = engine.notificationReceiver(NotificationReceiverOptions(communities = setOf("public")))
 * receiver.notifications.collect { n -> println("${n.source}: ${n.trapOid} ${n.varBinds}") }
 * ```
 *
 * Every notification is delivered once, in the SNMPv2 form whatever its version (see
 * [Notification]); an inform is acknowledged with a Response carrying its request-id and bindings
 * (RFC 3416 §4.2.7), and a resent one is acknowledged again but not delivered again. SNMPv3
 * informs and discovery probes are answered with this engine as the authoritative engine
 * ([engineId]: the engine's own identity), with the USM reports an agent sends. What the receiver
 * drops it counts in [counters] and tells the engine's dropped-message listener, with the reason;
 * datagrams in and out go to the engine's packet trace.
 */
public class NotificationReceiver private constructor(
    private val engine: SnmpEngine,
    private val core: ReceiverCore,
    private val sink: NotificationSink,
    private val sockets: List<UdpSocket>,
    /** The agent whose socket this receiver shares, if it does. */
    private val agent: AgentCore?,
) : AutoCloseable {
    @Volatile
    private var closed = false

    /** The bound addresses, with the actual ports when 0 was asked for. */
    public val addresses: List<InetSocketAddress> = sockets.map { it.localAddress }

    /** Live counters: received, delivered, acknowledged, dropped. */
    public val counters: NotificationReceiverCounters get() = core.counters

    /** @return a copy of the snmpEngineID informs and discovery probes are answered with (the engine's) */
    public val engineId: ByteArray get() = engine.engineId

    /**
     * The notifications as they arrive, oldest first: a hot flow over the receiver's buffer
     * ([NotificationReceiverOptions.bufferCapacity]), meant for one collector (several share the
     * notifications between them). It completes when the receiver or its engine is closed.
     * Empty for a receiver made with a [NotificationListener].
     */
    @get:JvmSynthetic
    public val notifications: Flow<Notification> = (sink as? NotificationSink.Buffered)?.buffer?.flow ?: emptyFlow()

    /** Whether the receiver (or its engine) was closed. */
    public val isClosed: Boolean get() = closed || engine.isClosed

    /**
     * Stops receiving, closes the sockets (the ports are free when this returns; a receiver sharing
     * an agent's socket leaves it to the agent) and completes [notifications]; idempotent.
     */
    override fun close() {
        if (closed) return
        closed = true
        val stop = Runnable {
            if (agent != null) agent.notifications = null else for (s in sockets) runCatching { engine.loop.closeChannel(s.channel) }
            sink.close()
        }
        if (engine.loop.inLoop) return stop.run()
        val done = CompletableFuture<Unit>()
        engine.loop.execute {
            stop.run()
            done.complete(Unit)
        }
        runCatching { done.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS) }
    }

    override fun toString(): String = "NotificationReceiver($addresses${if (isClosed) ", closed" else ""})"

    internal companion object {
        private const val CLOSE_WAIT_SECONDS = 5L
        private const val BIND_ATTEMPTS = 20

        /**
         * Starts a receiver: localizes the users' keys (in the calling thread), binds the sockets
         * (or joins [agent]'s, with the agent's engine identity) and receives from then on, into
         * [listener] or, without one, a buffer.
         */
        fun start(engine: SnmpEngine, options: NotificationReceiverOptions, listener: NotificationListener?, agent: AgentCore? = null): NotificationReceiver {
            if (engine.isClosed) throw SnmpClosedException()
            val core = engine.core
            val local = agent?.local ?: core.local
            val localId = local.engineId()
            val informKeys = HashMap<String, LocalizedKeys>()
            for (u in options.users) informKeys[u.name().toString(Charsets.ISO_8859_1)] = core.keyCache.localizedKeys(u, localId)
            val bound = options.senderUsers.map { it to core.keyCache.localizedKeys(it.user, it.engineId) }
            for ((u, keys) in bound) if (u.engineId.contentEquals(localId)) informKeys[u.user.name().toString(Charsets.ISO_8859_1)] = keys
            val sink = if (listener != null) NotificationSink.Listener(listener) else NotificationSink.Buffered(TurnBuffer(options.bufferCapacity, engine.loop))
            val receiverCore = ReceiverCore(
                core, options, local, informKeys, TrapSenders(core, options.users, bound, options.maxSenderEngines), sink, NotificationReceiverCounters.create(),
            )
            val sockets = onLoop(engine) {
                if (core.closed) throw SnmpClosedException()
                val opened = if (agent != null) {
                    check(agent.notifications == null) { "the agent already shares its socket with a notification receiver" }
                    agent.notifications = receiverCore
                    listOf(agent.socket)
                } else {
                    bindAll(engine, options.addresses, receiverCore)
                }
                engine.loop.onClose { sink.close() }
                opened
            }
            return NotificationReceiver(engine, receiverCore, sink, sockets, agent)
        }

        private fun <T> onLoop(engine: SnmpEngine, block: () -> T): T {
            if (engine.loop.inLoop) return block()
            val result = CompletableFuture<T>()
            engine.loop.execute {
                try {
                    result.complete(block())
                } catch (e: Throwable) {
                    result.completeExceptionally(e)
                }
            }
            try {
                return result.get()
            } catch (e: ExecutionException) {
                throw e.cause ?: e
            }
        }

        /** Binds every address; port 0 means one free port for all of them, when it can be had. */
        private fun bindAll(engine: SnmpEngine, addresses: List<InetSocketAddress>, core: ReceiverCore): List<UdpSocket> {
            val shared = addresses.size > 1 && addresses.all { it.port == 0 }
            var attempt = 0
            while (true) {
                val opened = ArrayList<UdpSocket>()
                try {
                    var port = 0
                    for (a in addresses) {
                        val socket = bind(engine, if (shared && port != 0) InetSocketAddress(a.address, port) else a, core)
                        opened.add(socket)
                        if (port == 0) port = socket.localAddress.port
                    }
                    return opened
                } catch (e: IOException) {
                    for (s in opened) runCatching { s.channel.close() }
                    if (!(shared && e is BindException && ++attempt < BIND_ATTEMPTS)) throw e
                }
            }
        }

        private fun bind(engine: SnmpEngine, address: InetSocketAddress, core: ReceiverCore): UdpSocket {
            val channel = DatagramChannel.open(if (address.address is Inet6Address) StandardProtocolFamily.INET6 else StandardProtocolFamily.INET)
            try {
                engine.receiveBufferSize?.let { channel.setOption(StandardSocketOptions.SO_RCVBUF, it) }
                channel.bind(address)
                return UdpSocket(engine.loop, channel, core, ByteArray(UdpTransport.MAX_DATAGRAM))
            } catch (e: Exception) {
                channel.close()
                throw e
            }
        }
    }
}
