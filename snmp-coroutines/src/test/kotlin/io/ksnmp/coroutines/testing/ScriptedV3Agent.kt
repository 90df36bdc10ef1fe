package io.ksnmp.coroutines.testing

import io.ksnmp.ber.BerWriter
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmReports
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketException
import java.util.concurrent.atomic.AtomicInteger

/**
 * An SNMPv3 agent made of snmp-core's USM primitives, whose behaviour a test scripts: it
 * reports discovery and USM failures as RFC 3414 asks, and hands every accepted request to
 * [onRequest], which answers with [answer], [sendReport] or not at all.
 */
class ScriptedV3Agent(users: List<UsmUser>, engineId: ByteArray = "scripted-agent".toByteArray()) : AutoCloseable {
    private val socket = DatagramSocket(InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
    private val byName = users.associateBy { it.nameAsText() }
    private val keyCache = KeyCache(JceUsmCrypto.create(), 100, 1_000)
    private val usm = Usm(JceUsmCrypto.create())
    val engineId: ByteArray = byteArrayOf(0x80.toByte(), 0, 0, 0, 4) + engineId

    /** The agent's engine; replace it to simulate a restart. */
    @Volatile
    var engine: LocalEngine = LocalEngine(this.engineId, 1, System.currentTimeMillis())

    /** Requests USM accepted (discovery probes are rejected, not accepted). */
    val accepted = AtomicInteger()

    /** Datagrams received so far, whatever became of them. */
    val received = AtomicInteger()

    /** How many of the next datagrams to ignore, as if lost on the way. */
    val dropNext = AtomicInteger()

    /** Runs before the agent looks at each datagram it receives (to change its engine, say). */
    @Volatile
    var beforeEachMessage: (() -> Unit)? = null

    /** Changes every datagram the agent sends, just before it goes (to corrupt it on purpose). */
    @Volatile
    var tamper: ((ByteArray) -> Unit)? = null

    /** Makes a damaged copy of every datagram the agent sends, sent just before it (null: none). */
    @Volatile
    var damagedCopy: ((ByteArray) -> ByteArray?)? = null

    /** What to do with an accepted request; by default answer every name with Integer32 7. */
    @Volatile
    var onRequest: (Request) -> Unit = { r -> answer(r, echo(r)) }

    private val lookup = UserLookup { id, name -> byName[String(name, Charsets.UTF_8)]?.let { keyCache.localizedKeys(it, id) } }
    private val thread = Thread({ loop() }, "scripted-v3-agent").apply { isDaemon = true; start() }

    /** Where managers send to. */
    val address: InetSocketAddress get() = socket.localSocketAddress as InetSocketAddress

    /** One accepted request. */
    class Request(val message: V3Message, val accepted: UsmIncoming.Accepted, val from: InetSocketAddress) {
        val pdu: Pdu get() = accepted.scopedPdu().pdu()
    }

    private fun loop() {
        val buffer = ByteArray(65_535)
        while (!socket.isClosed) {
            val packet = DatagramPacket(buffer, buffer.size)
            try {
                socket.receive(packet)
            } catch (e: SocketException) {
                return
            }
            received.incrementAndGet()
            if (dropNext.getAndUpdate { if (it > 0) it - 1 else 0 } > 0) continue
            val bytes = buffer.copyOf(packet.length)
            beforeEachMessage?.invoke()
            val from = packet.socketAddress as InetSocketAddress
            val message = runCatching { MessageCodec.decode(bytes, 0, bytes.size) as V3Message }.getOrNull() ?: continue
            when (val result = usm.unsecureAsAuthoritative(bytes, 0, bytes.size, message, engine, lookup, System.currentTimeMillis())) {
                is UsmIncoming.Rejected -> {
                    val w = BerWriter()
                    if (UsmReports.write(usm, w, engine, result, 65_507, System.currentTimeMillis())) send(w, from)
                }
                is UsmIncoming.Accepted -> {
                    accepted.incrementAndGet()
                    onRequest(Request(message, result, from))
                }
            }
        }
    }

    /** The request's names, each with Integer32 [value]. */
    fun echo(r: Request, value: Int = 7): VarBindList =
        VarBindList.of(*r.pdu.varBinds().oids().map { VarBind.of(it, Integer32.of(value)) }.toTypedArray())

    /** Answers [r] with a Response at its level, for its user, with [varBinds]. */
    fun answer(r: Request, varBinds: VarBindList) {
        val scoped = r.accepted.scopedPdu()
        val response = ScopedPdu.of(scoped.contextEngineId(), scoped.contextName(), Pdu.response(scoped.pdu().requestId(), ErrorStatus.NO_ERROR, 0, varBinds))
        val w = BerWriter()
        usm.secure(
            w,
            OutgoingParameters(r.message.msgId(), 65_507, false, r.accepted.level(), r.accepted.parameters().userName(), r.accepted.keysOrNull(),
                engineId, engine.boots(), engine.engineTime(System.currentTimeMillis())),
            response,
        )
        send(w, r.from)
    }

    /**
     * Sends a Report naming [counter] for [msgId], unauthenticated (noAuthNoPriv, as anyone on the
     * path could forge it) or, when [keysOf] is given, authenticated with that request's keys.
     */
    fun sendReport(msgId: Int, counter: UsmStats, to: InetSocketAddress, keysOf: Request? = null) {
        val report = ScopedPdu.of(engineId, ByteArray(0), Pdu.report(0, VarBindList.of(VarBind.of(counter.oid(), Counter32.of(1)))))
        val w = BerWriter()
        val level = if (keysOf != null) SecurityLevel.AUTH_NO_PRIV else SecurityLevel.NO_AUTH_NO_PRIV
        usm.secure(
            w,
            OutgoingParameters(msgId, 65_507, false, level, keysOf?.accepted?.parameters()?.userName() ?: ByteArray(0), keysOf?.accepted?.keysOrNull(),
                engineId, engine.boots(), engine.engineTime(System.currentTimeMillis())),
            report,
        )
        send(w, to)
    }

    private fun send(w: BerWriter, to: InetSocketAddress) {
        val bytes = w.toByteArray()
        damagedCopy?.invoke(bytes)?.let { socket.send(DatagramPacket(it, it.size, to)) }
        tamper?.invoke(bytes)
        socket.send(DatagramPacket(bytes, bytes.size, to))
    }

    override fun close() {
        socket.close()
        thread.join(2_000)
    }
}
