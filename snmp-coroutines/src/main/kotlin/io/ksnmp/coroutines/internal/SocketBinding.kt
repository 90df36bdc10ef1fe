package io.ksnmp.coroutines.internal

import java.net.BindException
import java.net.Inet6Address
import java.net.InetSocketAddress
import java.nio.channels.DatagramChannel

/**
 * Binds this channel to [address]. The JDK's [BindException] says only what the system said
 * ("Address already in use"); the one thrown here also names the address, the port and [what]
 * was being bound, and keeps the JDK's as its cause.
 *
 * @param what the socket's role, e.g. "the agent's socket"
 */
internal fun DatagramChannel.bindOrExplain(address: InetSocketAddress, what: String) {
    try {
        bind(address)
    } catch (e: BindException) {
        throw BindException("cannot bind $what to UDP ${addressText(address)}: ${e.message ?: "the system refused"}").apply { initCause(e) }
    }
}

/** `127.0.0.1:1161`, `[::1]:1161`: the address as numbers when resolved, with its port. */
internal fun addressText(address: InetSocketAddress): String {
    val ip = address.address
    val host = when {
        ip is Inet6Address -> "[${ip.hostAddress}]"
        ip != null -> ip.hostAddress
        else -> address.hostString
    }
    return "$host:${address.port}"
}
