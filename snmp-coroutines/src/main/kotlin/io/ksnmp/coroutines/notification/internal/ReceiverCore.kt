package io.ksnmp.coroutines.notification.internal

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerTag
import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.internal.AuthoritativeUsm
import io.ksnmp.coroutines.internal.DatagramHandler
import io.ksnmp.coroutines.internal.EngineCore
import io.ksnmp.coroutines.internal.SendFailure
import io.ksnmp.coroutines.internal.UdpSocket
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.coroutines.notification.NotificationReceiverCounters
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.MsgFlags
import io.ksnmp.message.SnmpMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.notification.MalformedNotificationException
import io.ksnmp.notification.UntranslatableNotificationException
import io.ksnmp.notification.V2Notification
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.LocalizedKeys
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmSecurityParameters
import java.net.InetSocketAddress

/**
 * The notification receiver on the engine's event loop: decodes each datagram of its sockets,
 * checks community or USM, acknowledges informs (RFC 3416 §4.2.7), delivers each notification
 * once to its sink, and drops (counted, and told to the engine's dropped-message listener)
 * whatever it cannot accept. SNMPv3 traps go through [TrapSenders] (this engine not
 * authoritative); informs and discovery probes through the [AuthoritativeUsm] the agent uses.
 */
internal class ReceiverCore(
    private val engine: EngineCore,
    private val options: NotificationReceiverOptions,
    local: LocalEngine,
    /** Keys of the users that may send informs, by name (ISO-8859-1 of the octets), localized to [local]. */
    private val informUsers: Map<String, LocalizedKeys>,
    private val senders: TrapSenders,
    private val sink: NotificationSink,
    val counters: NotificationReceiverCounters,
) : DatagramHandler {
    private val communities = options.communities.map { it.toByteArray(Charsets.UTF_8) }
    private val authoritative = AuthoritativeUsm(engine, local, UserLookup { _, name -> informUsers[String(name, Charsets.ISO_8859_1)] })
    private val localEngineId = local.engineId()
    private val reader = BerReader(ByteArray(0), 0, 0)
    private val writer = BerWriter(1024)
    private val informs = InformDeduplicator(DEDUPLICATION_WINDOW)

    override fun onDatagram(bytes: ByteArray, length: Int, source: InetSocketAddress, local: UdpSocket) {
        val message = try {
            MessageCodec.decode(reader.reset(bytes, 0, length))
        } catch (e: BerDecodingException) {
            counters.receivedValue++
            engine.traceIn(bytes, length, source, local, null, null)
            return drop(DropReason.MALFORMED, source, length, cause = e)
        }
        onMessage(bytes, length, message, source, local)
    }

    /** A datagram already decoded (by this receiver, or by the agent whose socket it shares). */
    fun onMessage(bytes: ByteArray, length: Int, message: SnmpMessage, source: InetSocketAddress, local: UdpSocket) {
        counters.receivedValue++
        if (message.version() !in options.versions) {
            engine.traceIn(bytes, length, source, local, message, null)
            return drop(DropReason.WRONG_VERSION, source, length)
        }
        when (message) {
            is CommunityMessage -> onCommunity(bytes, length, message, source, local)
            is V3Message -> {
                val sender = trapSenderOrNull(bytes, message)
                if (sender == null) onInform(bytes, length, message, source, local) else onV3Trap(bytes, length, message, sender, source, local)
            }
        }
    }

    private fun onCommunity(bytes: ByteArray, length: Int, message: CommunityMessage, source: InetSocketAddress, socket: UdpSocket) {
        engine.traceIn(bytes, length, source, socket, message, null)
        if (!options.acceptAnyCommunity && communities.none { message.hasCommunity(it) }) return drop(DropReason.WRONG_COMMUNITY, source, length)
        val version = message.version()
        val community = message.community()
        val any = message.pdu()
        if (any is TrapV1Pdu) {
            if (version != SnmpVersion.V1) return drop(DropReason.UNEXPECTED_PDU, source, length)
            val v2 = translated(any, source, length) ?: return
            return deliver(source, length, Notification.create(version, source, false, 0, v2.upTime(), v2.trapOid(), v2.varBinds(), any, community, null,
                SecurityLevel.NO_AUTH_NO_PRIV, null, null, null))
        }
        val pdu = any as Pdu
        val inform = pdu.type() == PduType.INFORM
        if ((pdu.type() != PduType.TRAP_V2 && !inform) || version == SnmpVersion.V1) return drop(DropReason.UNEXPECTED_PDU, source, length)
        val v2 = parsed(pdu, source, length) ?: return
        val notification = Notification.create(version, source, inform, pdu.requestId(), v2.upTime(), v2.trapOid(), v2.varBinds(), null, community, null,
            SecurityLevel.NO_AUTH_NO_PRIV, null, null, null)
        if (!inform) return deliver(source, length, notification)
        deliverInform(source, socket, length, pdu, notification, community) {
            if (pdu.errorStatus().code() == 0 && pdu.errorIndex() == 0) {
                // The acknowledgement is the inform with the Response tag (RFC 3416 §4.2.7: same
                // version, community, request-id and bindings, error-status and -index 0): sent
                // from the received octets, nothing encoded again.
                bytes[pduOffset(bytes, length)] = PduType.RESPONSE.tag().toByte()
                ack(bytes, length)
            } else {
                writer.reset()
                MessageCodec.writeCommunity(writer, version, community, Pdu.response(pdu.requestId(), ErrorStatus.NO_ERROR, 0, pdu.varBinds()))
                ack(writer.array(), writer.offset(), writer.size())
            }
        }
    }

    /**
     * The sender's engine ID if [message] is a trap from an engine authoritative for it; null if
     * this engine is the authoritative one (an inform, a discovery probe: reportable, whatever the
     * engine ID) or the security parameters do not decode (USM rejects them there, as a parse error).
     */
    private fun trapSenderOrNull(bytes: ByteArray, message: V3Message): ByteArray? {
        if (MsgFlags.isReportable(message.msgFlags())) return null
        return securityParameters(bytes, message)?.engineId()?.takeUnless { it.contentEquals(localEngineId) }
    }

    private fun securityParameters(bytes: ByteArray, message: V3Message): UsmSecurityParameters? = try {
        if (message.securityParametersOffset() >= 0) {
            UsmSecurityParameters.decode(bytes, message.securityParametersOffset(), message.securityParametersLength())
        } else {
            UsmSecurityParameters.decode(message.securityParameters())
        }
    } catch (e: BerDecodingException) {
        null
    }

    /**
     * For a receiver sharing an agent's socket: whether a datagram is this receiver's rather than
     * the agent's. v1/v2c traps and informs, SNMPv3 traps (another engine authoritative) and
     * SNMPv3 messages to this engine from a user only the receiver knows are; the rest (requests,
     * discovery probes) are the agent's; the agent decodes each datagram once, for both.
     */
    fun claims(bytes: ByteArray, message: SnmpMessage, agentKnowsUser: (String) -> Boolean): Boolean {
        return when (message) {
            is CommunityMessage -> message.pdu().let { it is TrapV1Pdu || (it as Pdu).type() == PduType.TRAP_V2 || it.type() == PduType.INFORM }
            is V3Message -> {
                val params = securityParameters(bytes, message) ?: return false
                val toThisEngine = params.engineId().contentEquals(localEngineId)
                if (!toThisEngine) return !MsgFlags.isReportable(message.msgFlags()) && params.engineId().isNotEmpty()
                val name = String(params.userName(), Charsets.ISO_8859_1)
                informUsers.containsKey(name) && !agentKnowsUser(name)
            }
        }
    }

    private fun onInform(bytes: ByteArray, length: Int, message: V3Message, source: InetSocketAddress, socket: UdpSocket) {
        val accepted = authoritative.accept(bytes, length, message, source, socket, writer, options.maxMessageSize) { failure, reported ->
            if (reported) counters.reportsValue++
            if (reported && failure == UsmFailure.UNKNOWN_ENGINE_ID) counters.discoveryProbesValue++ else counters.droppedValue++
        } ?: return
        val scoped = accepted.scopedPdu()
        engine.traceIn(bytes, length, source, socket, message, scoped)
        val pdu = scoped.pdu()
        if (pdu.type() != PduType.INFORM) return drop(DropReason.UNEXPECTED_PDU, source, length)
        val v2 = parsed(pdu, source, length) ?: return
        val user = accepted.parameters().userName()
        val notification = Notification.create(SnmpVersion.V3, source, true, pdu.requestId(), v2.upTime(), v2.trapOid(), v2.varBinds(), null, null,
            String(user, Charsets.UTF_8), accepted.level(), scoped.contextEngineId(), scoped.contextEngineId(), String(scoped.contextName(), Charsets.UTF_8))
        deliverInform(source, socket, length, pdu, notification, user) {
            authoritative.frame(writer, message, accepted, options.maxMessageSize, scoped.contextEngineId(),
                Pdu.response(pdu.requestId(), ErrorStatus.NO_ERROR, 0, pdu.varBinds()))
            ack(writer.array(), writer.offset(), writer.size())
        }
    }

    private fun onV3Trap(bytes: ByteArray, length: Int, message: V3Message, sender: ByteArray, source: InetSocketAddress, socket: UdpSocket) {
        when (val outcome = senders.unsecure(bytes, length, message, sender)) {
            is TrapSenders.Outcome.Rejected -> {
                engine.traceIn(bytes, length, source, socket, message, null)
                counters.droppedValue++
                engine.drop(DropReason.SECURITY_CHECK_FAILED, source, length, usmFailure = outcome.failure)
            }
            is TrapSenders.Outcome.NeedsKeys -> {
                if (counters.waitingForKeysValue >= MAX_WAITING_FOR_KEYS) return drop(DropReason.BUFFER_FULL, source, length)
                counters.waitingForKeysValue++
                val copy = bytes.copyOf(length)
                senders.localize(outcome) { ready ->
                    counters.waitingForKeysValue--
                    if (engine.closed) return@localize
                    if (ready) {
                        val again = try {
                            MessageCodec.decode(reader.reset(copy, 0, copy.size)) as V3Message
                        } catch (e: BerDecodingException) {
                            return@localize drop(DropReason.MALFORMED, source, length, cause = e)
                        }
                        onV3Trap(copy, copy.size, again, sender, source, socket)
                    } else {
                        counters.droppedValue++
                        engine.drop(DropReason.SECURITY_CHECK_FAILED, source, length, usmFailure = UsmFailure.UNKNOWN_USER_NAME)
                    }
                }
            }
            is TrapSenders.Outcome.Accepted -> onAcceptedTrap(bytes, length, message, outcome.accepted, source, socket)
        }
    }

    private fun onAcceptedTrap(bytes: ByteArray, length: Int, message: V3Message, accepted: UsmIncoming.Accepted, source: InetSocketAddress, socket: UdpSocket) {
        val scoped = accepted.scopedPdu()
        engine.traceIn(bytes, length, source, socket, message, scoped)
        val pdu = scoped.pdu()
        if (pdu.type() != PduType.TRAP_V2) return drop(DropReason.UNEXPECTED_PDU, source, length)
        val v2 = parsed(pdu, source, length) ?: return
        val params = accepted.parameters()
        deliver(source, length, Notification.create(SnmpVersion.V3, source, false, pdu.requestId(), v2.upTime(), v2.trapOid(), v2.varBinds(), null, null,
            String(params.userName(), Charsets.UTF_8), accepted.level(), params.engineId(), scoped.contextEngineId(), String(scoped.contextName(), Charsets.UTF_8)))
    }

    /** Counts, then hands over (a listener sees counters that include what it is given); a full buffer drops it. */
    private fun deliver(source: InetSocketAddress, length: Int, notification: Notification) {
        if (sink is NotificationSink.Buffered && !sink.offer(notification)) return drop(DropReason.BUFFER_FULL, source, length)
        counters.deliveredValue++
        counters.trapsValue++
        if (sink !is NotificationSink.Buffered) sink.offer(notification)
    }

    /**
     * Acknowledges an inform ([acknowledge] sends the Response through the `ack` it is given) and
     * delivers it, once: a resent one is acknowledged again and dropped as a duplicate; one that
     * finds the buffer full is dropped unacknowledged, so that its sender sends it again.
     */
    private inline fun deliverInform(
        source: InetSocketAddress,
        socket: UdpSocket,
        length: Int,
        pdu: Pdu,
        notification: Notification,
        security: ByteArray,
        acknowledge: Acknowledgement.() -> Unit,
    ) {
        val duplicate = informs.wasDelivered(source, pdu.requestId(), security)
        if (!duplicate && sink is NotificationSink.Buffered && !sink.offer(notification)) return drop(DropReason.BUFFER_FULL, source, length)
        Acknowledgement(socket, source).acknowledge()
        if (duplicate) {
            counters.duplicatesValue++
            return drop(DropReason.DUPLICATE, source, length)
        }
        informs.delivered(source, pdu.requestId(), security)
        counters.deliveredValue++
        counters.informsValue++
        if (sink !is NotificationSink.Buffered) sink.offer(notification)
    }

    /** Where an inform's Response goes. */
    private inner class Acknowledgement(private val socket: UdpSocket, private val target: InetSocketAddress) {
        fun ack(bytes: ByteArray, length: Int) = ack(bytes, 0, length)

        fun ack(bytes: ByteArray, offset: Int, length: Int) {
            engine.traceOut(socket, target, bytes, offset, length, null)
            if (socket.send(bytes, offset, length, target, ackNotSent)) counters.acknowledgedValue++ else counters.sendFailedValue++
        }
    }

    /** An acknowledgement counted when queued for a batched send that then failed: counted as failed instead. */
    private val ackNotSent = SendFailure {
        counters.acknowledgedValue--
        counters.sendFailedValue++
    }

    /** Where the PDU of a community message (already decoded, so well formed) starts: after its version and community. */
    private fun pduOffset(bytes: ByteArray, length: Int): Int {
        val r = reader.reset(bytes, 0, length)
        r.enter(BerTag.SEQUENCE)
        r.skipValue()
        r.skipValue()
        return r.arrayIndex()
    }

    /** The SNMPv2 form of an SNMPv2-Trap's or inform's bindings, or null (dropped as malformed) if they do not start as RFC 3416 says. */
    private fun parsed(pdu: Pdu, source: InetSocketAddress, length: Int): V2Notification? = try {
        V2Notification.parse(pdu.varBinds())
    } catch (e: MalformedNotificationException) {
        drop(DropReason.MALFORMED, source, length, cause = e)
        null
    }

    /** An SNMPv1 trap in the SNMPv2 form (RFC 3584 §3.1), or null (dropped as malformed) if it has no such form. */
    private fun translated(trap: TrapV1Pdu, source: InetSocketAddress, length: Int): V2Notification? = try {
        V2Notification.fromTrapV1(trap)
    } catch (e: UntranslatableNotificationException) {
        drop(DropReason.MALFORMED, source, length, cause = e)
        null
    }

    private fun drop(reason: DropReason, source: InetSocketAddress, length: Int, cause: Throwable? = null) {
        counters.droppedValue++
        if (reason == DropReason.BUFFER_FULL) counters.bufferFullValue++
        engine.drop(reason, source, length, cause = cause)
    }

    companion object {
        /** How many delivered informs are remembered to recognise a resent one. */
        const val DEDUPLICATION_WINDOW: Int = 65_536

        /** How many SNMPv3 traps may wait for keys being localized for new sender engines. */
        const val MAX_WAITING_FOR_KEYS: Int = 4_096
    }
}
