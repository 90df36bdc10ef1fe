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
 * Secrets are masked: the community string's octets in [bytes] are replaced by `*` (the
 * datagram still decodes), [message]'s `toString` masks the community, and SNMPv3 keys never
 * appear. [scopedPduOrNull] is the plaintext of an encrypted SNMPv3 message once it has been
 * decrypted (for outgoing messages, before encryption).
 *
 * @property direction sent or received
 * @property peer the remote address
 * @property local the engine's socket address
 * @property bytes a copy of the datagram, community masked
 * @property messageOrNull the decoded message, or null if it did not decode
 * @property scopedPduOrNull the SNMPv3 scoped PDU in plaintext, when known
 */
public class PacketEvent internal constructor(
    public val direction: PacketDirection,
    public val peer: InetSocketAddress,
    public val local: InetSocketAddress,
    public val bytes: ByteArray,
    public val messageOrNull: SnmpMessage?,
    public val scopedPduOrNull: ScopedPdu?,
) {
    override fun toString(): String =
        "$direction ${if (direction == PacketDirection.OUT) "to" else "from"} $peer (${bytes.size} octets): " +
            (scopedPduOrNull ?: messageOrNull ?: "undecodable")
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
