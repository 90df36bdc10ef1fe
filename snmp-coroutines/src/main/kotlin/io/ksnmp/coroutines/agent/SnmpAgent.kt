package io.ksnmp.coroutines.agent

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.internal.AgentCore
import io.ksnmp.coroutines.agent.internal.EngineStateFile
import io.ksnmp.coroutines.agent.internal.ServedUser
import io.ksnmp.coroutines.agent.internal.StateFileLock
import io.ksnmp.coroutines.internal.UdpSocket
import io.ksnmp.coroutines.notification.NotificationListener
import io.ksnmp.coroutines.notification.NotificationReceiver
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.coroutines.internal.UdpTransport
import io.ksnmp.coroutines.internal.bindOrExplain
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.usm.LocalEngine
import java.io.IOException
import java.net.InetSocketAddress
import java.net.StandardProtocolFamily
import java.net.StandardSocketOptions
import java.nio.channels.DatagramChannel
import java.util.concurrent.CompletableFuture
import java.util.concurrent.ExecutionException

/**
 * An embedded SNMP agent (command responder): answers get, get-next, get-bulk and set over
 * SNMPv1, v2c and v3 from a [MibRegistry], on its own UDP socket served by an engine's event
 * loop. For SNMPv3 it is the authoritative engine: it answers discovery, checks USM (reporting
 * unknown engine IDs and users, wrong digests, unsupported levels, messages out of the time
 * window and decryption errors, as RFC 3414 asks) and keeps snmpEngineBoots across restarts
 * when given a state file. Unless its options name an engine ID or a state file, it shares its
 * engine's identity ([SnmpEngine.engineId], boots and time), as the traps the engine sends do.
 *
 * ```
 * SnmpEngine().use { engine ->
 *     val mib = MibRegistry().scalar(Oid.parse("1.3.6.1.2.1.1.1.0"), OctetString.of("ksnmp demo"))
 *     val agent = engine.agent(AgentOptions(readCommunity = "public", writeCommunity = "private"), mib)
 *     println("listening on ${agent.address}")
 *     // … agent.close(), or closing the engine, stops it
 * }
 * ```
 * Java: `SnmpAgent agent = engine.agent(AgentOptions.builder().address("0.0.0.0", 1161).build(), mib);`
 *
 * Access rules, as Net-SNMP's snmpd applies them: an unknown community gets no answer; a set
 * with read-only access is answered noAccess (SNMPv1: noSuchName); an SNMPv3 request below its
 * user's minimum level is answered authorizationError; only the default context (empty name)
 * is served. Every datagram the agent drops is counted in [counters] and shown to the engine's
 * dropped-message listener; datagrams in and out go to the engine's packet trace.
 */
