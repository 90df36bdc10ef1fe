package io.ksnmp.coroutines

import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.SnmpAgent
import io.ksnmp.coroutines.agent.internal.EngineIdentity
import io.ksnmp.coroutines.agent.internal.EngineStateFile
import io.ksnmp.coroutines.future.SnmpEngineFutures
import io.ksnmp.coroutines.internal.BusyPoll
import io.ksnmp.coroutines.internal.DatagramSender
import io.ksnmp.coroutines.internal.EngineCore
import io.ksnmp.coroutines.internal.EventLoop
import io.ksnmp.coroutines.internal.LoopClock
import io.ksnmp.coroutines.internal.NativeDatagramCalls
import io.ksnmp.coroutines.internal.PendingRequest
import io.ksnmp.coroutines.internal.pollFlow
import io.ksnmp.coroutines.notification.NotificationListener
import io.ksnmp.coroutines.notification.NotificationReceiver
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmCrypto
import io.ksnmp.usm.UsmUser
import io.ksnmp.usm.UsmUserTable
import java.net.InetSocketAddress
import java.nio.file.Path
import java.util.concurrent.CompletableFuture
import java.util.concurrent.atomic.AtomicInteger
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.DisposableHandle
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.asExecutor
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.future.future

/**
 * The SNMP engine: one event-loop thread owning the UDP sockets, the request table, the timers,
 * the SNMPv3 users and what discovery learned of each agent. Make one per application and as
 * many [SnmpManager]s as you have targets; managers are cheap.
 *
 * ```
 * SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
 *     val router = engine.manager("192.0.2.1", community = "public")
 *     val uptime = router.get("1.3.6.1.2.1.1.3.0")
 * }
 * ```
 * SNMPv3:
 * ```
 * engine.addUser(UsmUser.builder("admin").auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass").priv(PrivProtocol.AES128, "priv-pass").build())
 * val agent = engine.manager("192.0.2.1", version = SnmpVersion.V3, user = "admin")
 * ```
 * Java callers use [builder] and [futures].
 *
 * [close] ends every pending request with [io.ksnmp.errors.SnmpClosedException]; it is
 * idempotent and may be called from any thread, a response callback included. When [parent] is
 * given, the engine closes when that job completes or is cancelled.
 *
 * @param defaultVersion the version of managers that do not name one (SNMPv3, as in the AsyncEngine)
 * @param receiveBufferSize SO_RCVBUF asked for the engine's sockets (the kernel may cap it; Linux at
 *     net.core.rmem_max), or null for the system default. The default, 4 MiB, keeps a burst of
 *     a thousand replies from overflowing the usual 208 KiB default, which loses about 800 of them.
 * @param packetTrace sees every datagram sent and received (secrets masked)
 * @param droppedMessages told about every received datagram that was dropped, and why
 * @param crypto the USM primitives
 * @param parent a job whose end closes the engine
 * @param engineId this engine's own snmpEngineID (5..32 octets, RFC 3411 form), or null for the
 *     state file's, else a new random one (enterprise 0, format 5, eight random octets). It is the
 *     authoritative engine of the SNMPv3 traps this engine sends, and of its agent and notification
 *     receiver unless their options name their own.
 * @param busyPoll how the event loop, its work done and requests waiting for answers, polls its
 *     sockets before it sleeps. Waking a sleeping thread takes tens of microseconds on virtual
 *     machines whose idle CPUs halt, and a request that has one outstanding at a time (a walk, a
 *     script's GETs) waits for that on every round trip. By default (null) the polling is
 *     adaptive: the loop polls until twice the round trip it has observed (smoothed over its
 *     answers) has passed since its last send, when that round trip is under 100 µs (loopback,
 *     a fast LAN), and sleeps otherwise (probing one wait in 16 whether polling would catch the
 *     answers sooner); it never polls while no request is pending.
 *     A positive time polls for that long on every wait instead (at most that much CPU time per
 *     wait: an engine whose answers come a millisecond apart would poll a tenth of a CPU away for
 *     100 µs); zero never polls.
 * @param defaultCommunity the community of v1 and v2c managers that name none (default "public";
 *     python-snmp's engine-wide default): a fleet with one community sets it once
 * @param batchedIo whether the engine's sockets (its own, its agents' and notification
 *     receivers') may read and write datagrams in batches where the JVM allows it (see
 *     [usesBatchedIo]); true by default, false keeps every socket on NIO
 */
