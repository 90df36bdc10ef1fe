package io.ksnmp.cli

import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.coroutines.PacketTraceListener
import java.io.PrintStream
import java.net.InetSocketAddress

/**
 * `-d`: every datagram sent and received, in Net-SNMP's `-d` form on [err]: a heading
 * (`Sending 43 bytes to UDP: [127.0.0.1]:161->[0.0.0.0]:0`, `Received 50 byte packet from …`),
 * then 16 octets a line (decimal offset, hex in groups of four, printable characters), then an
 * empty line.
 *
 * The engine's packet trace masks a community with `*`; the user asked to see the datagrams, so
 * a masked community as long as [community] (the one the command line gave) is shown as that
 * community, as it was on the wire. SNMPv3 datagrams are shown as they are (their keys are never
 * on the wire). A datagram the trace withholds (not SNMP, or malformed) is a heading only.
 */
internal class PacketDump(private val err: PrintStream, community: String?) : PacketTraceListener {
    private val community: ByteArray? = community?.toByteArray()

    override fun onPacket(event: PacketEvent) {
        val text = StringBuilder()
        if (event.direction == PacketDirection.OUT) {
            text.append("Sending ${event.length} bytes to ${udp(event.peer, event.local)}\n")
        } else {
            text.append("Received ${event.length} byte packet from ${udp(event.peer, event.local)}\n")
        }
        if (event.bytesWithheld) text.append("(octets withheld by the engine: not a well-formed SNMP message)\n") else xdump(unmasked(event.bytes), text)
        text.append('\n')
        err.print(text)
        err.flush()
    }

    /** `UDP: [127.0.0.1]:161->[0.0.0.0]:40000`, `UDP/IPv6: [::1]:161`: the peer, then this end. */
    private fun udp(peer: InetSocketAddress, local: InetSocketAddress): String {
        val v6 = peer.address is java.net.Inet6Address
        return "UDP${if (v6) "/IPv6" else ""}: [${peer.address.hostAddress}]:${peer.port}->[${local.address.hostAddress}]:${local.port}"
    }

    /** [bytes] with a masked community (all `*`, [community]'s length) put back. */
    private fun unmasked(bytes: ByteArray): ByteArray {
        val c = community ?: return bytes
        val at = communityOffset(bytes) ?: return bytes
        if (at + c.size > bytes.size || bytes[at - 1].toInt() != c.size) return bytes
        if ((at until at + c.size).any { bytes[it] != '*'.code.toByte() }) return bytes
        return bytes.copyOf().also { c.copyInto(it, at) }
    }

    /** Where a v1/v2c community's octets start (short BER lengths only: a community < 128 octets), or null. */
    private fun communityOffset(b: ByteArray): Int? {
        if (b.size < 8 || b[0] != 0x30.toByte()) return null
        var i = 1
        val first = b[i].toInt() and 0xff
        i += 1 + (if (first and 0x80 != 0) first and 0x7f else 0)
        if (i + 3 > b.size || b[i] != 0x02.toByte() || b[i + 1] != 0x01.toByte() || (b[i + 2].toInt() !in 0..1)) return null
        i += 3
        if (i + 2 > b.size || b[i] != 0x04.toByte() || b[i + 1].toInt() and 0x80 != 0) return null
        return i + 2
    }

    /** Net-SNMP's `xdump`: `0016: 04 5F 16 66  40 02 01 00  …    ._.f@...`. */
    private fun xdump(bytes: ByteArray, text: StringBuilder) {
        for (line in bytes.indices step 16) {
            val row = StringBuilder("%04d: ".format(line))
            for (col in 0 until 16) {
                row.append(if (line + col < bytes.size) "%02X ".format(bytes[line + col].toInt() and 0xff) else "   ")
                if (col % 4 == 3) row.append(' ')
            }
            row.append("  ")
            for (col in 0 until minOf(16, bytes.size - line)) {
                val c = bytes[line + col].toInt() and 0xff
                row.append(if (c in 0x20..0x7e) c.toChar() else '.')
            }
            text.append(row).append('\n')
        }
    }
}