public class SnmpAgent private constructor(
    private val engine: SnmpEngine,
    private val core: AgentCore,
    /** The registry served. */
    public val mib: MibRegistry,
    /** The address the agent's socket is bound to (with the actual port when 0 was asked for). */
    public val address: InetSocketAddress,
    private val stateLock: StateFileLock?,
) : AutoCloseable {
    @Volatile
    private var closed = false

    /** Live counters: datagrams, requests by type, drops by reason. */
    public val counters: AgentCounters get() = core.counters

    /** @return a copy of the agent's snmpEngineID */
    public val engineId: ByteArray get() = core.local.engineId()

    /** snmpEngineBoots of this start. */
    public val engineBoots: Int get() = core.local.boots()

    /** @return snmpEngineTime: seconds since this start */
    public fun engineTime(): Int = core.local.engineTime(engine.core.nowMillis())

    /** Whether the agent (or its engine) was closed. */
    public val isClosed: Boolean get() = closed || engine.isClosed

    /**
     * Adds or replaces an SNMPv3 user. Its keys are derived in the calling thread (password to
     * key hashes a megabyte), so requests never wait for them.
     */
    public fun addUser(user: AgentUser) {
        val keys = engine.core.keyCache.localizedKeys(user.user, core.local.engineId())
        core.users[user.user.name().toString(Charsets.ISO_8859_1)] = ServedUser(user, keys)
    }

    /** @return whether there was such a user */
    public fun removeUser(name: String): Boolean = core.users.remove(name.toByteArray(Charsets.UTF_8).toString(Charsets.ISO_8859_1)) != null

    /**
     * Starts a notification receiver on this agent's own socket (an agent that also receives
     * traps and informs on its port): v1/v2c traps and informs, SNMPv3 traps and SNMPv3 informs
     * from users of [options] the agent does not serve go to the receiver; everything else stays
     * the agent's. The receiver answers informs with the agent's engine identity;
     * [NotificationReceiverOptions.addresses] is not used. Its notifications are buffered for
     * [NotificationReceiver.notifications], or given to [listener] on the event loop.
     *
     * ```
     * val informs = agent.notificationReceiver(NotificationReceiverOptions(communities = setOf("public"), users = listOf(nms)))
     * ```
     *
     * @throws IllegalStateException if the agent already has one
     */
    @JvmOverloads
    public fun notificationReceiver(options: NotificationReceiverOptions, listener: NotificationListener? = null): NotificationReceiver =
        NotificationReceiver.start(engine, options, listener, core)

    /**
     * Stops answering, closes the socket and frees the state file (the port and the file are
     * free when this returns); idempotent. Closing the engine closes its agents.
     */
    override fun close() {
        if (closed) return
        closed = true
        if (engine.loop.inLoop) {
            runCatching { engine.loop.closeChannel(core.socket.channel) }
            stateLock?.close()
            return
        }
        val done = CompletableFuture<Unit>()
        engine.loop.execute {
            runCatching { engine.loop.closeChannel(core.socket.channel) }
            done.complete(Unit)
        }
        // Bounded: once the loop has run the task (or the engine closed it), the port is free.
        runCatching { done.get(CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS) }
        stateLock?.close()
    }

    override fun toString(): String = "SnmpAgent($address${if (isClosed) ", closed" else ""})"

    /** Starts agents. */
    public companion object {
        private const val CLOSE_WAIT_SECONDS = 5L

        /**
         * Starts an agent on [engine]: locks, reads and updates the state file, derives the users'
         * keys, binds the socket, and serves [mib] from then on. The state file stays locked
         * until the agent (or its engine, or the process) ends: a second agent on it fails.
         *
         * @throws AgentStateInUseException if another agent, in this process or another, runs on the state file
         * @throws AgentStateMalformedException if the state file is not what ksnmp writes there (with the line)
         * @throws AgentStateException if the state file cannot be locked, read or written
         * @throws java.net.BindException if the socket cannot be bound (the port is taken, say);
         *     its message names the address and port
         * @throws IOException if the socket cannot be opened otherwise
         * @throws SnmpClosedException if the engine is closed
         */
        @JvmStatic
        @Throws(IOException::class)
        public fun start(engine: SnmpEngine, options: AgentOptions, mib: MibRegistry): SnmpAgent {
            if (engine.isClosed) throw SnmpClosedException()
            val lock = options.stateFileOrNull?.let { StateFileLock.acquire(it) }
            try {
                return start(engine, options, mib, lock)
            } catch (e: Throwable) {
                lock?.close()
                throw e
            }
        }

        private fun start(engine: SnmpEngine, options: AgentOptions, mib: MibRegistry, lock: StateFileLock?): SnmpAgent {
            val local = if (options.engineIdOrNull == null && options.stateFileOrNull == null) {
                engine.core.local
            } else {
                val identity = EngineStateFile.start(options.stateFileOrNull, options.engineIdOrNull)
                LocalEngine(identity.engineId, identity.boots, engine.core.nowMillis())
            }
            val core = AgentCore(engine.core, mib, options, local, AgentCounters.create())
            for (u in options.users) {
                val keys = engine.core.keyCache.localizedKeys(u.user, local.engineId())
                core.users[u.user.name().toString(Charsets.ISO_8859_1)] = ServedUser(u, keys)
            }
            val bound = if (engine.loop.inLoop) {
                bind(engine, options, core, lock)
            } else {
                val result = CompletableFuture<UdpSocket>()
                engine.loop.execute {
                    try {
                        result.complete(bind(engine, options, core, lock))
                    } catch (e: Throwable) {
                        result.completeExceptionally(e)
                    }
                }
                try {
                    result.get()
                } catch (e: ExecutionException) {
                    throw e.cause ?: e
                }
            }
            return SnmpAgent(engine, core, mib, bound.localAddress, lock)
        }

        /** Binds the agent's socket on the loop thread; the engine's end frees the state file with the socket. */
        private fun bind(engine: SnmpEngine, options: AgentOptions, core: AgentCore, lock: StateFileLock?): UdpSocket {
            if (engine.core.closed) throw SnmpClosedException()
            val ipv6 = options.address.address is java.net.Inet6Address
            val channel = DatagramChannel.open(if (ipv6) StandardProtocolFamily.INET6 else StandardProtocolFamily.INET)
            try {
                engine.receiveBufferSize?.let { channel.setOption(StandardSocketOptions.SO_RCVBUF, it) }
                channel.bindOrExplain(options.address, "the agent's socket")
                val socket = UdpSocket(engine.loop, channel, core, ByteArray(UdpTransport.MAX_DATAGRAM))
                core.socket = socket
                if (lock != null) engine.loop.onClose { lock.close() }
                return socket
            } catch (e: Exception) {
                channel.close()
                throw e
            }
        }
    }
}
