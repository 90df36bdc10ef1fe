package io.ksnmp.coroutines.internal

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.DroppedMessageListener
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.coroutines.PacketTraceListener
import io.ksnmp.coroutines.SnmpEngineCounters
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.SnmpMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.AnyPdu
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.coroutines.agent.internal.EngineIdentity
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.LocalizedKeys
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.RemoteEngine
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmCrypto
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.asExecutor
import java.net.InetSocketAddress
import java.util.concurrent.Executor

/**
 * The state of one engine that only its event loop touches: sockets, the request tables (by
 * request-id for v1/v2c, by msgID for v3), the remote engines learned by discovery, discoveries
 * in progress, localized keys and those being computed, and the list of live requests.
 * Incoming datagrams are decoded here and handed to whatever waits on their id.
 */
internal class EngineCore(
    val loop: EventLoop,
    receiveBufferSize: Int?,
    sender: DatagramSender,
    crypto: UsmCrypto,
    val keyCache: KeyCache,
    private val trace: PacketTraceListener?,
    private val dropped: DroppedMessageListener?,
    val counters: SnmpEngineCounters,
    identity: EngineIdentity,
    private val blockingExecutor: Executor = Dispatchers.IO.asExecutor(),
    private val computeExecutor: Executor = Dispatchers.Default.asExecutor(),
) : DatagramHandler {
    val transport = UdpTransport(loop, receiveBufferSize, sender, this)
    val usm = Usm(crypto, EngineRandom.secureRandom())
    private val random = BufferedRandom(EngineRandom.secureRandom())
    val requestIds = IdAllocator(random)
    val msgIds = IdAllocator(random)
    val byRequestId = IntHashMap<PendingRequest>()
    val byMsgId = IntHashMap<V3Receiver>()
    val remoteEngines = HashMap<InetSocketAddress, RemoteEngine>()
    /** The msgMaxSize each SNMPv3 agent announced: the largest message it accepts. */
    val remoteMaxSizes = HashMap<InetSocketAddress, Int>()
    private val discoveries = HashMap<InetSocketAddress, Discovery>()
    private val localized = object : LinkedHashMap<KeyRef, LocalizedKeys>(16, 0.75f, true) {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<KeyRef, LocalizedKeys>?): Boolean = size > LOCALIZED_BOUND
    }
    private val localizing = HashMap<KeyRef, ArrayList<KeyWaiter>>()
    private val writer = BerWriter(512)
    /** Decodes every received datagram; a message is decoded completely before anything acts on it. */
    private val reader = BerReader(EMPTY, 0, 0)
    private var liveHead: PendingRequest? = null
    private val startNanos = loop.nanoTime()

    /**
     * This engine as an authoritative SNMPv3 engine: the sender of its own traps (RFC 3414
     * §1.5.2) and, sharing the identity, the agent and notification receiver on it.
     */
    val local: LocalEngine = LocalEngine(identity.engineId, identity.boots, nowMillis())

    /** sysUpTime of this engine: hundredths of a second since it started, modulo 2^32. */
    fun uptimeTicks(): Long = ((loop.nanoTime() - startNanos) / 10_000_000) and 0xffff_ffffL

    /** Set on the loop thread when the engine closes; requests started after that fail at once. */
    @Volatile
    var closed: Boolean = false
        private set

    init {
        loop.execute { loop.onClose { closeAll() } }
    }

    fun nowMillis(): Long = loop.nanoTime() / 1_000_000

    // ---- live requests -------------------------------------------------------------------

    fun link(request: PendingRequest) {
        request.linked = true
        request.nextLive = liveHead
        liveHead?.previousLive = request
        liveHead = request
        counters.requestsValue++
        counters.pendingValue++
    }

    fun unlink(request: PendingRequest) {
        if (!request.linked) return
        request.linked = false
        val previous = request.previousLive
        val next = request.nextLive
        if (previous == null) liveHead = next else previous.nextLive = next
        next?.previousLive = previous
        request.previousLive = null
        request.nextLive = null
        counters.pendingValue--
    }

    /** Requests started and not yet ended; loop thread only. */
    val liveCount: Int get() = counters.pendingValue

    private fun closeAll() {
        closed = true
        while (true) {
            val request = liveHead ?: break
            request.fail(SnmpClosedException(), countAsFailure = true)
            if (liveHead === request) unlink(request) // fail() unlinks; never loop forever
        }
    }

    /** Runs a caller's completion; a completion that throws must not break the loop. */
    inline fun complete(block: () -> Unit) {
        try {
            block()
        } catch (e: Throwable) {
            if (e is VirtualMachineError) throw e
        }
    }

    // ---- address resolution, discovery, keys ------------------------------------------------

    /** Resolves [target]'s host name off the loop (it may block), then calls [then] on the loop. */
    fun resolve(target: TargetAddress, then: (Result<InetSocketAddress>) -> Unit) {
        blockingExecutor.execute {
            val outcome = runCatching { target.resolveBlocking() }
            loop.execute { then(outcome) }
        }
    }

    fun joinDiscovery(request: PendingRequest, socket: UdpSocket) {
        val discovery = discoveries.getOrPut(request.target) {
            Discovery(this, request.target, socket, request.spec.refreshNanos, request.spec.checkSource)
        }
        discovery.join(request)
    }

    fun leaveDiscovery(request: PendingRequest) {
        discoveries[request.target]?.leave(request)
    }

    fun discoveryEnded(target: InetSocketAddress, discovery: Discovery) {
        if (discoveries[target] === discovery) discoveries.remove(target)
    }

    fun keysOrNull(user: UsmUser, engineId: ByteArray): LocalizedKeys? = localized[KeyRef(user, engineId)]

    /**
     * Derives [users]' master keys, and their keys localized to [engineIds] and to every agent
     * engine already known, off the loop; the localized ones join the loop's table, so requests
     * find them ready. Loop thread only; [done] is called on the loop.
     */
    fun prepareKeys(users: List<UsmUser>, engineIds: List<ByteArray>, done: (Throwable?) -> Unit) {
        val engines = (engineIds + remoteEngines.values.map { it.engineId() }).distinctBy { it.toList() }
        computeExecutor.execute {
            val outcome = runCatching {
                for (user in users) {
                    val auth = user.authProtocolOrNull() ?: continue
                    for (secret in listOfNotNull(user.authSecretOrNull(), user.privSecretOrNull())) {
                        if (secret.kind() == io.ksnmp.usm.UsmSecret.Kind.PASSWORD) keyCache.masterKey(auth, secret)
                    }
                }
                users.filter { it.authProtocolOrNull() != null }.flatMap { user ->
                    engines.mapNotNull { id -> runCatching { KeyRef(user, id) to keyCache.localizedKeys(user, id) }.getOrNull() }
                }
            }
            loop.execute {
                outcome.onSuccess { prepared -> for ((ref, keys) in prepared) localized[ref] = keys }
                done(outcome.exceptionOrNull())
            }
        }
    }

    /**
     * Localizes the user's keys off the loop (password-to-key hashes a megabyte), then gives them
     * to every waiter on that (user, engine) pair, on the loop.
     */
    fun localize(user: UsmUser, engineId: ByteArray, waiter: KeyWaiter) {
        val ref = KeyRef(user, engineId)
        waiter.awaitedKeys = ref
        val waiting = localizing[ref]
        if (waiting != null) {
            waiting.add(waiter)
            return
        }
        localizing[ref] = arrayListOf(waiter)
        computeExecutor.execute {
            val outcome = runCatching { keyCache.localizedKeys(user, engineId) }
            loop.execute {
                val waiters = localizing.remove(ref) ?: return@execute
                outcome.fold(
                    onSuccess = { keys ->
                        localized[ref] = keys
                        for (w in waiters) {
                            w.awaitedKeys = null
                            w.onKeys(keys)
                        }
                    },
                    onFailure = { e ->
                        for (w in waiters) {
                            w.awaitedKeys = null
                            w.onKeysFailed(e)
                        }
                    },
                )
            }
        }
    }

    fun leaveLocalizing(waiter: KeyWaiter) {
        val ref = waiter.awaitedKeys ?: return
        waiter.awaitedKeys = null
        localizing[ref]?.remove(waiter)
    }

    // ---- sending -----------------------------------------------------------------------

    /** @return false, sending nothing, if the message is larger than a UDP datagram can be */
    fun sendCommunity(
        socket: UdpSocket,
        target: InetSocketAddress,
        version: SnmpVersion,
        community: ByteArray,
        pdu: AnyPdu,
        maxSize: Int = MSG_MAX_SIZE,
    ): Boolean {
        val w = writer
        w.reset()
        MessageCodec.writeCommunity(w, version, community, pdu)
        return transmit(socket, target, null, maxSize)
    }

    /**
     * Sends an SNMPv3 message whose authoritative engine is [authoritativeId] at [boots] and
     * [time]: the agent's for a request or an inform, this engine's own for a trap.
     */
    fun sendV3(
        socket: UdpSocket,
        target: InetSocketAddress,
        msgId: Int,
        level: SecurityLevel,
        user: UsmUser,
        keys: LocalizedKeys?,
        authoritativeId: ByteArray,
        boots: Int,
        time: Int,
        contextEngineId: ByteArray,
        contextName: ByteArray,
        pdu: Pdu,
        maxSize: Int = MSG_MAX_SIZE,
    ): Boolean {
        val scoped = ScopedPdu.of(contextEngineId, contextName, pdu)
        val reportable = pdu.type() != PduType.TRAP_V2
        val params = OutgoingParameters(
            msgId, maxSize, reportable, level, user.name(), if (level.isAuth) keys else null, authoritativeId, boots, time,
        )
        usm.secure(writer, params, scoped)
        return transmit(socket, target, scoped, minOf(maxSize, remoteMaxSizes[target] ?: MSG_MAX_SIZE))
    }

    fun sendDiscoveryProbe(socket: UdpSocket, target: InetSocketAddress, msgId: Int, maxSize: Int = MSG_MAX_SIZE) {
        val scoped = ScopedPdu.of(EMPTY, EMPTY, Pdu.get(0, io.ksnmp.smi.VarBindList.empty()))
        usm.secure(writer, OutgoingParameters.discovery(msgId, maxSize), scoped)
        transmit(socket, target, scoped, MSG_MAX_SIZE)
    }

    /** Sends what the writer holds, unless it exceeds [limit] octets; returns whether it went. */
    private fun transmit(socket: UdpSocket, target: InetSocketAddress, scoped: ScopedPdu?, limit: Int): Boolean {
        val w = writer
        if (w.size() > limit) return false
        trace?.let { listener ->
            val copy = w.toByteArray()
            emit(listener, PacketDirection.OUT, target, socket, copy, scoped)
        }
        // Counted first: a peer's answer, and so anything that follows from it, never comes before the count.
        counters.sentValue++
        socket.send(w.array(), w.offset(), w.size(), target)
        return true
    }

    // ---- receiving ---------------------------------------------------------------------

    override fun onDatagram(bytes: ByteArray, length: Int, source: InetSocketAddress, local: UdpSocket) {
        counters.receivedValue++
        val message = try {
            MessageCodec.decode(reader.reset(bytes, 0, length))
        } catch (e: BerDecodingException) {
            traceIn(bytes, length, source, local, null, null)
            drop(DropReason.MALFORMED, source, length, cause = e)
            return
        }
        when (message) {
            is CommunityMessage -> {
                traceIn(bytes, length, source, local, message, null)
                val pdu = message.pdu()
                if (pdu !is Pdu || pdu.type() != PduType.RESPONSE) {
                    drop(DropReason.UNEXPECTED_PDU, source, length)
                    return
                }
                val request = byRequestId[pdu.requestId()]
                if (request == null) {
                    drop(DropReason.UNKNOWN_REQUEST, source, length)
                    return
                }
                request.onCommunityResponse(message, pdu, source, length)
            }
            is V3Message -> {
                val receiver = byMsgId[message.msgId()]
                if (receiver == null) {
                    traceIn(bytes, length, source, local, message, null)
                    drop(DropReason.UNKNOWN_REQUEST, source, length)
                    return
                }
                receiver.onV3Message(bytes, length, message, source, local)
            }
        }
    }

    fun traceIn(bytes: ByteArray, length: Int, source: InetSocketAddress, local: UdpSocket, message: SnmpMessage?, scoped: ScopedPdu?) {
        val listener = trace ?: return
        emit(listener, PacketDirection.IN, source, local, bytes.copyOf(length), scoped, message)
    }

    /** Shows an outgoing datagram to the packet trace, if there is one (the agent's responses and reports). */
    fun traceOut(socket: UdpSocket, target: InetSocketAddress, bytes: ByteArray, offset: Int, length: Int, scoped: ScopedPdu?) {
        val listener = trace ?: return
        emit(listener, PacketDirection.OUT, target, socket, bytes.copyOfRange(offset, offset + length), scoped)
    }

    /** Every traced datagram passes here: [redactForTrace] masks its community or withholds it, whichever way it went. */
    private fun emit(
        listener: PacketTraceListener,
        direction: PacketDirection,
        peer: InetSocketAddress,
        socket: UdpSocket,
        copy: ByteArray,
        scoped: ScopedPdu?,
        decoded: SnmpMessage? = null,
    ) {
        val length = copy.size
        val traced = redactForTrace(copy)
        val message = if (decoded != null) maskedForTrace(decoded) else decodeOrNull(traced.bytes)
        val event = PacketEvent.create(
            direction, peer, socket.localAddress, length, traced.bytes, traced.withheld,
            message, scoped ?: (message as? V3Message)?.scopedPduOrNull(),
        )
        try {
            listener.onPacket(event)
        } catch (e: Exception) {
            // a listener's failure is its own
        }
    }

    private fun decodeOrNull(bytes: ByteArray): SnmpMessage? = try {
        MessageCodec.decode(bytes, 0, bytes.size)
    } catch (e: BerDecodingException) {
        null
    }

    fun drop(reason: DropReason, source: InetSocketAddress, length: Int, usmFailure: io.ksnmp.usm.UsmFailure? = null, cause: Throwable? = null) {
        counters.countDrop(reason)
        val listener = dropped
        if (listener == null && !events.listening) return
        val message = DroppedMessage.create(reason, source, length, usmFailure, cause)
        if (listener != null) {
            try {
                listener.onDropped(message)
            } catch (e: Exception) {
                // a listener's failure is its own
            }
        }
        if (events.listening) events.dropped(message)
    }

    /** Who hears the engine's events. */
    val events: EngineEvents = EngineEvents(loop)



    companion object {
        /** What this engine accepts: the largest UDP payload over IPv4. */
        const val MSG_MAX_SIZE: Int = 65_507
        private const val LOCALIZED_BOUND = 10_000
        private val EMPTY = ByteArray(0)
    }
}
