package io.ksnmp.coroutines.notification

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.notification.NotificationOids
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.interop.InteropUser
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * Net-SNMP's `snmptrap` and `snmpinform` → ksnmp's notification receiver: v1 and v2c traps, v2c
 * informs, and SNMPv3 traps (each sender's engine ID given with `-e`, users bound to it) and
 * informs (the receiver authoritative, discovered by the tool) for every user of
 * [InteropUser.matrix], over IPv4 and IPv6. Each notification arrives once with its bindings
 * exact; each inform is acknowledged (the tool exits 0).
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class NetSnmpSenderInteropSpec : FunSpec({
    timeout = 3 * Patience.MILLIS
    withNetSnmpTools("snmptrap", "snmpinform") { senderTests() }
})

private val linkUp = Oid.parse("1.3.6.1.6.3.1.1.5.4")
private val serial = AtomicInteger()
private const val MARK = "1.3.6.1.4.1.8072.9999.2.0"
private val senderEngine = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "trap-sender".toByteArray()
private val otherSender = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "other-sender".toByteArray()
private fun hex(id: ByteArray) = "0x" + id.joinToString("") { "%02x".format(it) }

@OptIn(io.kotest.common.ExperimentalKotest::class)
private fun FunSpec.senderTests() {
    var engineOrNull: SnmpEngine? = null
    var receiverOrNull: NotificationReceiver? = null
    val arrived = LinkedBlockingQueue<Notification>()
    var sent = 0L
    fun receiver(): NotificationReceiver = receiverOrNull ?: fail("the receiver was not started")
    fun to(ipv6: Boolean): String = if (ipv6) "udp6:[::1]:${receiver().addresses[1].port}" else "udp:127.0.0.1:${receiver().addresses[0].port}"

    /**
     * Runs the tool; returns the next notification to arrive, which must carry this run's mark. An
     * inform waits 30 s for its acknowledgement: a bound for a hung run, so that a slow machine does
     * not make the tool send it again.
     */
    fun send(tool: String, args: List<String>, mark: String): Notification {
        val result = NetSnmpTools.run(tool, listOf("-r", "1", "-t", "30") + args + listOf(MARK, "s", mark))
        withClue(result) { result.exitCode shouldBe 0 }
        sent++
        val n = arrived.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: fail("nothing arrived for $mark; ${receiver().counters}")
        withClue(n) { n.varBinds.contains(VarBind.of(Oid.parse(MARK), OctetString.of(mark))) shouldBe true }
        return n
    }

    beforeSpec {
        val engine = SnmpEngine()
        engineOrNull = engine
        val options = NotificationReceiverOptions(
            addresses = listOf(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), InetSocketAddress(InetAddress.getByName("::1"), 0)),
            communities = setOf("public"),
            users = InteropUser.matrix.map { it.user },
            senderUsers = InteropUser.matrix.map { SenderUser(senderEngine, it.user) },
        )
        receiverOrNull = engine.notificationReceiver(options) { arrived.add(it) }
    }
    afterSpec {
        receiverOrNull?.close()
        engineOrNull?.close()
    }

    context("a v2c trap from snmptrap arrives once, its bindings exact") {
        withData(nameFn = { if (it) "IPv6" else "IPv4" }, false, true) { ipv6 ->
            val mark = "v2c trap #${serial.incrementAndGet()}"
            val n = send("snmptrap", listOf("-v2c", "-c", "public", to(ipv6), "4321", linkUp.toDottedString(), "1.3.6.1.2.1.2.2.1.1.3", "i", "3"), mark)
            n.version shouldBe SnmpVersion.V2C
            n.isInform shouldBe false
            n.communityOrNull shouldBe "public"
            n.upTime shouldBe TimeTicks.of(4321)
            n.trapOid shouldBe linkUp
            n.varBinds shouldBe VarBindList.of(VarBind.of("1.3.6.1.2.1.2.2.1.1.3", Integer32.of(3)), VarBind.of(Oid.parse(MARK), OctetString.of(mark)))
            n.source.address shouldBe InetAddress.getByName(if (ipv6) "::1" else "127.0.0.1")
        }
    }

    test("a v1 trap from snmptrap arrives with its v1 fields and in the SNMPv2 form (RFC 3584 §3.1)") {
        val mark = "v1 trap #${serial.incrementAndGet()}"
        val n = send("snmptrap", listOf("-v1", "-c", "public", to(false), "1.3.6.1.4.1.8072.2.3", "192.0.2.7", "6", "17", "555"), mark)
        n.version shouldBe SnmpVersion.V1
        val v1 = n.v1TrapOrNull ?: fail("no v1 fields")
        v1.enterprise() shouldBe Oid.parse("1.3.6.1.4.1.8072.2.3")
        v1.agentAddress() shouldBe IpAddress.parse("192.0.2.7")
        v1.genericTrap() shouldBe TrapV1Pdu.ENTERPRISE_SPECIFIC
        v1.specificTrap() shouldBe 17
        n.upTime shouldBe TimeTicks.of(555)
        n.trapOid shouldBe Oid.parse("1.3.6.1.4.1.8072.2.3.0.17")
        n.varBinds.map { it.oid() } shouldBe listOf(Oid.parse(MARK), NotificationOids.SNMP_TRAP_ADDRESS_0, NotificationOids.SNMP_TRAP_ENTERPRISE_0)
        n.varBinds[2].value() shouldBe ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1.8072.2.3"))
    }

    context("a v2c inform from snmpinform is acknowledged and arrives once") {
        withData(nameFn = { if (it) "IPv6" else "IPv4" }, false, true) { ipv6 ->
            val mark = "v2c inform #${serial.incrementAndGet()}"
            val n = send("snmpinform", listOf("-v2c", "-c", "public", to(ipv6), "", linkUp.toDottedString()), mark)
            n.isInform shouldBe true
            n.version shouldBe SnmpVersion.V2C
        }
    }

    context("SNMPv3 traps with the sender's engine ID (-e), for every user of the matrix") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { u ->
            val mark = "v3 trap ${u.name} #${serial.incrementAndGet()}"
            val n = send("snmptrap", listOf("-v3", "-e", hex(senderEngine)) + u.netSnmpOptions() + listOf(to(false), "", linkUp.toDottedString()), mark)
            n.userNameOrNull shouldBe u.name
            n.securityLevel shouldBe u.level
            n.engineIdOrNull shouldBe senderEngine
            n.isInform shouldBe false
        }
    }

    test("an SNMPv3 trap from an engine never seen: its keys localized on first sight, off the loop") {
        val u = InteropUser.named("sha256-aes")
        val mark = "v3 trap from another engine #${serial.incrementAndGet()}"
        val n = send("snmptrap", listOf("-v3", "-e", hex(otherSender)) + u.netSnmpOptions() + listOf(to(true), "", linkUp.toDottedString()), mark)
        n.engineIdOrNull shouldBe otherSender
        n.securityLevel shouldBe SecurityLevel.AUTH_PRIV
    }

    context("SNMPv3 informs, the receiver discovered and authoritative, for every user of the matrix") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { u ->
            val mark = "v3 inform ${u.name} #${serial.incrementAndGet()}"
            val n = send("snmpinform", listOf("-v3") + u.netSnmpOptions() + listOf(to(u.name.hashCode() % 2 == 0), "", linkUp.toDottedString()), mark)
            n.isInform shouldBe true
            n.userNameOrNull shouldBe u.name
            n.securityLevel shouldBe u.level
        }
    }

    test("nothing arrived twice, nothing was dropped, and discovery probes were answered") {
        // The receiver delivers in the order datagrams come: had anything come twice, the next trap would not be next.
        send("snmptrap", listOf("-v2c", "-c", "public", to(false), "1", linkUp.toDottedString()), "last #${serial.incrementAndGet()}")
        arrived.poll().shouldBeNull()
        val c = receiver().counters
        c.delivered shouldBe sent
        c.dropped shouldBe 0L
        c.discoveryProbesAnswered shouldBeGreaterThanOrEqual InteropUser.matrix.size.toLong()
        c.datagramsReceived shouldBe c.delivered + c.discoveryProbesAnswered + c.dropped
    }
}
