package io.ksnmp.notification

import io.ksnmp.message.CapturedMessage
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.V3Message
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
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.property.PropTestConfig
import io.kotest.property.checkAll

/**
 * Both directions of RFC 3584 together: what survives a round trip, what every input does, and
 * Net-SNMP's captured traps translated.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class TranslationRoundTripSpec : FunSpec({
    val config = PropTestConfig(seed = 3584L)

    test("SNMPv1 -> SNMPv2 -> SNMPv1 gives the trap back (generic traps with specific-trap 0, no Counter64)") {
        checkAll(2_000, config, NotificationGenerators.translatableTrapV1) { trap ->
            V2Notification.fromTrapV1(trap).toTrapV1() shouldBe trap
        }
    }

    test("SNMPv1 -> SNMPv2 appends exactly snmpTrapAddress.0 and snmpTrapEnterprise.0 to the trap's bindings") {
        checkAll(1_000, config, NotificationGenerators.translatableTrapV1) { trap ->
            V2Notification.fromTrapV1(trap).varBinds() shouldBe trap.varBinds() + listOf(
                VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, trap.agentAddress()),
                VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, ObjectIdentifier.of(trap.enterprise())),
            )
        }
    }

    test("SNMPv2 -> SNMPv1 -> SNMPv2 gives the notification back when it is in the form SNMPv1 -> SNMPv2 makes") {
        checkAll(2_000, config, NotificationGenerators.translatableV2) { n ->
            V2Notification.fromTrapV1(n.toTrapV1()) shouldBe n
        }
    }

    test("SNMPv2 -> SNMPv1 on any notification translates or gives the reason it cannot, and nothing else") {
        checkAll(3_000, config, NotificationGenerators.anyV2) { n ->
            val generic = NotificationGenerators.genericTrapOids.indexOf(n.trapOid())
            val expected = when {
                n.hasCounter64() -> Reason.COUNTER64
                generic >= 0 -> null
                n.trapOid().lastArc() > Int.MAX_VALUE -> Reason.SPECIFIC_TRAP_OUT_OF_RANGE
                n.trapOid().parent().let { p -> p.lastArc() == 0L && p.size() == 1 } -> Reason.TRAP_OID_TOO_SHORT
                else -> null
            }
            val result = runCatching { n.toTrapV1() }
            if (expected == null) {
                val v1 = result.getOrThrow()
                v1.genericTrap() shouldBe if (generic >= 0) generic else TrapV1Pdu.ENTERPRISE_SPECIFIC
                v1.timeStamp() shouldBe n.upTime()
                v1.varBinds().all { it in n.varBinds() } shouldBe true
            } else {
                result.exceptionOrNull().shouldBeInstanceOf<UntranslatableNotificationException>().reason() shouldBe expected
            }
        }
    }

    test("a Counter64 anywhere keeps any notification from SNMPv1; without them it translates, every other binding kept") {
        checkAll(1_000, config, NotificationGenerators.varBindsWithCounter64) { vbs ->
            val ordinary = VarBindList.copyOf(vbs.filter { it.oid !in NotificationGenerators.appendedNames })
            val n = V2Notification(TimeTicks.of(7), Oid.parse("1.3.6.1.4.1.9.0.1"), ordinary)
            shouldThrow<UntranslatableNotificationException> { n.toTrapV1() }.reason() shouldBe Reason.COUNTER64
            n.withoutCounter64().toTrapV1().varBinds() shouldBe ordinary.filter { it.value !is Counter64 }
        }
    }

    test("Net-SNMP's captured SNMPv1 trap, translated as a proxy would with its community") {
        val capture = CapturedMessage.all().single { it.name == "snmptrap-v1-enterprise-request.hex" }
        val message = MessageCodec.decode(capture.bytes, 0, capture.bytes.size) as CommunityMessage
        val trap = message.pdu() as TrapV1Pdu
        val n = V2Notification.fromTrapV1(trap, OctetString.of(message.community()))
        n.toVarBindList() shouldBe VarBindList.of(
            VarBind.of(NotificationOids.SYS_UP_TIME_0, TimeTicks.of(12_345)),
            VarBind.of(NotificationOids.SNMP_TRAP_OID_0, ObjectIdentifier.parse("1.3.6.1.4.1.8072.2.3.0.17")),
            VarBind.of("1.3.6.1.2.1.1.5.0", OctetString.of("trap host")),
            VarBind.of("1.3.6.1.2.1.2.2.1.1.1", Integer32.of(1)),
            VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, IpAddress.parse("192.0.2.10")),
            VarBind.of(NotificationOids.SNMP_TRAP_COMMUNITY_0, OctetString.of("public")),
            VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, ObjectIdentifier.parse("1.3.6.1.4.1.8072.2.3")),
        )
        n.toTrapV1().varBinds().map { it.oid } shouldBe
            listOf(Oid.parse("1.3.6.1.2.1.1.5.0"), Oid.parse("1.3.6.1.2.1.2.2.1.1.1"), NotificationOids.SNMP_TRAP_COMMUNITY_0)
    }

    test("Net-SNMP's captured SNMPv3 linkUp as an SNMPv1 trap") {
        val capture = CapturedMessage.all().single { it.name == "snmptrap-v3-linkup-request.hex" }
        val message = MessageCodec.decode(capture.bytes, 0, capture.bytes.size) as V3Message
        val n = V2Notification.parse(message.scopedPduOrNull()!!.pdu().varBinds())
        n.trapOid() shouldBe NotificationOids.LINK_UP
        n.toTrapV1(IpAddress.parse("192.0.2.1")) shouldBe TrapV1Pdu(
            NotificationOids.SNMP_TRAPS, IpAddress.parse("192.0.2.1"), TrapV1Pdu.LINK_UP, 0, TimeTicks.of(654_321), n.varBinds(),
        )
    }

    test("Net-SNMP's captured SNMPv2c trap with a Counter64 has no SNMPv1 form") {
        val capture = CapturedMessage.all().single { it.name == "snmptrap-v2c-types-request.hex" }
        val message = MessageCodec.decode(capture.bytes, 0, capture.bytes.size) as CommunityMessage
        val n = V2Notification.parse(message.pdu().varBinds())
        n.trapOid() shouldBe NotificationOids.COLD_START
        shouldThrow<UntranslatableNotificationException> { n.toTrapV1() }.reason() shouldBe Reason.COUNTER64
        n.withoutCounter64().toTrapV1().varBinds().size shouldBe n.varBinds().size - 1
    }
})
