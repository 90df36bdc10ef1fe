package io.ksnmp.coroutines.internal

import java.net.Inet4Address
import java.net.Inet6Address
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.ByteBuffer

/**
 * Linux `sockaddr_in` / `sockaddr_in6` in native memory, as `recvmmsg` fills them and `sendmmsg`
 * reads them: the family in host order, the port in network order. An IPv4-mapped IPv6 source
 * reads as an [Inet4Address], as NIO gives it; an [Inet4Address] target of an IPv6 socket is
 * written mapped, as NIO sends it.
 */
internal object SocketAddressCodec {
    /** `AF_INET`. */
    const val AF_INET: Int = 2

    /** `AF_INET6` on Linux. */
    const val AF_INET6: Int = 10

    /** Room for either form (`sockaddr_in6` is 28 octets). */
    const val SIZE: Int = 32

    /**
     * @param buffer native memory in native byte order
     * @param at where the address starts
     * @return the address, or null if it is of another family
     */
    fun read(buffer: ByteBuffer, at: Int): InetSocketAddress? {
        val port = (buffer.get(at + 2).toInt() and 0xff shl 8) or (buffer.get(at + 3).toInt() and 0xff)
        return when (buffer.getShort(at).toInt()) {
            AF_INET -> InetSocketAddress(InetAddress.getByAddress(ByteArray(4).also { buffer.get(at + 4, it) }), port)
            AF_INET6 -> {
                val bytes = ByteArray(16).also { buffer.get(at + 8, it) }
                val mapped = (0 until 10).all { bytes[it].toInt() == 0 } && bytes[10].toInt() == -1 && bytes[11].toInt() == -1
                val address = if (mapped) {
                    InetAddress.getByAddress(bytes.copyOfRange(12, 16))
                } else {
                    val scope = buffer.getInt(at + 24)
                    if (scope != 0) Inet6Address.getByAddress(null, bytes, scope) else InetAddress.getByAddress(bytes)
                }
                InetSocketAddress(address, port)
            }
            else -> null
        }
    }

    /**
     * Whether the address at [at] is the one [previous] was read from: compares the octets
     * [write] would produce, so a repeated source costs no new objects.
     */
    fun sameAs(buffer: ByteBuffer, at: Int, previous: ByteArray, previousLength: Int): Boolean {
        for (i in 0 until previousLength) {
            if (buffer.get(at + i) != previous[i]) return false
        }
        return true
    }

    /**
     * Encodes [target] for a socket of family [family] into [out] (native byte order).
     *
     * @return the address's length in octets (`msg_namelen`)
     */
    fun write(target: InetSocketAddress, family: Int, out: ByteArray): Int {
        out.fill(0)
        val address = target.address
        val port = target.port
        if (family == AF_INET) {
            require(address is Inet4Address) { "an IPv6 target for an IPv4 socket" }
            putFamily(out, AF_INET)
            out[2] = (port ushr 8).toByte()
            out[3] = port.toByte()
            address.address.copyInto(out, 4)
            return 16
        }
        putFamily(out, AF_INET6)
        out[2] = (port ushr 8).toByte()
        out[3] = port.toByte()
        if (address is Inet4Address) {
            out[18] = -1
            out[19] = -1
            address.address.copyInto(out, 20)
        } else {
            address.address.copyInto(out, 8)
            val scope = (address as Inet6Address).scopeId
            ByteBuffer.wrap(out, 24, 4).order(java.nio.ByteOrder.nativeOrder()).putInt(scope)
        }
        return 28
    }

    /** @return how many octets of a read address identify it (family, port and address; the IPv6 scope too) */
    fun lengthOf(family: Int): Int = if (family == AF_INET) 8 else 28

    private fun putFamily(out: ByteArray, family: Int) {
        ByteBuffer.wrap(out, 0, 2).order(java.nio.ByteOrder.nativeOrder()).putShort(family.toShort())
    }
}
