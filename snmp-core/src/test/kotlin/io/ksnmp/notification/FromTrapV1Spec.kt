package io.ksnmp.notification

import io.ksnmp.notification.UntranslatableNotificationException.Reason
import io.ksnmp.pdu.TrapV1Pdu
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

/** RFC 3584 §3.1: SNMPv1 trap parameters to SNMPv2 notification parameters, rule by rule. */
class FromTrapV1Spec : FunSpec({
    val enterprise = Oid.parse("1.3.6.1.4.1.8072.2.3")
    val agent = IpAddress.parse("192.0.2.10")
    val sysName = VarBind.of("1.3.6.1.2.1.1.5.0", OctetString.of("trap host"))
    val ifIndex = VarBind.of("1.3.6.1.2.1.2.2.1.1.1", Integer32.of(1))

    fun trap(generic: Int, specific: Int = 0, vararg vbs: VarBind, from: Oid = enterprise) =
        TrapV1Pdu(from, agent, generic, specific, TimeTicks.of(12_345), VarBindList.of(*vbs))

    fun address(a: IpAddress = agent) = VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, a)
    fun enterpriseOf(e: Oid = enterprise) = VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, ObjectIdentifier.of(e))

    test("(1) sysUpTime.0 is the time-stamp") {
        V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 17)).upTime() shouldBe TimeTicks.of(12_345)
        V2Notification.fromTrapV1(trap(TrapV1Pdu.COLD_START)).upTime() shouldBe TimeTicks.of(12_345)
    }

    test("(2) enterpriseSpecific(6): snmpTrapOID.0 is the enterprise, 0, and the specific-trap") {
        V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 17)).trapOid() shouldBe Oid.parse("1.3.6.1.4.1.8072.2.3.0.17")
        V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 0)).trapOid() shouldBe Oid.parse("1.3.6.1.4.1.8072.2.3.0.0")
        V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, Int.MAX_VALUE)).trapOid() shouldBe
            Oid.parse("1.3.6.1.4.1.8072.2.3.0.2147483647")
    }

    context("(3) generic-trap 0..5: snmpTrapOID.0 is the RFC 3418 trap, whatever the specific-trap") {
        withData(
            nameFn = { (generic, oid) -> "generic-trap $generic is $oid" },
            0 to "1.3.6.1.6.3.1.1.5.1", 1 to "1.3.6.1.6.3.1.1.5.2", 2 to "1.3.6.1.6.3.1.1.5.3",
            3 to "1.3.6.1.6.3.1.1.5.4", 4 to "1.3.6.1.6.3.1.1.5.5", 5 to "1.3.6.1.6.3.1.1.5.6",
        ) { (generic, oid) ->
            V2Notification.fromTrapV1(trap(generic)).trapOid() shouldBe Oid.parse(oid)
            V2Notification.fromTrapV1(trap(generic, 42)).trapOid() shouldBe Oid.parse(oid)
        }
    }

    test("(4) the bindings are the trap's, then snmpTrapAddress.0 and snmpTrapEnterprise.0") {
        V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 17, sysName, ifIndex)).varBinds() shouldBe
            VarBindList.of(sysName, ifIndex, address(), enterpriseOf())
        V2Notification.fromTrapV1(trap(TrapV1Pdu.LINK_DOWN, 0, ifIndex)).varBinds() shouldBe
            VarBindList.of(ifIndex, address(), enterpriseOf())
        V2Notification.fromTrapV1(trap(TrapV1Pdu.COLD_START)).varBinds() shouldBe VarBindList.of(address(), enterpriseOf())
    }

    test("(4) given the message's community, snmpTrapCommunity.0 goes between the two") {
        val community = VarBind.of(NotificationOids.SNMP_TRAP_COMMUNITY_0, OctetString.of("public"))
        V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 17, sysName), OctetString.of("public")).varBinds() shouldBe
            VarBindList.of(sysName, address(), community, enterpriseOf())
    }

    test("(4) a name the trap's bindings already hold is not appended again, whatever its value") {
        val otherAddress = address(IpAddress.parse("198.51.100.7"))
        val otherEnterprise = enterpriseOf(Oid.parse("1.3.6.1.4.1.9"))
        val community = VarBind.of(NotificationOids.SNMP_TRAP_COMMUNITY_0, OctetString.of("upstream"))
        V2Notification.fromTrapV1(trap(TrapV1Pdu.LINK_UP, 0, otherAddress, ifIndex)).varBinds() shouldBe
            VarBindList.of(otherAddress, ifIndex, enterpriseOf())
        V2Notification.fromTrapV1(trap(TrapV1Pdu.LINK_UP, 0, ifIndex, otherEnterprise)).varBinds() shouldBe
            VarBindList.of(ifIndex, otherEnterprise, address())
        V2Notification.fromTrapV1(trap(TrapV1Pdu.LINK_UP, 0, community), OctetString.of("public")).varBinds() shouldBe
            VarBindList.of(community, address(), enterpriseOf())
    }

    context("a trap with no SNMPv2 form is refused with the reason") {
        val longest = Oid.of(*IntArray(Oid.MAX_ARCS - 2) { if (it == 0) 1 else 3 })
        withData(
            nameFn = { (name, _) -> name },
            "generic-trap 7" to (trap(7) to Reason.GENERIC_TRAP_OUT_OF_RANGE),
            "generic-trap -1" to (trap(-1) to Reason.GENERIC_TRAP_OUT_OF_RANGE),
            "negative specific-trap" to (trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, -1) to Reason.SPECIFIC_TRAP_OUT_OF_RANGE),
            "an enterprise of 127 arcs" to (trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 1, from = longest.child(1)) to Reason.TRAP_OID_TOO_LONG),
        ) { (_, case) ->
            val (v1, reason) = case
            shouldThrow<UntranslatableNotificationException> { V2Notification.fromTrapV1(v1) }.reason() shouldBe reason
        }
        test("126 arcs leave room for .0.specific") {
            V2Notification.fromTrapV1(trap(TrapV1Pdu.ENTERPRISE_SPECIFIC, 1, from = longest)).trapOid().size() shouldBe Oid.MAX_ARCS
        }
        test("a generic trap needs no room, nor a non-negative specific-trap") {
            V2Notification.fromTrapV1(trap(TrapV1Pdu.WARM_START, -1, from = longest.child(1))).trapOid() shouldBe NotificationOids.WARM_START
        }
    }
})
