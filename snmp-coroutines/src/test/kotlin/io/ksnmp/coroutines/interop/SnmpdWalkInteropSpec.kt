package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeStrictlyIncreasing
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.ints.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.WalkOptions
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advanceBy
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.testing.withNetSnmpTools
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.toList
import java.util.concurrent.ConcurrentLinkedQueue
import kotlin.time.Duration.Companion.seconds

/**
 * Walks of Net-SNMP's snmpd by [SnmpManager.walk] and [SnmpManager.bulkWalk], compared binding by
 * binding, as text, with what Net-SNMP's `snmpbulkwalk` and `snmpwalk` print for the same agent:
 * the whole MIB view (`.1`, 100,000 extend rows and multi-line values included), the system group
 * over SNMPv1, SNMPv2c and IPv6, and the SNMPv1 walk that ends at noSuchName at the end of the MIB.
 *
 * Each ksnmp walk runs between two runs of the tool ([compareWithToolWalks]): values that changed
 * between the tool's runs (sysUpTime, counters, …) are checked for type and range, all others
 * exactly.
 */
class SnmpdWalkInteropSpec : FunSpec({
    timeout = 3 * Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget", "snmpwalk", "snmpbulkwalk") { walkTests() }
})

private val system = Oid.parse("1.3.6.1.2.1.1")
private val sysDescr = Oid.parse("1.3.6.1.2.1.1.1.0")
private val sysUpTime = Oid.parse("1.3.6.1.2.1.1.3.0")

/** vacmMIBViews: snmpd's last subtree, where its MIB view ends. */
private val vacmMibViews = Oid.parse("1.3.6.1.6.3.16.1.5")

