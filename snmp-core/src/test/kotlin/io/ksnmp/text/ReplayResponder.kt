package io.ksnmp.text

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketException
import java.util.TreeMap

/**
 * A minimal v2c responder on 127.0.0.1 for the Net-SNMP tools: it answers get, get-next and
 * get-bulk (non-repeaters 0) from [bindings], encoded and decoded by ksnmp's own codec, so what
 * `snmpget`/`snmpbulkwalk` print is Net-SNMP's reading of ksnmp's bytes. Test fixture only.
 */
class ReplayResponder(bindings: List<VarBind>) : AutoCloseable {
    private val table = TreeMap<Oid, VarBind>().apply { bindings.forEach { put(it.oid(), it) } }
    private val socket = DatagramSocket(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))
    val port: Int = socket.localPort
    private val thread = Thread(::serve, "replay-responder").apply { isDaemon = true; start() }

    private fun serve() {
        val buffer = ByteArray(65_535)
        while (!socket.isClosed) {
            val packet = DatagramPacket(buffer, buffer.size)
            try {
                socket.receive(packet)
            } catch (e: SocketException) {
                return
            }
            val request = MessageCodec.decode(packet.data, packet.offset, packet.length) as CommunityMessage
            val pdu = request.pdu() as Pdu
            val names = pdu.varBinds().oids()
            val answers = when (pdu.type()) {
                PduType.GET -> names.map { table[it] ?: VarBind.of(it, NoSuchObject.INSTANCE) }
                PduType.GET_NEXT -> names.map { next(it) }
                PduType.GET_BULK -> bulk(names.first(), pdu.maxRepetitions())
                else -> error("unexpected ${pdu.type()}")
            }
            val response = CommunityMessage.of(request.version(), request.community(),
                Pdu.response(pdu.requestId(), ErrorStatus.NO_ERROR, 0, VarBindList.copyOf(answers)))
            val bytes = MessageCodec.encode(response)
            socket.send(DatagramPacket(bytes, bytes.size, packet.socketAddress))
        }
    }

    private fun next(oid: Oid): VarBind = table.higherEntry(oid)?.value ?: VarBind.of(oid, EndOfMibView.INSTANCE)

    private fun bulk(start: Oid, repetitions: Int): List<VarBind> {
        val out = ArrayList<VarBind>()
        var oid = start
        repeat(maxOf(1, minOf(repetitions, 20))) {
            val vb = next(oid)
            out += vb
            if (vb.value() === EndOfMibView.INSTANCE) return out
            oid = vb.oid()
        }
        return out
    }

    override fun close() {
        socket.close()
        thread.join(2_000)
    }
}
