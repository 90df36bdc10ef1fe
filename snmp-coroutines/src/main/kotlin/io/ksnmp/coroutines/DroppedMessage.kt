package io.ksnmp.coroutines

import io.ksnmp.usm.UsmFailure
import java.net.InetSocketAddress

/** Why an engine dropped a datagram it received. */
public enum class DropReason {
    /** Not a well-formed SNMP message. */
    MALFORMED,

    /** A response or report whose request-id or msgID no live request has (late, duplicate or forged). */
    UNKNOWN_REQUEST,

    /** A reply from an address or port the request was not sent to. */
    WRONG_SOURCE,

    /** A reply in another SNMP version than the request's, or a message to an agent in a version it does not serve. */
    WRONG_VERSION,

    /** A v1/v2c reply with another community than the request's, or a request to an agent with a community it does not know. */
    WRONG_COMMUNITY,

    /** A PDU type the engine has no use for here (a request sent to a manager's port, a response or trap sent to an agent). */
    UNEXPECTED_PDU,

    /** An SNMPv3 message USM refused; [DroppedMessage.usmFailureOrNull] says which check failed. */
    SECURITY_CHECK_FAILED,

    /** An SNMPv3 reply at another security level, for another user, engine or context than the request's. */
    WRONG_SECURITY_PARAMETERS,

    /** A notification received again (a resent inform: acknowledged again, delivered once). */
    DUPLICATE,

    /** A notification that found the receiver's buffer full (a collector slower than its senders), or too many waiting for keys. */
    BUFFER_FULL,
}

/**
 * A datagram an engine received and dropped, for a [DroppedMessageListener].
 *
 * It carries none of the datagram's octets, so no community or USM secret: its length, where
 * it came from and why it was dropped. A [causeOrNull] decoding error quotes no more than one
 * octet of the input (see `BerDecodingException`); a notification's error quotes the decoded
 * binding that is wrong, never the community. To see the datagram itself, with its community
 * masked or withheld, use the packet trace ([PacketEvent]).
 *
 * @property reason why
 * @property peer where it came from
 * @property length its length in octets
 * @property usmFailureOrNull for [DropReason.SECURITY_CHECK_FAILED], the USM check that failed
 * @property causeOrNull for [DropReason.MALFORMED], the decoding error
 */
public class DroppedMessage private constructor(
    public val reason: DropReason,
    public val peer: InetSocketAddress,
    public val length: Int,
    public val usmFailureOrNull: UsmFailure?,
    public val causeOrNull: Throwable?,
) {
    override fun toString(): String =
        "dropped $length octets from $peer: $reason" + (usmFailureOrNull?.let { " ($it)" } ?: "")

    internal companion object {
        @JvmSynthetic internal fun create(
            reason: DropReason,
            peer: InetSocketAddress,
            length: Int,
            usmFailureOrNull: UsmFailure?,
            causeOrNull: Throwable?,
        ): DroppedMessage = DroppedMessage(reason, peer, length, usmFailureOrNull, causeOrNull)
    }
}

/**
 * Told about every datagram an engine drops, with the reason; runs on the engine's event loop, so
 * it must be quick and must not block. Exceptions it throws are ignored.
 *
 * ```
 * val engine = SnmpEngine(droppedMessages = { dropped -> metrics.count(dropped.reason) })
 * ```
 */
public fun interface DroppedMessageListener {
    /** @param dropped what was dropped and why */
    public fun onDropped(dropped: DroppedMessage)
}
