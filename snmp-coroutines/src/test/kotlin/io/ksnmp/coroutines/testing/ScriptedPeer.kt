package io.ksnmp.coroutines.testing

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpMessage
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketException
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

/**
 * A UDP peer on loopback whose behaviour a test scripts: every datagram it receives is queued
 * for the test ([next]), which decides what, when and from where to answer ([reply], [sendFrom]).
 * Optionally it answers by itself ([autoReply]).
 */
class ScriptedPeer(address: InetAddress = InetAddress.getLoopbackAddress()) : AutoCloseable {
    private val socket = DatagramSocket(InetSocketAddress(address, 0))
    private val received = LinkedBlockingQueue<Received>()
    @Volatile
    var autoReply: ((Received) -> List<ByteArray>)? = null
    private val thread = Thread({ loop() }, "scripted-peer").apply { isDaemon = true; start() }

    /** Where managers send to. */
    val address: InetSocketAddress get() = socket.localSocketAddress as InetSocketAddress

    /** One datagram the peer received. */
    class Received(val bytes: ByteArray, val from: InetSocketAddress) {
        val message: SnmpMessage = MessageCodec.decode(bytes, 0, bytes.size)
        val pdu: Pdu get() = (message as CommunityMessage).pdu() as Pdu
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
            val r = Received(buffer.copyOf(packet.length), packet.socketAddress as InetSocketAddress)
            val auto = autoReply
            if (auto != null) {
                for (reply in auto(r)) send(reply, r.from)
            } else {
                received.put(r)
            }
        }
    }

    /**
     * The next datagram received, or null if none came within [timeoutMillis]. The default is
     * [Patience]'s: for a datagram that is bound to come, the bound only ends a hung test.
     */
    fun next(timeoutMillis: Long = Patience.MILLIS): Received? = received.poll(timeoutMillis, TimeUnit.MILLISECONDS)

    /** How many received datagrams wait to be read. */
    val queued: Int get() = received.size

    /** Sends [bytes] to [to] from this peer's socket. */
    fun send(bytes: ByteArray, to: InetSocketAddress) {
        socket.send(DatagramPacket(bytes, bytes.size, to))
    }

    /** Answers [request] with a Response carrying [varBinds] (default: the request's names, each with a value given by [value]). */
    fun reply(request: Received, varBinds: VarBindList, status: ErrorStatus = ErrorStatus.NO_ERROR, index: Int = 0) {
        send(responseTo(request, varBinds, status, index), request.from)
    }

    override fun close() {
        socket.close()
        thread.join(2_000)
    }

    companion object {
        /** The Response a well-behaved agent gives: every name asked for, with the value [value] (an Integer32). */
        fun echo(request: Received, value: Int = 7): ByteArray = responseTo(
            request,
            VarBindList.of(*request.pdu.varBinds().oids().map { io.ksnmp.smi.VarBind.of(it, io.ksnmp.smi.Integer32.of(value)) }.toTypedArray()),
        )

        /** A v1/v2c Response to [request] with the same version, community and request-id. */
        fun responseTo(request: Received, varBinds: VarBindList, status: ErrorStatus = ErrorStatus.NO_ERROR, index: Int = 0): ByteArray {
            val m = request.message as CommunityMessage
            val pdu = m.pdu() as Pdu
            return MessageCodec.encode(CommunityMessage.of(m.version(), m.community(), Pdu.response(pdu.requestId(), status, index, varBinds)))
        }

        /** Sends [bytes] to [to] from a fresh socket (another port than the peer's). */
        fun sendFromElsewhere(bytes: ByteArray, to: InetSocketAddress) {
            DatagramSocket(InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).use { it.send(DatagramPacket(bytes, bytes.size, to)) }
        }
    }
}
