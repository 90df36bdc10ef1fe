package io.ksnmp.coroutines.agent.internal

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.AgentCounters
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.internal.AuthoritativeUsm
import io.ksnmp.coroutines.internal.DatagramHandler
import io.ksnmp.coroutines.internal.EngineCore
import io.ksnmp.coroutines.internal.SendFailure
import io.ksnmp.coroutines.internal.UdpSocket
import io.ksnmp.coroutines.notification.internal.ReceiverCore
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.LocalizedKeys
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmStats
import java.net.InetSocketAddress
import java.util.concurrent.ConcurrentHashMap

/** A user as the agent serves it: its access and its keys, localized to the agent's engine. */
internal class ServedUser(val agentUser: AgentUser, val keys: LocalizedKeys)

/**
 * The command responder of one agent: receives every datagram of the agent's socket on the
 * engine's event loop, decodes it, checks community or USM, answers from the registry and sends
 * the Response (or the USM Report). What it drops it counts and shows to the engine's
 * dropped-message listener; what it receives and sends goes to the engine's packet trace.
 */
internal class AgentCore(
    private val engine: EngineCore,
    mib: MibRegistry,
    private val options: AgentOptions,
    val local: LocalEngine,
    val counters: AgentCounters,
) : DatagramHandler {
    /** Users by name (ISO-8859-1 of the name's octets: one char per octet). */
    val users = ConcurrentHashMap<String, ServedUser>()
    lateinit var socket: UdpSocket
    private val engineId = local.engineId()
    private val readCommunity = options.readCommunityOrNull?.toByteArray(Charsets.UTF_8)
    private val writeCommunity = options.writeCommunityOrNull?.toByteArray(Charsets.UTF_8)
    private val processor = RequestProcessor(mib)
    private val reader = BerReader(ByteArray(0), 0, 0)
    private val writer = BerWriter(1024)
    private val authoritative = AuthoritativeUsm(engine, local, UserLookup { _, name -> users[String(name, Charsets.ISO_8859_1)]?.keys })

    /** A notification receiver sharing this agent's socket, if one was started on it. */
    @Volatile
    var notifications: ReceiverCore? = null

    override fun onDatagram(bytes: ByteArray, length: Int, source: InetSocketAddress, local: UdpSocket) {
        counters.receivedValue++
        val message = try {
            MessageCodec.decode(reader.reset(bytes, 0, length))
        } catch (e: BerDecodingException) {
            engine.traceIn(bytes, length, source, local, null, null)
            counters.malformedValue++
            engine.drop(DropReason.MALFORMED, source, length, cause = e)
            return
        }
        val receiver = notifications
        if (receiver != null && receiver.claims(bytes, message) { users.containsKey(it) }) return receiver.onMessage(bytes, length, message, source, local)
        if (message.version() !in options.versions) {
            engine.traceIn(bytes, length, source, local, message, null)
            counters.badVersionValue++
            engine.drop(DropReason.WRONG_VERSION, source, length)
            return
        }
        when (message) {
            is CommunityMessage -> onCommunity(bytes, length, message, source)
            is V3Message -> onV3(bytes, length, message, source)
        }
    }

    private fun onCommunity(bytes: ByteArray, length: Int, message: CommunityMessage, source: InetSocketAddress) {
        engine.traceIn(bytes, length, source, socket, message, null)
        val write = writeCommunity != null && message.hasCommunity(writeCommunity)
        if (!write && (readCommunity == null || !message.hasCommunity(readCommunity))) {
            // As Net-SNMP: no answer at all for an unknown community.
            counters.badCommunityValue++
            engine.drop(DropReason.WRONG_COMMUNITY, source, length)
            return
        }
        val pdu = message.pdu() as? Pdu
        if (pdu == null || !isRequest(pdu.type())) {
            counters.unexpectedPduValue++
            engine.drop(DropReason.UNEXPECTED_PDU, source, length)
            return
        }
        val version = message.version()
        val community = message.community()
        respond(pdu, version == SnmpVersion.V1, write, options.maxMessageSize, source) { response ->
            val w = writer
            w.reset()
            MessageCodec.writeCommunity(w, version, community, response)
            w.size()
        }
    }

    private fun onV3(bytes: ByteArray, length: Int, message: V3Message, source: InetSocketAddress) {
        val accepted = authoritative.accept(bytes, length, message, source, socket, writer, options.maxMessageSize) { _, reported ->
            counters.usmRejectedValue++
            if (reported) counters.reportsValue++
        } ?: return
        onAccepted(bytes, length, message, accepted, source)
    }

    private fun onAccepted(bytes: ByteArray, length: Int, message: V3Message, accepted: UsmIncoming.Accepted, source: InetSocketAddress) {
        val scoped = accepted.scopedPdu()
        engine.traceIn(bytes, length, source, socket, message, scoped)
        val pdu = scoped.pdu()
        if (!isRequest(pdu.type())) {
            counters.unexpectedPduValue++
            engine.drop(DropReason.UNEXPECTED_PDU, source, length)
            return
        }
        val level = accepted.level()
        val userName = accepted.parameters().userName()
        val contextName = scoped.contextName()
        fun frame(response: Pdu): Int = authoritative.frame(writer, message, accepted, options.maxMessageSize, engineId, response)
        val contextEngineId = scoped.contextEngineId()
        if ((contextEngineId.isNotEmpty() && !contextEngineId.contentEquals(engineId)) || contextName.isNotEmpty()) {
            // RFC 3413 §3.2: only the default context of this engine is served.
            counters.unknownContextValue++
            val counter = if (contextName.isNotEmpty()) UsmStats.UNKNOWN_CONTEXTS else UsmStats.UNKNOWN_PDU_HANDLERS
            val count = local.increment(counter)
            if (io.ksnmp.message.MsgFlags.isReportable(message.msgFlags())) {
                val report = Pdu.report(pdu.requestId(), VarBindList.of(VarBind.of(counter.oid(), Counter32.of(count and 0xffff_ffffL))))
                frame(report)
                sendWriter(source)
                counters.reportsValue++
            }
            return
        }
        val served = users[String(userName, Charsets.ISO_8859_1)]
        val limit = minOf(message.msgMaxSize(), options.maxMessageSize)
        if (served == null || level < served.agentUser.minLevel) {
            counters.authorizationErrorValue++
            val response = Pdu.response(pdu.requestId(), ErrorStatus.AUTHORIZATION_ERROR, 0, pdu.varBinds())
            if (frame(response) > limit) frame(Pdu.response(pdu.requestId(), ErrorStatus.AUTHORIZATION_ERROR, 0, VarBindList.empty()))
            send(source)
            return
        }
        respond(pdu, false, served.agentUser.access == AgentAccess.READ_WRITE, limit, source) { frame(it) }
    }

    /**
     * Answers [request] and sends the Response, framed by [frame] (which writes the whole message
     * into the writer and returns its size) and no larger than [limit] octets: a get-bulk answer
     * is cut to fit, anything else that does not fit is answered tooBig.
     */
    private inline fun respond(request: Pdu, v1: Boolean, writable: Boolean, limit: Int, target: InetSocketAddress, frame: (Pdu) -> Int) {
        val id = request.requestId()
        val answer = when (request.type()) {
            PduType.GET -> {
                counters.getValue++
                processor.get(request, v1)
            }
            PduType.GET_NEXT -> {
                counters.getNextValue++
                processor.getNext(request, v1)
            }
            PduType.GET_BULK -> {
                counters.getBulkValue++
                val overhead = frame(Pdu.response(id, ErrorStatus.NO_ERROR, 0, VarBindList.empty()))
                processor.getBulk(request, limit - overhead - SIZE_SLACK)
            }
            else -> {
                counters.setValue++
                processor.set(request, v1, writable)
            }
        }
        var response = Pdu.response(id, answer.status, answer.index, answer.varBinds)
        var size = frame(response)
        if (size > limit) {
            if (request.type() == PduType.GET_BULK) {
                var kept = answer.varBinds.size
                while (size > limit && kept > 0) {
                    kept--
                    response = Pdu.response(id, answer.status, answer.index, VarBindList.copyOf(answer.varBinds.subList(0, kept)))
                    size = frame(response)
                }
            } else {
                counters.tooBigValue++
                // RFC 3416 §4.2.1: tooBig, index 0, no bindings (RFC 1157, v1: the request's bindings, if they fit).
                response = Pdu.response(id, ErrorStatus.TOO_BIG, 0, if (v1) request.varBinds() else VarBindList.empty())
                size = frame(response)
                if (size > limit) {
                    response = Pdu.response(id, ErrorStatus.TOO_BIG, 0, VarBindList.empty())
                    frame(response)
                }
            }
        }
        send(target)
    }

    private fun send(target: InetSocketAddress) {
        sendWriter(target)
        counters.responsesValue++
    }

    private fun sendWriter(target: InetSocketAddress) {
        val w = writer
        engine.traceOut(socket, target, w.array(), w.offset(), w.size(), null)
        if (!socket.send(w.array(), w.offset(), w.size(), target, responseNotSent)) counters.sendFailedValue++
    }

    /** A response queued for a batched send that then failed. */
    private val responseNotSent = SendFailure { counters.sendFailedValue++ }

    companion object {
        /** Room left for length octets that grow as bindings are added, and for block-cipher padding. */
        private const val SIZE_SLACK = 32

        fun isRequest(type: PduType): Boolean =
            type == PduType.GET || type == PduType.GET_NEXT || type == PduType.GET_BULK || type == PduType.SET
    }
}