private fun FunSpec.walkTests() {
    var agentOrNull: WalkAgent? = null
    var engineOrNull: SnmpEngine? = null
    fun agent(): WalkAgent = agentOrNull ?: fail("snmpd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")

    /** The PDUs the engine received, in order. */
    val received = ConcurrentLinkedQueue<Pdu>()

    /** The PDUs the engine sent, in order. */
    val sent = ConcurrentLinkedQueue<Pdu>()

    beforeSpec {
        agentOrNull = WalkAgent.start()
        engineOrNull = SnmpEngine(defaultVersion = SnmpVersion.V2C, packetTrace = { e ->
            val pdu = (e.messageOrNull as? CommunityMessage)?.pdu()
            if (pdu is Pdu) (if (e.direction == PacketDirection.IN) received else sent).add(pdu)
        })
    }


    afterSpec {
        engineOrNull?.close()
        agentOrNull?.close()
    }

    /** A manager that does not resend (the tests count the responses) and waits as long as a hung test would. */
    fun manager(version: SnmpVersion, ipv6: Boolean = false): SnmpManager =
        engine().manager(agent().address(ipv6), version = version, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)

    fun toolArgs(version: SnmpVersion, ipv6: Boolean, vararg more: String): List<String> =
        listOf("-v", if (version == SnmpVersion.V1) "1" else "2c", "-c", "public") + more + agent().toolAddress(ipv6)

    test("bulkWalk of .1 (v2c, 50 repetitions) gives the bindings snmpbulkwalk -Cr50 prints, as it prints them") {
        val args = toolArgs(SnmpVersion.V2C, false, "-Cr50") + ".1"
        val before = toolWalk("snmpbulkwalk", args, Patience.DURATION * 2)
        val walked = manager(SnmpVersion.V2C).bulkWalk(Oid.parse("1"), 50).toList()
        val after = toolWalk("snmpbulkwalk", args, Patience.DURATION * 2)
        val comparison = compareWithToolWalks(walked, before, after)
        println("SnmpdWalkInteropSpec: .1 bulk walk: ${walked.size} bindings; $comparison; volatile: %s".format(
            comparison.volatile.map { it.parent().toDottedString() }.distinct()))
        // The walk covered the view: from sysDescr.0 to snmpd's last name, through every extend row and multi-line value.
        walked.first().oid() shouldBe sysDescr
        walked.last().oid() shouldBe before.last().oid
        walked.count { it.oid().startsWith(WalkAgent.nsExtendOutLine) } shouldBeGreaterThan WalkAgent.ROWS
        walked.map { it.oid() } shouldContain WalkAgent.rowOid(WalkAgent.ROWS)
        // Values of several lines: hex dumps longer than 16 octets, nsExtendOutputFull of `multi` and `quotes`.
        before.count { '\n' in it.text && it.text.contains("Hex-STRING") } shouldBeGreaterThan 0
        before.count { '\n' in it.text && it.text.contains("quoted") } shouldBe 1
        // The values that could not be compared exactly are few: snmpd's clocks and counters, not the bulk of the MIB.
        comparison.volatile shouldContain sysUpTime
        comparison.volatile.size shouldBeLessThan 1_000
    }

    test("bulkWalk of nsExtendOutputFull (29-35 KB values): snmpd cannot send what does not fit a datagram, so the walk halves after timeouts") {
        // snmpd answers nothing when a response exceeds a UDP datagram (it logs the sendto failure): 4 values of 29-35 KB
        // cannot go, 2 of e01/e02 can (59 KB), 2 from e03 on cannot (70 KB). Net-SNMP's own tool needs -Cr1 here.
        val tool = toolWalk("snmpbulkwalk", listOf("-v2c", "-c", WalkAgent.FULL, "-Cr1", agent().toolAddress(false), WalkAgent.nsExtendOutputFull.toDottedString()), Patience.DURATION)
        // An engine of its own on a virtual clock: a request times out when the test has seen snmpd drop it, not
        // when a busy machine is slow to answer. No resend: each size is asked once.
        val clock = VirtualClock()
        val bulks = ConcurrentLinkedQueue<Pdu>()
        val answered = ConcurrentLinkedQueue<Int>()
        virtualEngine(clock, packetTrace = { e ->
            val pdu = (e.messageOrNull as? CommunityMessage)?.pdu()
            if (pdu is Pdu) {
                if (e.direction == PacketDirection.OUT && pdu.type() == PduType.GET_BULK) bulks.add(pdu)
                if (e.direction == PacketDirection.IN) answered.add(pdu.requestId())
            }
        }).use { engine ->
            val m = engine.manager(agent().address(false), version = SnmpVersion.V2C, community = WalkAgent.FULL)
            val probe = engine.manager(agent().address(false), version = SnmpVersion.V2C)
            val options = WalkOptions(requestOptions = RequestOptions(timeout = 2.seconds, refreshPeriod = 2.seconds))
            val walk = async(Dispatchers.Default) { m.bulkWalk(WalkAgent.nsExtendOutputFull, 4, options).toList() }
            val timedOut = HashSet<Int>()
            // The walk's latest request, if it is neither answered nor timed out: the one it waits for.
            fun waitingFor(): Pdu? = bulks.lastOrNull()?.takeIf { it.requestId() !in answered && it.requestId() !in timedOut }
            while (!walk.isCompleted) {
                eventually { walk.isCompleted || waitingFor() != null } shouldBe true
                val pending = waitingFor() ?: continue
                // snmpd handles datagrams in order: once it has answered a get sent after the bulk request, it has
                // answered that too, or dropped it for good. Only then does the bulk request time out.
                probe.get(sysUpTime)
                if (pending.requestId() !in answered) {
                    timedOut += pending.requestId()
                    engine.advanceBy(clock, 2.seconds) // its timeout, on the clock it was sent by
                }
            }
            val walked = walk.await()
            walked.map { it.toString() } shouldBe tool.map { it.text }
            walked.size shouldBe WalkAgent.EXTENDS + 3
            walked.first().value().toString().lines() shouldHaveSize WalkAgent.LINES_PER_EXTEND
            // The repetitions asked: 4 (no answer), 2, … and 1 once 2 got no answer either; never back up.
            val repetitions = bulks.map { it.maxRepetitions() }
            withClue(repetitions) {
                repetitions.take(3) shouldBe listOf(4, 2, 2)
                repetitions.zipWithNext().all { (a, b) -> b <= a } shouldBe true
                repetitions.last() shouldBe 1
                timedOut.size shouldBe 2 // the 4, and the first 2 that did not fit
                engine.counters.resends shouldBe 0
            }
        }
    }

    data class Target(val version: SnmpVersion, val ipv6: Boolean) {
        override fun toString(): String = "${if (version == SnmpVersion.V1) "v1" else "v2c"} over ${if (ipv6) "IPv6" else "IPv4"}"
    }

    for (t in listOf(Target(SnmpVersion.V2C, false), Target(SnmpVersion.V1, false), Target(SnmpVersion.V2C, true))) {
        test("walk (GETNEXT) of the system group, $t, gives what snmpwalk prints; only sysUpTime.0 may differ") {
            val args = toolArgs(t.version, t.ipv6) + system.toDottedString()
            val before = toolWalk("snmpwalk", args, Patience.DURATION)
            received.clear()
            val walked = manager(t.version, t.ipv6).walk(system).toList()
            val after = toolWalk("snmpwalk", args, Patience.DURATION)
            val comparison = compareWithToolWalks(walked, before, after)
            comparison.transient shouldBe emptyList()
            (comparison.volatile.toSet() - sysUpTime) shouldBe emptySet()
            walked.first().oid() shouldBe sysDescr
            walked.map { it.oid() }.shouldBeStrictlyIncreasing()
            // One GETNEXT a binding, plus the one that left the subtree.
            received.size shouldBe walked.size + 1
            received.all { it.type() == PduType.RESPONSE && it.varBinds().size == 1 } shouldBe true
        }
    }

    context("SNMPv1 at the end of the MIB: snmpd answers noSuchName, the walk ends there without an error") {
        test("walk of vacmMIBViews, snmpd's last subtree, gives what snmpwalk -v1 prints, then stops at noSuchName") {
            val v2c = manager(SnmpVersion.V2C).bulkWalk(vacmMibViews, 50).toList()
            v2c.size shouldBeGreaterThan 0
            // Nothing follows vacmMIBViews: past its last name, v2c says endOfMibView.
            manager(SnmpVersion.V2C).getNext(v2c.last().oid()).value(0) shouldBe EndOfMibView.INSTANCE

            val args = toolArgs(SnmpVersion.V1, false) + vacmMibViews.toDottedString()
            val before = toolWalk("snmpwalk", args, Patience.DURATION)
            received.clear()
            val walked = manager(SnmpVersion.V1).walk(vacmMibViews).toList()
            val after = toolWalk("snmpwalk", args, Patience.DURATION)
            compareWithToolWalks(walked, before, after).volatile shouldBe emptyList()
            walked shouldBe v2c
            val last = received.last()
            withClue(last) {
                last.errorStatus() shouldBe ErrorStatus.NO_SUCH_NAME
                last.errorIndex() shouldBe 1
            }
            received.size shouldBe walked.size + 1
        }

        for (ipv6 in listOf(false, true)) {
            test("walk of .1 resumed near its end (${if (ipv6) "IPv6" else "IPv4"}): the last bindings, then noSuchName ends it") {
                val tail = manager(SnmpVersion.V2C).bulkWalk(vacmMibViews, 50).toList().takeLast(26)
                tail shouldHaveSize 26
                received.clear()
                val walked = manager(SnmpVersion.V1, ipv6).walk(Oid.parse("1"), WalkOptions(startAfter = tail.first().oid())).toList()
                walked shouldBe tail.drop(1)
                received.last().errorStatus() shouldBe ErrorStatus.NO_SUCH_NAME
            }
        }
    }

    test("no request is left pending") {
        withClue(engine().counters) { engine().counters.pendingRequests shouldBe 0 }
    }
}
