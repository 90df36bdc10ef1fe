package io.ksnmp.cli

import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress

/** Loopback ports for tests. */
object NetSnmpToolsPorts {
    /** A UDP port on 127.0.0.1 that nothing listened on a moment ago. */
    fun unused(): Int = DatagramSocket(InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).use { it.localPort }
}
