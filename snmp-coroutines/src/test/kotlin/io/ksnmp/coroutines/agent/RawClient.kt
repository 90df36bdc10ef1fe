package io.ksnmp.coroutines.agent

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.Pdu
import io.ksnmp.testing.Patience
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketTimeoutException

/** A blocking UDP client sending hand-made datagrams to an agent and decoding what comes back. */
class RawClient(private val target: InetSocketAddress) : AutoCloseable {
    private val socket = DatagramSocket(InetSocketAddress(InetAddress.getLoopbackAddress(), 0))

    fun send(bytes: ByteArray) {
        socket.send(DatagramPacket(bytes, bytes.size, target))
    }

    /**
     * @return the next datagram within [timeoutMillis], or null. The default is [Patience]'s: for
     *     an answer that is bound to come, the bound only ends a hung test.
     */
    fun receiveOrNull(timeoutMillis: Int = Patience.MILLIS.toInt()): ByteArray? {
        socket.soTimeout = timeoutMillis
        val buffer = ByteArray(65_535)
        val packet = DatagramPacket(buffer, buffer.size)
        return try {
            socket.receive(packet)
            buffer.copyOf(packet.length)
        } catch (e: SocketTimeoutException) {
            null
        }
    }

    fun exchange(message: SnmpMessage): SnmpMessage? {
        send(MessageCodec.encode(message))
        return receiveOrNull()?.let { MessageCodec.decode(it, 0, it.size) }
    }

    /** Sends [pdu] with [community] and returns the Response PDU, or null if none came. */
    fun request(version: SnmpVersion, community: String, pdu: Pdu, timeoutMillis: Int = Patience.MILLIS.toInt()): Pdu? {
        send(MessageCodec.encode(CommunityMessage.of(version, community, pdu)))
        val bytes = receiveOrNull(timeoutMillis) ?: return null
        return (MessageCodec.decode(bytes, 0, bytes.size) as CommunityMessage).pdu() as Pdu
    }

    override fun close() {
        socket.close()
    }
}
