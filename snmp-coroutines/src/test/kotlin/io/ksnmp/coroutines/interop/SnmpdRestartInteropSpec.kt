package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.ints.shouldBeInRange
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advanceBy
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.message.MsgFlags
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.UsmSecurityParameters
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.withContext
import java.util.concurrent.ConcurrentLinkedQueue
import kotlin.io.path.readText
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/**
 * [SnmpEngine] in SNMPv3 against an snmpd that restarts. With a fixed engine ID, Net-SNMP 5.9.3
 * keeps snmpEngineBoots at 1 across restarts and starts snmpEngineTime again from 0, so a
 * manager's idea of the agent's clock is ahead of it after a restart:
 *
 * - by less than the 150 s time window (snmpd ran only briefly): snmpd accepts the next request
 *   as it is and no notInTimeWindow report comes;
 * - by more (snmpd ran longer than 150 s before restarting; here the engine's loop clock jumps
 *   200 s instead of waiting): snmpd sends one authenticated notInTimeWindow report, the engine
 *   takes snmpd's boots and time from it and re-sends once, and that is answered.
 *
 * Each test restarts the spec's one snmpd.
 */
class SnmpdRestartInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget") { restartTests() }
})

private val sysDescr = Oid.parse("1.3.6.1.2.1.1.1.0")

/** SNMP-FRAMEWORK-MIB snmpEngineBoots.0 and snmpEngineTime.0. */
private val snmpEngineBoots = Oid.parse("1.3.6.1.6.3.10.2.1.2.0")
private val snmpEngineTime = Oid.parse("1.3.6.1.6.3.10.2.1.3.0")

private fun FunSpec.restartTests() {
    val user = InteropUser.named("sha256-aes")
    var snmpdOrNull: Snmpd? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")

    /** Reports the engine received, in order. */
    val reports = ConcurrentLinkedQueue<PacketEvent>()
    /**
     * The engine's loop clock, moved by the tests: resends and timeouts happen only when a test
     * says time has passed, and the engine's estimate of snmpd's clock moves with it.
     */
    val clock = VirtualClock()
    var engineOrNull: SnmpEngine? = null
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")

    beforeSpec {
        snmpdOrNull = Snmpd.start()
        engineOrNull = virtualEngine(
            clock,
            SnmpVersion.V3,
            packetTrace = { e -> if (e.direction == PacketDirection.IN && e.scopedPduOrNull?.pdu()?.type() == PduType.REPORT) reports.add(e) },
        ).apply { addUser(user.user) }
    }

    afterSpec {
        engineOrNull?.close()
        snmpdOrNull?.close()
    }

    /** snmpd's process ID, from its pid file. */
    fun snmpdPid(): Long = snmpd().dir.resolve("snmpd.pid").readText().trim().toLong()

    /** The Reports received since [from] (an index into [reports]): which counter each names, and whether it was authenticated. */
    fun reportsSince(from: Int): List<Pair<UsmStats?, Boolean>> = reports.drop(from).map { e ->
        val message = e.messageOrNull.shouldBeInstanceOf<V3Message>()
        UsmStats.fromReportOrNull(e.scopedPduOrNull!!.pdu().varBinds().oid(0)) to MsgFlags.isAuth(message.msgFlags())
    }

    test("snmpd restarted between two requests on one manager: the second authPriv get is answered as it is") {
        val m = engine().manager(snmpd().ipv4, user = user.name)
        val before = m.get(sysDescr, snmpEngineBoots)
        val pid = snmpdPid()
        val seenReports = reports.size
        snmpd().restart()
        snmpdPid() shouldNotBe pid
        val after = m.get(sysDescr, snmpEngineBoots, snmpEngineTime)
        after.value(0) shouldBe before.value(0)
        // Net-SNMP keeps the boots (a fixed engine ID) and starts the time again.
        after.value(1) shouldBe Integer32.of(1)
        before.value(1) shouldBe Integer32.of(1)
        // (snmpd's seconds since the restart: no more than this test can last)
        after.value(2).shouldBeInstanceOf<Integer32>().value() shouldBeInRange 0..Patience.SECONDS.toInt()
        // Within the time window: no notInTimeWindow report, nothing to resynchronise.
        reportsSince(seenReports).shouldBeEmpty()
        withClue(engine().counters) { engine().counters.pendingRequests shouldBe 0 }
    }

    test("snmpd restarted after more than the time window: one authenticated notInTimeWindow report, one resend, answered") {
        // The loop's clock does not move while the request waits: the only resend is the one the report causes.
        val m = engine().manager(snmpd().ipv4, user = user.name, timeout = 10.seconds, refreshPeriod = 5.seconds)
        m.get(sysDescr).single().oid() shouldBe sysDescr
        snmpd().restart()
        // As if snmpd had run 200 s before restarting: the engine's estimate of its clock is now 200 s ahead.
        engine().advanceBy(clock, 200.seconds)
        val seenReports = reports.size
        val resends = engine().counters.resends
        val failed = engine().counters.failed
        val after = m.get(sysDescr, snmpEngineTime)
        after.oid(0) shouldBe sysDescr
        reportsSince(seenReports) shouldBe listOf(UsmStats.NOT_IN_TIME_WINDOWS to true)
        val report = reports.last().messageOrNull as V3Message
        UsmSecurityParameters.decode(report.securityParameters()).engineBoots() shouldBe 1
        engine().counters.resends shouldBe resends + 1
        engine().counters.failed shouldBe failed
        withClue(engine().counters) { engine().counters.pendingRequests shouldBe 0 }
    }

    test("a request sent while snmpd is down is re-sent until snmpd is back, then answered") {
        val m = engine().manager(snmpd().ipv4, user = user.name, timeout = 20.seconds, refreshPeriod = 200.milliseconds)
        m.get(sysDescr)
        snmpd().stopProcess()
        val resends = engine().counters.resends
        val sent = engine().counters.datagramsSent
        val pending = async(Dispatchers.Default) { m.get(sysDescr) }
        eventually { engine().counters.datagramsSent == sent + 1 } shouldBe true
        // Two refresh periods with snmpd down: two resends, unanswered.
        engine().advanceBy(clock, 200.milliseconds)
        engine().advanceBy(clock, 200.milliseconds)
        engine().counters.resends shouldBe resends + 2
        pending.isCompleted shouldBe false
        withContext(Dispatchers.IO) { snmpd().startProcess() }
        // The next one, with snmpd back, is answered.
        engine().advanceBy(clock, 200.milliseconds)
        pending.await().single().oid() shouldBe sysDescr
        engine().counters.resends shouldBe resends + 3
    }

    test("no request is left pending") {
        withClue(engine().counters) {
            engine().counters.pendingRequests shouldBe 0
            engine().counters.timeouts shouldBe 0
        }
    }
}
