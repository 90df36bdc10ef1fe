package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.longs.shouldBeInRange
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
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
import io.ksnmp.testing.NotificationLine
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmptrapd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import java.net.InetSocketAddress
import java.util.concurrent.atomic.AtomicInteger

/**
 * ksnmp's notification originator against Net-SNMP's snmptrapd, checked in snmptrapd's own log:
 * v1 and v2c traps, v2c informs, and SNMPv3 traps (this engine authoritative, snmptrapd given
 * each user for this engine's ID) and informs (snmptrapd authoritative, discovered) for every user
 * of [InteropUser.matrix], over IPv4 and IPv6. Every notification is logged exactly once, with
 * exactly the bindings sent.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class SnmptrapdInteropSpec : FunSpec({
    timeout = 3 * Patience.MILLIS
    withNetSnmpTools("snmptrapd") { notificationTests() }
})

private val linkDown = Oid.parse("1.3.6.1.6.3.1.1.5.3")
private val ifIndex7 = VarBind.of("1.3.6.1.2.1.2.2.1.1.7", Integer32.of(7))
private val marker = Oid.parse("1.3.6.1.4.1.8072.9999.1.0")
private val serial = AtomicInteger()

/** A binding no other notification of the run carries, to find this one in the log. */
private fun freshMarker(what: String): VarBind = VarBind.of(marker, OctetString.of("$what #${serial.incrementAndGet()}"))

private fun strings(varBinds: List<VarBind>): List<String> = varBinds.map { it.toString() }

