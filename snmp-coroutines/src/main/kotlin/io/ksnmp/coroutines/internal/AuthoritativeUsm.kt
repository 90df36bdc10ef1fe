package io.ksnmp.coroutines.internal

import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.DropReason
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.Pdu
import io.ksnmp.message.ScopedPdu
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmReports
import java.net.InetSocketAddress

/**
 * USM as the authoritative engine of the messages sent to it, for the agent (requests) and the
 * notification receiver (informs) alike: checks each message (RFC 3414 §3.2, timeliness against
 * [local]'s own clock), sends the Report RFC 3414 asks for when a check fails (discovery probes
 * included: they fail as unknownEngineID), and frames the answers to accepted messages.
 */
internal class AuthoritativeUsm(
    private val engine: EngineCore,
    /** This engine: engine ID, boots and time. */
    val local: LocalEngine,
    private val users: UserLookup,
) {
    val usm: Usm = Usm(engine.keyCache.crypto(), EngineRandom.secureRandom())
    private val engineId = local.engineId()

    /**
     * Checks a message sent to [local]. A rejected one is traced, dropped with its USM failure and
     * reported if RFC 3414 asks for a Report ([rejected] is told the failure and whether a Report was sent, on the
     * [writer]'s bytes, through [socket]).
     *
     * @return the accepted message, or null if USM rejected it
     */
    inline fun accept(
        bytes: ByteArray,
        length: Int,
        message: V3Message,
        source: InetSocketAddress,
        socket: UdpSocket,
        writer: BerWriter,
        maxMessageSize: Int,
        rejected: (failure: io.ksnmp.usm.UsmFailure, reported: Boolean) -> Unit,
    ): UsmIncoming.Accepted? {
        val now = engine.nowMillis()
        return when (val result = usm.unsecureAsAuthoritative(bytes, 0, length, message, local, users, now)) {
            is UsmIncoming.Accepted -> result
            is UsmIncoming.Rejected -> {
                engine.traceIn(bytes, length, source, socket, message, null)
                engine.drop(DropReason.SECURITY_CHECK_FAILED, source, length, usmFailure = result.failure())
                val reported = UsmReports.write(usm, writer, local, result, maxMessageSize, now)
                if (reported) {
                    engine.traceOut(socket, source, writer.array(), writer.offset(), writer.size(), null)
                    socket.send(writer.array(), writer.offset(), writer.size(), source)
                    if (result.failure() == io.ksnmp.usm.UsmFailure.UNKNOWN_ENGINE_ID && engine.events.listening) {
                        engine.events.emit(io.ksnmp.coroutines.SnmpEvent.ProbeAnswered.create(source))
                    }
                }
                rejected(result.failure(), reported)
                null
            }
        }
    }

    /**
     * Writes the answer to an accepted message into [writer]: same msgID, user, level and keys,
     * not reportable, this engine authoritative, [pdu] in the message's context name and
     * [contextEngineId] (the agent's own; an inform's, echoed).
     *
     * @return the message's size in octets
     */
    fun frame(writer: BerWriter, message: V3Message, accepted: UsmIncoming.Accepted, maxMessageSize: Int, contextEngineId: ByteArray, pdu: Pdu): Int {
        val level = accepted.level()
        return usm.secure(
            writer,
            OutgoingParameters(
                message.msgId(), maxMessageSize, false, level, accepted.parameters().userName(), if (level.isAuth) accepted.keysOrNull() else null,
                engineId, local.boots(), local.engineTime(engine.nowMillis()),
            ),
            ScopedPdu.of(contextEngineId, accepted.scopedPdu().contextName(), pdu),
        )
    }
}
