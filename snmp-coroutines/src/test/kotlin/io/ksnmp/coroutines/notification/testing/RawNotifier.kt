package io.ksnmp.coroutines.notification.testing

import io.ksnmp.ber.BerWriter
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.SnmpVersion
import io.ksnmp.notification.NotificationOids
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmUser
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.SocketTimeoutException

/**
 * A notification originator a test controls octet by octet: it encodes v2c traps and informs and
 * SNMPv3 traps with whatever engine ID, boots and time the test names, sends them (or any bytes)
 * from one UDP socket on loopback, and reads what comes back.
 */
class RawNotifier : AutoCloseable {
    private val socket = DatagramSocket(InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
    private val keys = KeyCache(JceUsmCrypto.create(), 10, 100)
    private val usm = Usm(JceUsmCrypto.create())

    /** This notifier's address, as the receiver sees it. */
    val address: InetSocketAddress get() = socket.localSocketAddress as InetSocketAddress

    fun send(bytes: ByteArray, to: InetSocketAddress) {
        socket.send(DatagramPacket(bytes, bytes.size, to))
    }

    /**
     * The next datagram received, decoded; null if none came within [timeoutMillis]. The default is
     * [Patience]'s: for an answer that is bound to come, the bound only ends a hung test.
     */
    fun receive(timeoutMillis: Int = Patience.MILLIS.toInt()): CommunityMessage? {
        socket.soTimeout = timeoutMillis
        val buffer = ByteArray(65_535)
        val packet = DatagramPacket(buffer, buffer.size)
        return try {
            socket.receive(packet)
            MessageCodec.decode(buffer, 0, packet.length) as CommunityMessage
        } catch (e: SocketTimeoutException) {
            null
        }
    }

    override fun close() = socket.close()

    companion object {
        /** `sysUpTime.0`, `snmpTrapOID.0`, then [rest]. */
        fun bindings(trapOid: Oid, vararg rest: VarBind, upTime: Long = 100): VarBindList =
            VarBindList.copyOf(
                listOf(VarBind.of(NotificationOids.SYS_UP_TIME_0, TimeTicks.of(upTime)), VarBind.of(NotificationOids.SNMP_TRAP_OID_0, ObjectIdentifier.of(trapOid))) +
                    rest,
            )

        /** A v2c message carrying [pdu]. */
        fun community(community: String, pdu: Pdu, version: SnmpVersion = SnmpVersion.V2C): ByteArray {
            val w = BerWriter(256)
            MessageCodec.writeCommunity(w, version, community.toByteArray(), pdu)
            return w.array().copyOfRange(w.offset(), w.offset() + w.size())
        }
    }

    /** An SNMPv3 SNMPv2-Trap from the engine [engineId] (authoritative for it) at [boots] and [time], secured for [user] at [level]. */
    fun v3Trap(user: UsmUser, level: SecurityLevel, engineId: ByteArray, boots: Int, time: Int, varBinds: VarBindList, msgId: Int = 1, requestId: Int = 1): ByteArray {
        val w = BerWriter(512)
        val localized = if (level.isAuth) keys.localizedKeys(user, engineId) else null
        usm.secure(w, OutgoingParameters(msgId, 65_507, false, level, user.name(), localized, engineId, boots, time), ScopedPdu.of(engineId, ByteArray(0), Pdu.trapV2(requestId, varBinds)))
        return w.array().copyOfRange(w.offset(), w.offset() + w.size())
    }
}
