package io.ksnmp.notification

import io.ksnmp.SnmpException
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Integer32
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
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.matchers.types.shouldBeSameInstanceAs
import io.kotest.property.PropTestConfig
import io.kotest.property.checkAll

/** The SNMPv2 form: its two leading bindings (RFC 3416 §4.2.6, §4.2.7), parsed and written. */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class V2NotificationSpec : FunSpec({
    val config = PropTestConfig(seed = 20_031_584L)
    val upTime = VarBind.of(NotificationOids.SYS_UP_TIME_0, TimeTicks.of(654_321))
    val linkUp = VarBind.of(NotificationOids.SNMP_TRAP_OID_0, ObjectIdentifier.of(NotificationOids.LINK_UP))
    val ifIndex = VarBind.of("1.3.6.1.2.1.2.2.1.1.2", Integer32.of(2))

    test("the well-known names are the ones SNMPv2-MIB and SNMP-COMMUNITY-MIB assign") {
        NotificationOids.SYS_UP_TIME_0.toString() shouldBe "1.3.6.1.2.1.1.3.0"
        NotificationOids.SNMP_TRAP_OID_0.toString() shouldBe "1.3.6.1.6.3.1.1.4.1.0"
        NotificationOids.SNMP_TRAP_ENTERPRISE_0.toString() shouldBe "1.3.6.1.6.3.1.1.4.3.0"
        NotificationOids.SNMP_TRAP_ADDRESS_0.toString() shouldBe "1.3.6.1.6.3.18.1.3.0"
        NotificationOids.SNMP_TRAP_COMMUNITY_0.toString() shouldBe "1.3.6.1.6.3.18.1.4.0"
        NotificationOids.SNMP_TRAPS.toString() shouldBe "1.3.6.1.6.3.1.1.5"
        listOf(
            NotificationOids.COLD_START, NotificationOids.WARM_START, NotificationOids.LINK_DOWN,
            NotificationOids.LINK_UP, NotificationOids.AUTHENTICATION_FAILURE, NotificationOids.EGP_NEIGHBOR_LOSS,
        ).map { it.toString() } shouldBe (1..6).map { "1.3.6.1.6.3.1.1.5.$it" }
    }

    test("parse takes sysUpTime.0 and snmpTrapOID.0 off the front and keeps the rest in order") {
        val n = V2Notification.parse(VarBindList.of(upTime, linkUp, ifIndex))
        n.upTime() shouldBe TimeTicks.of(654_321)
        n.trapOid() shouldBe NotificationOids.LINK_UP
        n.varBinds() shouldBe VarBindList.of(ifIndex)
        V2Notification.parse(VarBindList.of(upTime, linkUp)).varBinds() shouldBe VarBindList.empty()
    }

    test("toVarBindList puts sysUpTime.0 and snmpTrapOID.0 first") {
        V2Notification(TimeTicks.of(654_321), NotificationOids.LINK_UP, VarBindList.of(ifIndex)).toVarBindList() shouldBe
            VarBindList.of(upTime, linkUp, ifIndex)
    }

    context("a list without sysUpTime.0 (TimeTicks) then snmpTrapOID.0 (OBJECT IDENTIFIER) is malformed at that binding") {
        val otherTime = VarBind.of("1.3.6.1.2.1.1.3", TimeTicks.of(1))
        withData(
            nameFn = { (name, _) -> name },
            "empty" to (VarBindList.empty() to 0),
            "sysUpTime.0 only" to (VarBindList.of(upTime) to 1),
            "sysUpTime.0 as a Counter32" to (VarBindList.of(VarBind.of(NotificationOids.SYS_UP_TIME_0, Counter32.of(5)), linkUp) to 0),
            "sysUpTime (no .0)" to (VarBindList.of(otherTime, linkUp) to 0),
            "the two swapped" to (VarBindList.of(linkUp, upTime) to 0),
            "snmpTrapOID.0 as a string" to (VarBindList.of(upTime, VarBind.of(NotificationOids.SNMP_TRAP_OID_0, OctetString.of("x"))) to 1),
            "another name second" to (VarBindList.of(upTime, ifIndex, linkUp) to 1),
        ) { (_, case) ->
            val (list, index) = case
            val e = shouldThrow<MalformedNotificationException> { V2Notification.parse(list) }
            e.index() shouldBe index
            e.received() shouldBe list
            e.shouldBeInstanceOf<SnmpException>()
        }
    }

    test("any notification survives toVarBindList then parse") {
        checkAll(1_000, config, NotificationGenerators.anyV2) { n ->
            V2Notification.parse(n.toVarBindList()) shouldBe n
        }
    }

    test("any list parses back to itself or is malformed; nothing else is thrown") {
        checkAll(2_000, config, NotificationGenerators.anyVarBinds) { list ->
            val wellFormed = list.size >= 2 && list.oid(0) == NotificationOids.SYS_UP_TIME_0 && list.value(0) is TimeTicks &&
                list.oid(1) == NotificationOids.SNMP_TRAP_OID_0 && list.value(1) is ObjectIdentifier
            val parsed = runCatching { V2Notification.parse(list) }
            if (wellFormed) {
                parsed.getOrThrow().toVarBindList() shouldBe list
            } else {
                parsed.exceptionOrNull().shouldBeInstanceOf<MalformedNotificationException>()
            }
        }
    }

    test("withoutCounter64 removes exactly the Counter64 bindings, and is the same notification when there are none") {
        val c64 = VarBind.of("1.3.6.1.2.1.31.1.1.1.6.2", Counter64.of(-1L))
        val n = V2Notification(TimeTicks.of(1), NotificationOids.LINK_UP, VarBindList.of(c64, ifIndex, c64))
        n.hasCounter64() shouldBe true
        n.withoutCounter64() shouldBe V2Notification(TimeTicks.of(1), NotificationOids.LINK_UP, VarBindList.of(ifIndex))
        n.withoutCounter64().hasCounter64() shouldBe false
        val plain = V2Notification(TimeTicks.of(1), Oid.parse("1.3.6.1.4.1.9.0.1"), VarBindList.of(ifIndex))
        plain.hasCounter64() shouldBe false
        plain.withoutCounter64() shouldBeSameInstanceAs plain
        checkAll(500, config, NotificationGenerators.varBindsWithCounter64) { vbs ->
            val stripped = V2Notification(TimeTicks.of(0), NotificationOids.COLD_START, vbs).withoutCounter64()
            stripped.varBinds() shouldBe vbs.filter { it.value !is Counter64 }
        }
    }
})
