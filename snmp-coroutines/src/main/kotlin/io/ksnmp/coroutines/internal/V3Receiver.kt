package io.ksnmp.coroutines.internal

import io.ksnmp.message.V3Message
import java.net.InetSocketAddress

/** Whatever waits on an SNMPv3 msgID: a request or a discovery probe. Loop thread only. */
internal interface V3Receiver {
    /**
     * @param bytes the datagram in `bytes[0 until length]`, valid only during the call
     * @param message its decoded form, before security processing
     */
    fun onV3Message(bytes: ByteArray, length: Int, message: V3Message, source: InetSocketAddress, local: UdpSocket)
}