@OptIn(io.kotest.common.ExperimentalKotest::class)
private fun FunSpec.notificationTests() {
    val engineId = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "ksnmp-notify".toByteArray()
    var trapdOrNull: Snmptrapd? = null
    var engineOrNull: SnmpEngine? = null
    fun trapd(): Snmptrapd = trapdOrNull ?: fail("snmptrapd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")
    val barriers = AtomicInteger()

    /**
     * The one logged line carrying [mark], sent to [to]; fails if there are two (a notification
     * delivered twice). snmptrapd logs what reaches one socket in order, so once a trap this engine
     * sent to [to] after the notification is logged, a duplicate sent with it would be logged too.
     */
    suspend fun loggedOnce(mark: VarBind, to: InetSocketAddress = trapd().ipv4): NotificationLine {
        val text = mark.toString()
        trapd().awaitLines { text in it.varBinds }
        val barrier = freshMarker("barrier")
        engine().manager(to, version = SnmpVersion.V2C).trap(linkDown, barrier)
        barriers.incrementAndGet()
        trapd().awaitLines { barrier.toString() in it.varBinds }
        val found = trapd().lines().filter { text in it.varBinds }
        return found.singleOrNull() ?: fail("logged ${found.size} times: $mark")
    }

    beforeSpec {
        trapdOrNull = Snmptrapd.start(trapSenders = listOf(engineId))
        engineOrNull = SnmpEngine(engineId = engineId).also { e -> for (u in InteropUser.matrix) e.addUser(u.user) }
    }
    afterSpec {
        engineOrNull?.close()
        trapdOrNull?.close()
    }

    context("a v2c trap arrives once with its bindings, sysUpTime.0 and snmpTrapOID.0 first") {
        withData(nameFn = { if (it) "IPv6" else "IPv4" }, false, true) { ipv6 ->
            val to: InetSocketAddress = if (ipv6) trapd().ipv6 else trapd().ipv4
            val mark = freshMarker("v2c trap")
            val extra = VarBind.of("1.3.6.1.2.1.31.1.1.1.6.7", Counter64.of(-2L))
            engine().manager(to, version = SnmpVersion.V2C).trap(linkDown, ifIndex7, mark, extra, upTime = TimeTicks.of(4242))
            val line = loggedOnce(mark, to)
            line.version shouldBe 1
            line.pdu shouldStartWith "TRAP2, SNMP v2c, community public"
            line.varBinds shouldBe strings(
                listOf(
                    VarBind.of("1.3.6.1.2.1.1.3.0", TimeTicks.of(4242)),
                    VarBind.of("1.3.6.1.6.3.1.1.4.1.0", ObjectIdentifier.of(linkDown)),
                    ifIndex7, mark, extra,
                ),
            )
        }
    }

    test("without an upTime, a trap carries the engine's own sysUpTime") {
        val before = engine().upTime().value()
        val mark = freshMarker("engine uptime")
        engine().manager(trapd().ipv4, version = SnmpVersion.V2C).trap(linkDown, mark)
        val after = engine().upTime().value()
        val sent = loggedOnce(mark).varBinds.first().substringAfter("(").substringBefore(")").toLong()
        sent shouldBeInRange before..after
    }

    test("a v1 trap arrives once with its enterprise, agent address, generic and specific traps, time-stamp and bindings") {
        val mark = freshMarker("v1 trap")
        val enterprise = Oid.parse("1.3.6.1.4.1.8072.2.3")
        val trap = TrapV1Pdu(enterprise, IpAddress.parse("192.0.2.7"), TrapV1Pdu.ENTERPRISE_SPECIFIC, 17, TimeTicks.of(123_456L), VarBindList.of(ifIndex7, mark))
        engine().manager(trapd().ipv4, version = SnmpVersion.V1).trap(trap)
        val line = loggedOnce(mark)
        line.version shouldBe 0
        line.v1Fields shouldBe listOf(".1.3.6.1.4.1.8072.2.3", "6", "17", "123456", "192.0.2.7")
        line.varBinds shouldBe strings(listOf(ifIndex7, mark))
    }

    context("a v2c inform is acknowledged with its bindings and logged once") {
        withData(nameFn = { if (it) "IPv6" else "IPv4" }, false, true) { ipv6 ->
            val mark = freshMarker("v2c inform")
            val to = if (ipv6) trapd().ipv6 else trapd().ipv4
            // No resend while the test runs, however slow the acknowledgement: a resent inform would be logged twice.
            val m = engine().manager(to, version = SnmpVersion.V2C, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
            val echoed = m.inform(linkDown, ifIndex7, mark, upTime = TimeTicks.of(77))
            val sent = listOf(VarBind.of("1.3.6.1.2.1.1.3.0", TimeTicks.of(77)), VarBind.of("1.3.6.1.6.3.1.1.4.1.0", ObjectIdentifier.of(linkDown)), ifIndex7, mark)
            echoed shouldBe VarBindList.copyOf(sent)
            val line = loggedOnce(mark, to)
            line.pdu shouldStartWith "INFORM, SNMP v2c"
            line.varBinds shouldBe strings(sent)
        }
    }

    context("SNMPv3 traps, this engine authoritative, for every user of the matrix at its own level") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { u ->
            val mark = freshMarker("v3 trap ${u.name}")
            engine().manager(trapd().ipv4, user = u.name, securityLevel = u.level).trap(linkDown, ifIndex7, mark, upTime = TimeTicks.of(5))
            val line = loggedOnce(mark)
            line.version shouldBe 3
            line.security shouldBe u.name
            line.pdu shouldStartWith "TRAP2, SNMP v3, user ${u.name}"
            line.varBinds shouldHaveSize 4
            line.varBinds.drop(2) shouldBe strings(listOf(ifIndex7, mark))
        }
    }

    context("SNMPv3 informs, snmptrapd authoritative and discovered once, for every user of the matrix") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { u ->
            val mark = freshMarker("v3 inform ${u.name}")
            val m = engine().manager(trapd().ipv4, user = u.name, securityLevel = u.level, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
            val echoed = m.inform(linkDown, mark)
            echoed.drop(2) shouldBe listOf(mark)
            val line = loggedOnce(mark)
            line.pdu shouldStartWith "INFORM, SNMP v3, user ${u.name}"
        }
    }

    test("a v3 trap and a v3 inform over IPv6") {
        val u = InteropUser.named("sha512-aes256c")
        val m = engine().manager(trapd().ipv6, user = u.name, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
        val trapMark = freshMarker("v3 trap over IPv6")
        m.trap(linkDown, trapMark)
        loggedOnce(trapMark, trapd().ipv6).from shouldStartWith "UDP/IPv6"
        val informMark = freshMarker("v3 inform over IPv6")
        m.inform(linkDown, informMark).last() shouldBe informMark
        loggedOnce(informMark, trapd().ipv6).from shouldStartWith "UDP/IPv6"
    }

    test("the engine counts traps sent and discovered snmptrapd once per address") {
        // (and one v2c trap after each notification checked, to see that it was logged once)
        engine().counters.trapsSent shouldBe 2L + 1 + 1 + InteropUser.matrix.size + 1 + barriers.get()
        engine().counters.discoveries shouldBe 2L
    }
}
