package io.ksnmp.coroutines.internal

import java.io.File
import java.net.InetSocketAddress
import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.nio.channels.DatagramChannel

/** A datagram socket's file descriptor and address family (`AF_INET` or `AF_INET6`), for [BatchedDatagramIo]. */
internal class SocketDescriptor(val fd: Int, val family: Int)

/**
 * Finds the file descriptor behind a bound [DatagramChannel] without reaching into the JDK's
 * internals: among this process's descriptors (`/proc/self/fd`), the one datagram socket whose
 * local address (`getsockname`) is the channel's. A bound UDP port belongs to one socket, so at
 * most one matches; if none or several do, the channel keeps to NIO.
 */
internal object SocketDescriptors {
    private const val SOL_SOCKET = 1
    private const val SO_TYPE = 3
    private const val SOCK_DGRAM = 2

    /** @return [channel]'s descriptor, or null if it cannot be told for certain */
    fun find(channel: DatagramChannel): SocketDescriptor? {
        val local = channel.localAddress as? InetSocketAddress ?: return null
        val names = File("/proc/self/fd").list() ?: return null
        val scratch = ByteBuffer.allocateDirect(64).order(ByteOrder.nativeOrder())
        val base = NativeDatagramCalls.addressOf(scratch)
        var found: SocketDescriptor? = null
        for (name in names) {
            val fd = name.toIntOrNull() ?: continue
            scratch.putInt(SocketAddressCodec.SIZE, SocketAddressCodec.SIZE)
            if (NativeDatagramCalls.getsockname(fd, base, base + SocketAddressCodec.SIZE) != 0) continue
            val family = scratch.getShort(0).toInt()
            if (family != SocketAddressCodec.AF_INET && family != SocketAddressCodec.AF_INET6) continue
            val bound = SocketAddressCodec.read(scratch, 0) ?: continue
            if (bound.port != local.port || bound.address != local.address) continue
            scratch.putInt(40, 4)
            if (NativeDatagramCalls.getsockopt(fd, SOL_SOCKET, SO_TYPE, base + 36, base + 40) != 0 || scratch.getInt(36) != SOCK_DGRAM) continue
            if (found != null) return null
            found = SocketDescriptor(fd, family)
        }
        return found
    }
}
