package io.ksnmp.notification

import io.ksnmp.notification.UntranslatableNotificationException.Reason
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe

/** RFC 3584 §3.2: SNMPv2 notification parameters to SNMPv1 trap parameters, rule by rule. */
class ToTrapV1Spec : FunSpec({
    val ifIndex = VarBind.of("1.3.6.1.2.1.2.2.1.1.2", Integer32.of(2))
    val cisco = Oid.parse("1.3.6.1.4.1.9")
    val sender = IpAddress.parse("192.0.2.1")
    val relayed = IpAddress.parse("198.51.100.7")

    fun v2(trapOid: String, vararg vbs: VarBind) = V2Notification(TimeTicks.of(654_321), Oid.parse(trapOid), VarBindList.of(*vbs))
    fun address(a: IpAddress = relayed) = VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, a)
    fun enterpriseOf(e: Oid) = VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, ObjectIdentifier.of(e))

    test("(1) a generic trap's enterprise is snmpTrapEnterprise.0, else snmpTraps") {
        v2("1.3.6.1.6.3.1.1.5.3", ifIndex, enterpriseOf(cisco)).toTrapV1().enterprise() shouldBe cisco
        v2("1.3.6.1.6.3.1.1.5.3", ifIndex).toTrapV1().enterprise() shouldBe Oid.parse("1.3.6.1.6.3.1.1.5")
    }

    test("(1) any other trap's enterprise is snmpTrapOID.0 without its last arc, and without the 0 before it") {
        v2("1.3.6.1.4.1.9.9.43.2.0.1").toTrapV1().enterprise() shouldBe Oid.parse("1.3.6.1.4.1.9.9.43.2")
        v2("1.3.6.1.4.1.1271.3.2.12").toTrapV1().enterprise() shouldBe Oid.parse("1.3.6.1.4.1.1271.3.2")
        v2("1.3.6.1.4.1.1271.3.2.12", enterpriseOf(cisco)).toTrapV1().enterprise() shouldBe Oid.parse("1.3.6.1.4.1.1271.3.2")
        v2("1.3.6.1.6.3.1.1.5.7").toTrapV1().enterprise() shouldBe NotificationOids.SNMP_TRAPS
    }

    test("(2) agent-addr is snmpTrapAddress.0, else the address given, else 0.0.0.0") {
        v2("1.3.6.1.6.3.1.1.5.1", address()).toTrapV1(sender).agentAddress() shouldBe relayed
        v2("1.3.6.1.6.3.1.1.5.1").toTrapV1(sender).agentAddress() shouldBe sender
        v2("1.3.6.1.6.3.1.1.5.1").toTrapV1().agentAddress() shouldBe IpAddress.parse("0.0.0.0")
    }

    context("(3, 4) the RFC 3418 traps are generic-trap 0..5 with specific-trap 0") {
        withData(
            nameFn = { (oid, generic) -> "$oid is generic-trap $generic" },
            "1.3.6.1.6.3.1.1.5.1" to 0, "1.3.6.1.6.3.1.1.5.2" to 1, "1.3.6.1.6.3.1.1.5.3" to 2,
            "1.3.6.1.6.3.1.1.5.4" to 3, "1.3.6.1.6.3.1.1.5.5" to 4, "1.3.6.1.6.3.1.1.5.6" to 5,
        ) { (oid, generic) ->
            val v1 = v2(oid, ifIndex).toTrapV1()
            v1.genericTrap() shouldBe generic
            v1.specificTrap() shouldBe 0
        }
    }

    context("(3, 4) every other trap is enterpriseSpecific(6), its specific-trap the last arc") {
        withData(
            nameFn = { (oid, specific) -> "$oid is specific-trap $specific" },
            "1.3.6.1.4.1.9.9.43.2.0.1" to 1, "1.3.6.1.4.1.1271.3.2.12" to 12, "1.3.6.1.6.3.1.1.5.7" to 7,
            "1.3.6.1.6.3.1.1.5.1.0" to 0, "1.3.6.1.6.3.1.1.5" to 5, "1.3.6.1.4.1.9.0.2147483647" to Int.MAX_VALUE,
        ) { (oid, specific) ->
            val v1 = v2(oid).toTrapV1()
            v1.genericTrap() shouldBe TrapV1Pdu.ENTERPRISE_SPECIFIC
            v1.specificTrap() shouldBe specific
        }
    }

    test("(5) time-stamp is sysUpTime.0") {
        v2("1.3.6.1.4.1.9.0.1").toTrapV1().timeStamp() shouldBe TimeTicks.of(654_321)
        V2Notification(TimeTicks.of(0xffff_ffffL), NotificationOids.COLD_START, VarBindList.empty()).toTrapV1().timeStamp() shouldBe
            TimeTicks.of(0xffff_ffffL)
    }

    test("(6) the bindings are the rest, less the snmpTrapAddress.0 and snmpTrapEnterprise.0 the fields now carry") {
        val community = VarBind.of(NotificationOids.SNMP_TRAP_COMMUNITY_0, OctetString.of("public"))
        v2("1.3.6.1.6.3.1.1.5.3", ifIndex, address(), community, enterpriseOf(cisco)).toTrapV1().varBinds() shouldBe
            VarBindList.of(ifIndex, community)
        v2("1.3.6.1.4.1.9.0.1", ifIndex, enterpriseOf(cisco)).toTrapV1().varBinds() shouldBe VarBindList.of(ifIndex)
    }

    test("(6) an snmpTrapEnterprise.0 that is not the enterprise, or a name of the wrong type, stays a binding") {
        val other = enterpriseOf(Oid.parse("1.3.6.1.4.1.2636"))
        v2("1.3.6.1.4.1.9.0.1", other).toTrapV1().varBinds() shouldBe VarBindList.of(other)
        val textAddress = VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, OctetString.of(byteArrayOf(10, 0, 0, 1)))
        val textEnterprise = VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, OctetString.of("1.3.6.1.4.1.9"))
        val v1 = v2("1.3.6.1.6.3.1.1.5.1", textAddress, textEnterprise).toTrapV1(sender)
        v1.agentAddress() shouldBe sender
        v1.enterprise() shouldBe NotificationOids.SNMP_TRAPS
        v1.varBinds() shouldBe VarBindList.of(textAddress, textEnterprise)
    }

    test("(6) only the first snmpTrapAddress.0 is the agent-addr; a second one stays a binding") {
        val second = address(IpAddress.parse("203.0.113.9"))
        val v1 = v2("1.3.6.1.4.1.9.0.1", address(), second).toTrapV1()
        v1.agentAddress() shouldBe relayed
        v1.varBinds() shouldBe VarBindList.of(second)
    }

    test("(6) a Counter64 anywhere means no SNMPv1 form; without it there is one") {
        val octets = VarBind.of("1.3.6.1.2.1.31.1.1.1.6.2", Counter64.of(1L shl 40))
        val n = v2("1.3.6.1.6.3.1.1.5.3", ifIndex, octets)
        shouldThrow<UntranslatableNotificationException> { n.toTrapV1(sender) }.reason() shouldBe Reason.COUNTER64
        n.withoutCounter64().toTrapV1(sender).varBinds() shouldBe VarBindList.of(ifIndex)
    }

    context("a snmpTrapOID.0 with no SNMPv1 form is refused with the reason") {
        withData(
            nameFn = { (name, _) -> name },
            "last arc 2^31" to (v2("1.3.6.1.4.1.9.0.2147483648") to Reason.SPECIFIC_TRAP_OUT_OF_RANGE),
            "last arc 2^32-1" to (v2("1.3.6.1.4.1.9.4294967295") to Reason.SPECIFIC_TRAP_OUT_OF_RANGE),
            "one arc" to (V2Notification(TimeTicks.of(0), Oid.of(5), VarBindList.empty()) to Reason.TRAP_OID_TOO_SHORT),
            "no arcs" to (V2Notification(TimeTicks.of(0), Oid.empty(), VarBindList.empty()) to Reason.TRAP_OID_TOO_SHORT),
            "0.7, nothing left before the 0" to (v2("0.7") to Reason.TRAP_OID_TOO_SHORT),
        ) { (_, case) ->
            val (n, reason) = case
            shouldThrow<UntranslatableNotificationException> { n.toTrapV1() }.reason() shouldBe reason
        }
    }

    test("a trap whose next-to-last arc is not 0 comes back as enterprise.0.specific: RFC 2578 §8.5's reason for the 0") {
        val v1 = v2("1.3.6.1.4.1.1271.3.2.12").toTrapV1()
        V2Notification.fromTrapV1(v1).trapOid() shouldBe Oid.parse("1.3.6.1.4.1.1271.3.2.0.12")
    }
})
