package io.ksnmp.coroutines

import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.SnmpMessage
import java.net.InetSocketAddress

/** Which way a traced datagram went. */
public enum class PacketDirection {
    /** Sent by this engine. */
    OUT,

    /** Received by this engine. */
    IN,
}

/**
 * One datagram an engine sent or received, for a [PacketTraceListener].
 *
 * No community or USM secret is ever in an event, whatever the datagram, sent or received,
 * decodable or not, by a manager or an agent:
 * - a v1/v2c datagram whose community can be located with certainty is shown with the
 *   community's octets replaced by `*` in [bytes] (same length, so a well-formed message still
 *   decodes, with a community of stars). Located means: the outer SEQUENCE, the version (0 or 1)
 *   and the community's OCTET STRING are well formed, all of the community is there, and a PDU
 *   header follows it (its tag, a length ending the PDU where the outer SEQUENCE ends, its first
 *   field and the second field's tag). Octets after that header may be anything: a corrupted
 *   variable binding, trailing octets and truncation do not matter;
 * - an SNMPv3 datagram (version 3 and a complete msgGlobalData header) is shown as it is: no
 *   key or password is ever on the wire, and its authentication and privacy parameters are a
 *   MAC and a salt;
 * - any other datagram (corrupted before, inside or just after the community, cut short before
 *   the PDU header is complete, another version, not SNMP at all) is withheld: [bytes] is
 *   empty and [bytesWithheld] is true; [length] still says how long it was, and
 *   [DroppedMessage] says why it was dropped.
 *
 * [messageOrNull] masks the community the same way (its `community()` gives stars), and
 * `toString` shows none. [scopedPduOrNull] is the plaintext of an encrypted SNMPv3 message once
 * it has been decrypted (for outgoing messages, before encryption).
 *
 * ```
 * SnmpEngine(packetTrace = { e ->
 *     log.debug(if (e.bytesWithheld) "$e" else "$e ${HexFormat.of().formatHex(e.bytes)}")
 * })
 * ```
 *
 * @property direction sent or received
 * @property peer the remote address
 * @property local the engine's socket address
 * @property length the datagram's length in octets, whether or not [bytes] holds it
 * @property bytes a copy of the datagram, community masked; empty when [bytesWithheld]
 * @property bytesWithheld whether the datagram's octets were left out because a community in
 *     them could not be located for certain
 * @property messageOrNull the decoded message, community masked, or null if it did not decode
 * @property scopedPduOrNull the SNMPv3 scoped PDU in plaintext, when known
 */
public class PacketEvent private constructor(
    public val direction: PacketDirection,
    public val peer: InetSocketAddress,
    public val local: InetSocketAddress,
    public val length: Int,
    public val bytes: ByteArray,
    public val bytesWithheld: Boolean,
    public val messageOrNull: SnmpMessage?,
    public val scopedPduOrNull: ScopedPdu?,
) {
    override fun toString(): String =
        "$direction ${if (direction == PacketDirection.OUT) "to" else "from"} $peer ($length octets" +
            (if (bytesWithheld) ", withheld" else "") + "): " + (scopedPduOrNull ?: messageOrNull ?: "undecodable")

    internal companion object {
        @JvmSynthetic internal fun create(
            direction: PacketDirection,
            peer: InetSocketAddress,
            local: InetSocketAddress,
            length: Int,
            bytes: ByteArray,
            bytesWithheld: Boolean,
            messageOrNull: SnmpMessage?,
            scopedPduOrNull: ScopedPdu?,
        ): PacketEvent = PacketEvent(direction, peer, local, length, bytes, bytesWithheld, messageOrNull, scopedPduOrNull)
    }
}

/**
 * Sees every datagram an engine sends or receives; runs on the engine's event loop, so it must
 * be quick and must not block. Exceptions it throws are ignored.
 *
 * ```
 * val engine = SnmpEngine(packetTrace = { event -> log.debug(event.toString()) })
 * ```
 */
public fun interface PacketTraceListener {
    /** @param event the datagram; [PacketEvent.bytes] is a copy the listener may keep */
    public fun onPacket(event: PacketEvent)
}
