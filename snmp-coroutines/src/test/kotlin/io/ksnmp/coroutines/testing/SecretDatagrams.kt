package io.ksnmp.coroutines.testing

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.AnyPdu
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList

/** The reviewer's reproduction: a v2c GET of sysName.0 with community `SuperSecretPass1` and one trailing zero octet. */
const val REPRODUCTION_HEX =
    "3030020101041053757065725365637265745061737331a01902014d020100020100300e300c06082b0601020101050005000000"

val SHORT_SECRET = Secret.community("SuperSecretPass1")

/** Longer than 127 octets, so its length takes the long form; no run of 8 of its characters is English or SNMP text. */
val LONG_SECRET = Secret.community("Lq8" + "zV3kPw9-".repeat(17) + "Tj2")

val SYS_NAME = Oid.parse("1.3.6.1.2.1.1.5.0")

/** Well-formed v1/v2c datagrams of each PDU shape that carry [secret] as their community. */
fun datagramsWith(secret: Secret): List<ByteArray> {
    fun encode(version: SnmpVersion, pdu: AnyPdu) = MessageCodec.encode(CommunityMessage.of(version, secret.octets, pdu))
    val names = VarBindList.ofNames(SYS_NAME)
    val answer = VarBindList.of(VarBind.of(SYS_NAME, OctetString.of("router-7")))
    val notification = VarBindList.of(
        VarBind.of(Oid.parse("1.3.6.1.2.1.1.3.0"), TimeTicks.of(42)),
        VarBind.of(Oid.parse("1.3.6.1.6.3.1.1.4.1.0"), ObjectIdentifier.of(Oid.parse("1.3.6.1.6.3.1.1.5.1"))),
        VarBind.of(SYS_NAME, OctetString.of("router-7")),
    )
    return listOf(
        encode(SnmpVersion.V2C, Pdu.get(77, names)),
        encode(SnmpVersion.V1, Pdu.getNext(0x7fff_ffff, names)),
        encode(SnmpVersion.V2C, Pdu.getBulk(-5, 0, 10, names)),
        encode(SnmpVersion.V2C, Pdu.response(77, ErrorStatus.NO_ERROR, 0, answer)),
        encode(SnmpVersion.V1, Pdu.response(78, ErrorStatus.NO_SUCH_NAME, 1, names)),
        encode(SnmpVersion.V1, TrapV1Pdu(Oid.parse("1.3.6.1.4.1.8072"), IpAddress.parse("192.0.2.1"), 6, 1, TimeTicks.of(42), answer)),
        encode(SnmpVersion.V2C, Pdu.trapV2(9, notification)),
        encode(SnmpVersion.V2C, Pdu.inform(10, notification)),
    )
}

/** Whether [datagram] (one of [datagramsWith]) is a trap or an inform. */
fun isNotification(datagram: ByteArray): Boolean =
    (MessageCodec.decode(datagram, 0, datagram.size) as CommunityMessage).pdu().type().let {
        it == PduType.TRAP_V1 || it == PduType.TRAP_V2 || it == PduType.INFORM
    }