public class SnmpEngine internal constructor(
    public val defaultVersion: SnmpVersion,
    @get:JvmSynthetic internal val receiveBufferSize: Int?,
    packetTrace: PacketTraceListener?,
    droppedMessages: DroppedMessageListener?,
    crypto: UsmCrypto,
    parent: Job?,
    clock: LoopClock,
    sender: DatagramSender,
    busyPoll: Duration? = null,
    identity: EngineIdentity = EngineStateFile.start(null, null),
    computeExecutor: java.util.concurrent.Executor = Dispatchers.Default.asExecutor(), // key localization; tests may run it in place
    batchedIo: Boolean = true,
    /** The community of v1 and v2c managers that name none ("public" unless given). */
    public val defaultCommunity: String = "public",
) : AutoCloseable {
    /**
     * Starts an engine; the class describes the other parameters.
     *
     * @param stateFile where the engine ID and snmpEngineBoots persist (read when the engine starts,
     *     boots incremented and written back atomically; the file stays locked while the engine runs:
     *     a second engine or agent on it fails with [io.ksnmp.coroutines.agent.AgentStateInUseException]),
     *     or null to keep nothing (boots 1)
     */
    public constructor(
        defaultVersion: SnmpVersion = SnmpVersion.V3,
        receiveBufferSize: Int? = DEFAULT_RECEIVE_BUFFER,
        packetTrace: PacketTraceListener? = null,
        droppedMessages: DroppedMessageListener? = null,
        crypto: UsmCrypto = JceUsmCrypto.create(),
        parent: Job? = null,
        busyPoll: Duration? = null,
        engineId: ByteArray? = null, stateFile: Path? = null,
        batchedIo: Boolean = true,
        defaultCommunity: String = "public",
    ) : this(
        defaultVersion, receiveBufferSize, packetTrace, droppedMessages, crypto, parent, LoopClock.SYSTEM, DatagramSender.CHANNEL, busyPoll,
        EngineStateFile.startLocked(stateFile, engineId?.also { require(it.size in 5..32) { "an snmpEngineID has 5..32 octets" } }),
        batchedIo = batchedIo, defaultCommunity = defaultCommunity,
    )

    /** Live counters: requests, outcomes, datagrams, drops. */
    public val counters: SnmpEngineCounters = SnmpEngineCounters.create()

    /** The SNMPv3 users, by namespace. */
    @get:JvmSynthetic internal val users: UsmUserTable = UsmUserTable()

    @get:JvmSynthetic internal val loop: EventLoop = EventLoop(
        "ksnmp-engine-${SEQUENCE.incrementAndGet()}", clock,
        // Checked here, before the loop's thread starts, so a bad value leaves no thread behind.
        busyPoll = BusyPoll.of(busyPoll) { counters.pendingValue > 0 },
        batching = batchedIo,
    )
    @get:JvmSynthetic internal val core: EngineCore = EngineCore(
        loop, receiveBufferSize, sender, crypto, KeyCache(crypto, KEY_CACHE_MASTER, KEY_CACHE_LOCALIZED),
        packetTrace, droppedMessages, counters, identity, computeExecutor = computeExecutor,
    )
    private val stateLock: AutoCloseable? = identity.lock
    private val parentHandle: DisposableHandle? = parent?.invokeOnCompletion { close() }

    init {
        require(receiveBufferSize == null || receiveBufferSize > 0) { "the receive buffer size must be positive" }
    }

    /**
     * The engine's event loop as a coroutine dispatcher. Coroutines launched on it run on the
     * engine's own thread, so their requests start and their results arrive with no thread
     * hand-off and no wake-up: the fastest way to keep many requests in flight. They must never
     * block (no `Thread.sleep`, no blocking I/O, no `runBlocking`); after [close] they continue on
     * `Dispatchers.Default`.
     *
     * ```
     * coroutineScope {
     *     for (m in managers) launch(engine.dispatcher) { collect(m.get(sysUpTime)) }
     * }
     * ```
     */
    @get:JvmSynthetic
    public val dispatcher: CoroutineDispatcher get() = loop

    /** @return a copy of this engine's snmpEngineID (RFC 3411) */
    public val engineId: ByteArray get() = core.local.engineId()

    /** snmpEngineBoots of this start: 1 without a state file, else one more than at the last start. */
    public val engineBoots: Int get() = core.local.boots()

    /** @return snmpEngineTime: seconds since this engine started */
    public fun engineTime(): Int = core.local.engineTime(core.nowMillis())

    /** @return this engine's sysUpTime: hundredths of a second since it started, as the `sysUpTime.0` of the traps it sends */
    public fun upTime(): TimeTicks = TimeTicks.of(core.uptimeTicks())

    /**
     * Whether this engine's sockets read and write datagrams in batches (`recvmmsg`/`sendmmsg`
     * through `java.lang.foreign`) rather than one NIO call each: true on Linux with JDK 22 or
     * later when native access is enabled for ksnmp (`--enable-native-access=ALL-UNNAMED` on the
     * class path) and the engine was not made with `batchedIo = false`. Both paths behave the
     * same; the batched one spends fewer system calls per datagram under load.
     */
    public val usesBatchedIo: Boolean get() = batchedIoAsked && NativeDatagramCalls.AVAILABLE

    private val batchedIoAsked = batchedIo

    /** Whether [close] has been called. */
    public val isClosed: Boolean get() = loop.isClosing

    /**
     * A manager for one agent, with its defaults. Cheap: make one per target, or several with
     * different defaults for the same target. A host name is resolved off the event loop at the
     * first request and kept.
     *
     * ```
     * val m = engine.manager("switch-17.example.net", version = SnmpVersion.V2C, community = "public", timeout = 3.seconds)
     * ```
     *
     * @param host a host name or an IPv4/IPv6 literal
     * @param port the agent's UDP port
     * @param version v1, v2c or v3
     * @param community the community (v1, v2c), or null for the engine's [defaultCommunity]
     * @param namespace the namespace of SNMPv3 users to pick the user from
     * @param user the SNMPv3 user, or null for the namespace's default user
     * @param securityLevel the SNMPv3 security level, or null for the user's default
     * @param contextName the SNMPv3 context name
     * @param contextEngineId the SNMPv3 context engine ID, or null for the agent's engine ID
     * @param localAddress the local address to send from, or null for the family's wildcard address
     * @param timeout how long a request may take, counted from the call (SNMPv3 discovery included)
     * @param refreshPeriod how long after its latest send a request is sent again
     * @param checkSourceAddress whether replies must come from the address and port the request went to
     * @param retries the schedule counted in tries instead (Net-SNMP's `-t`/`-r`); when given, it
     *     sets both [timeout] and [refreshPeriod] by [RetrySchedule]'s rule
     * @param remoteEngine the agent's SNMPv3 engine, to skip discovery (see [RemoteEngineInfo])
     * @param msgMaxSize the largest message to send or accept, 484..65,507 (see [ManagerOptions.msgMaxSize])
     */
    @JvmSynthetic
    public fun manager(
        host: String,
        port: Int = ManagerOptions.DEFAULT_PORT,
        version: SnmpVersion = defaultVersion,
        community: String? = null,
        namespace: String = "",
        user: String? = null,
        securityLevel: SecurityLevel? = null,
        contextName: String = "",
        contextEngineId: ByteArray? = null,
        localAddress: InetSocketAddress? = null,
        timeout: Duration = 10.seconds,
        refreshPeriod: Duration = 1.seconds,
        checkSourceAddress: Boolean = true,
        retries: RetrySchedule? = null,
        remoteEngine: RemoteEngineInfo? = null,
        msgMaxSize: Int = ManagerOptions.MAX_MSG_MAX_SIZE,
    ): SnmpManager = manager(
        ManagerOptions.builder(host).port(port).configure(
            version, community, namespace, user, securityLevel, contextName, contextEngineId, localAddress, timeout,
            refreshPeriod, checkSourceAddress, retries, remoteEngine, msgMaxSize,
        ),
    )

    /**
     * A manager for the agent at [address]; the other parameters are those of the host-name form.
     *
     * ```
     * val m = engine.manager(InetSocketAddress(InetAddress.getLoopbackAddress(), 1161), version = SnmpVersion.V1)
     * ```
     */
    @JvmSynthetic
    public fun manager(
        address: InetSocketAddress,
        version: SnmpVersion = defaultVersion,
        community: String? = null,
        namespace: String = "",
        user: String? = null,
        securityLevel: SecurityLevel? = null,
        contextName: String = "",
        contextEngineId: ByteArray? = null,
        localAddress: InetSocketAddress? = null,
        timeout: Duration = 10.seconds,
        refreshPeriod: Duration = 1.seconds,
        checkSourceAddress: Boolean = true,
        retries: RetrySchedule? = null,
        remoteEngine: RemoteEngineInfo? = null,
        msgMaxSize: Int = ManagerOptions.MAX_MSG_MAX_SIZE,
    ): SnmpManager = manager(
        ManagerOptions.builder(address).configure(
            version, community, namespace, user, securityLevel, contextName, contextEngineId, localAddress, timeout,
            refreshPeriod, checkSourceAddress, retries, remoteEngine, msgMaxSize,
        ),
    )

    /**
     * A manager with settings kept as a value.
     *
     * @param options the manager's defaults
     */
    public fun manager(options: ManagerOptions): SnmpManager = SnmpManager.create(this, options)

    /**
     * Adds an SNMPv3 user. Users live in namespaces, so the same name can carry different
     * credentials for different groups of agents; the first user of a namespace is its default.
     * The user's keys are derived off the event loop when first needed, once per agent engine.
     *
     * ```
     * engine.addUser(UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_96, "site-a-pass").build(), namespace = "site-a")
     * ```
     *
     * @param user the user
     * @param namespace its namespace
     * @param makeDefault whether it becomes the namespace's default user
     */
    @JvmOverloads
    public fun addUser(user: UsmUser, namespace: String = "", makeDefault: Boolean = false) {
        users.add(namespace, user, makeDefault)
    }

    /**
     * Adds a listener for this engine's [SnmpEvent]s (reports, discovery exchanges, dropped
     * datagrams), called on the event loop; events happen from now on. Close the returned handle to
     * remove it.
     *
     * ```
     * val subscription = engine.addEventListener { e -> if (e is SnmpEvent.DatagramDropped) log.debug(e.toString()) }
     * subscription.close()
     * ```
     *
     * @return the subscription: closing it removes the listener (idempotent)
     */
    public fun addEventListener(listener: SnmpEventListener): AutoCloseable {
        core.events.listeners.add(listener)
        return AutoCloseable { core.events.listeners.remove(listener) }
    }

    /**
     * Derives every SNMPv3 user's keys now, off the event loop, rather than at each user's first
     * request (IPWorks' `hash_passwords`): the master keys (a password is hashed over a megabyte,
     * milliseconds each), and the keys localized to [engineIds] and to every agent engine this
     * engine already knows. Users added later are derived when first used, as always. A key
     * localized to another engine is skipped for the engines it does not fit.
     *
     * ```
     * engine.prepareKeys()                                   // before the first poll of 10,000 agents
     * engine.prepareKeys(listOf(RemoteEngineInfo(id).engineId))
     * ```
     *
     * @param engineIds agent engine IDs to localize for, besides those already discovered
     */
    @JvmSynthetic
    public suspend fun prepareKeys(engineIds: List<ByteArray> = emptyList()) {
        val all = users.namespaces().flatMap { users.users(it) }.distinct()
        val ids = engineIds.map { it.clone() }
        kotlinx.coroutines.suspendCancellableCoroutine { continuation ->
            loop.execute {
                core.prepareKeys(all, ids) { error ->
                    if (error == null) continuation.resumeWith(Result.success(Unit)) else continuation.resumeWith(Result.failure(error))
                }
            }
        }
    }

    /**
     * Removes an SNMPv3 user; requests already started keep the user they started with.
     *
     * @return whether there was such a user
     */
    @JvmOverloads
    public fun removeUser(name: String, namespace: String = ""): Boolean = users.remove(namespace, name)

    /**
     * Polls many targets, at most [concurrency] at a time, and gives each target's result as it
     * comes: a [PollResult.Success] with its bindings or a [PollResult.Failure] with its error, so
     * one failing target never affects the others. Targets may mix versions, communities and
     * users; each request follows its manager's settings.
     *
     * ```
     * val managers = hosts.map { engine.manager(it, version = SnmpVersion.V2C, timeout = 2.seconds) }
     * engine.pollMany(managers, listOf(Oid.parse("1.3.6.1.2.1.1.3.0")), concurrency = 500).collect { r ->
     *     when (r) {
     *         is PollResult.Success -> println("${r.manager}: ${r.varBinds}")
     *         is PollResult.Failure -> println("${r.manager} failed: ${r.error}")
     *     }
     * }
     * ```
     *
     * Each get completes on the engine's thread and starts the next target there (no coroutine
     * per target); results wait in the flow's buffer if the collector is slower than the targets.
     * Cancelling the collection cancels the requests in flight.
     *
     * @param targets the managers to poll, each once
     * @param oids what to get from each
     * @param concurrency the most requests in flight at once
     */
    @JvmSynthetic
    public fun pollMany(targets: List<SnmpManager>, oids: List<Oid>, concurrency: Int = 100): Flow<PollResult> =
        pollFlow(loop, targets, oids, concurrency)

    /**
     * [pollMany] with any request per target, for example a get-bulk or a table read gathered into one list.
     *
     * @param request what to do with each target
     */
    @JvmSynthetic
    public fun pollMany(targets: List<SnmpManager>, concurrency: Int = 100, request: suspend (SnmpManager) -> VarBindList): Flow<PollResult> =
        pollFlow(targets, concurrency, dispatcher, request)

    /**
     * Starts an embedded agent (command responder) on this engine's event loop, on its own UDP
     * socket, serving [mib]; see [SnmpAgent]. Closing the engine closes the agent.
     *
     * ```
     * val agent = engine.agent(AgentOptions(address = InetSocketAddress("127.0.0.1", 0), writeCommunity = "private"), mib)
     * val port = agent.address.port
     * ```
     *
     * @throws io.ksnmp.coroutines.agent.AgentStateInUseException if another agent runs on the state file
     * @throws io.ksnmp.coroutines.agent.AgentStateException if the state file cannot be locked, read or
     *     written, or is malformed ([io.ksnmp.coroutines.agent.AgentStateMalformedException], with the line)
     * @throws java.net.BindException if the socket cannot be bound (the port is taken, say); its
     *     message names the address and port
     * @throws java.io.IOException if the socket cannot be opened otherwise
     */
    @Throws(java.io.IOException::class)
    public fun agent(options: AgentOptions, mib: MibRegistry): SnmpAgent = SnmpAgent.start(this, options, mib)

    /**
     * Starts a notification receiver on this engine's event loop, on its own UDP sockets, its
     * notifications buffered for [NotificationReceiver.notifications]; closing the engine closes it.
     * ```
     * val receiver = engine.notificationReceiver(NotificationReceiverOptions(addresses = listOf(InetSocketAddress("::", 1162)), communities = setOf("public")))
     * launch { receiver.notifications.collect { println(it) } }
     * ```
     *
     * @throws java.io.IOException if a socket cannot be bound
     */
    @Throws(java.io.IOException::class)
    public fun notificationReceiver(options: NotificationReceiverOptions): NotificationReceiver = NotificationReceiver.start(this, options, null)

    /**
     * A notification receiver handing each notification to [listener] on the event loop, with no
     * buffer (the fastest form; the listener must not block).
     * ```
     * NotificationReceiver r = engine.notificationReceiver(options, n -> queue.offer(n));
     * ```
     *
     * @throws java.io.IOException if a socket cannot be bound
     */
    @Throws(java.io.IOException::class)
    public fun notificationReceiver(options: NotificationReceiverOptions, listener: NotificationListener): NotificationReceiver =
        NotificationReceiver.start(this, options, listener)

    /** @return the view of this engine for Java callers: managers whose requests return futures */
    public fun futures(): SnmpEngineFutures = SnmpEngineFutures.create(this)

    /**
     * Closes the engine: every pending request ends with [io.ksnmp.errors.SnmpClosedException],
     * sockets close, the loop thread ends. Idempotent, from any thread; from the engine's own
     * thread it returns at once and the loop finishes right after.
     */
    override fun close() {
        parentHandle?.dispose()
        loop.close(CLOSE_WAIT_MILLIS)
        stateLock?.close()
    }

    /** Where the futures view runs its coroutines: started in the caller's thread, resumed wherever the engine completes them. */
    private val futureScope = CoroutineScope(SupervisorJob() + Dispatchers.Unconfined)

    /** [block] as a future, started in the calling thread, completed where the engine completes it; cancelling it cancels the request. */
    @JvmSynthetic internal fun <T> future(block: suspend CoroutineScope.() -> T): CompletableFuture<T> =
        futureScope.future(start = CoroutineStart.UNDISPATCHED, block = block)

    @JvmSynthetic internal fun submit(request: PendingRequest) {
        if (loop.inLoop) request.start() else loop.execute { request.start() }
    }

    @JvmSynthetic internal fun cancel(request: PendingRequest) {
        loop.execute { request.cancel() }
    }

    override fun toString(): String = "SnmpEngine(default $defaultVersion, ${counters.pendingRequests} pending${if (isClosed) ", closed" else ""})"

    /** The engine's defaults, and the builder for Java callers. */
    public companion object {
        /** The SO_RCVBUF an engine asks for unless told otherwise: 4 MiB. */
        public const val DEFAULT_RECEIVE_BUFFER: Int = 4 * 1024 * 1024
        private val SEQUENCE = AtomicInteger()
        private const val CLOSE_WAIT_MILLIS = 5_000L
        private const val KEY_CACHE_MASTER = 1_000
        private const val KEY_CACHE_LOCALIZED = 10_000

        /**
         * ```
         * try (SnmpEngine engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).build()) { ... }
         * ```
         *
         * @return a builder for an engine
         */
        @JvmStatic
        public fun builder(): SnmpEngineBuilder = SnmpEngineBuilder.create()
    }
}
