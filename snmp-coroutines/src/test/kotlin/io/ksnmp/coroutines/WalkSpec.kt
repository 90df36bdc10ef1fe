package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeInRange
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.MibResponder
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.NonIncreasingOidException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import io.ksnmp.testing.Patience
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import java.util.TreeMap
import java.util.concurrent.CopyOnWriteArrayList
import kotlin.time.Duration.Companion.milliseconds

private val SYSTEM = Oid.parse("1.3.6.1.2.1.1")
private val IF_ENTRY = Oid.parse("1.3.6.1.2.1.2.2.1")

/** system.1.0 … system.9.0, then ifEntry columns 1..3 for ifIndex 1..30, then one more name. */
private fun mib(): TreeMap<Oid, Variable> {
    val m = TreeMap<Oid, Variable>()
    for (i in 1..9) m[SYSTEM.child(i.toLong()).child(0)] = Integer32.of(i)
    for (col in 1..3) for (row in 1..30) m[IF_ENTRY.child(col.toLong()).child(row.toLong())] = Integer32.of(col * 1000 + row)
    m[Oid.parse("1.3.6.1.2.1.3.1")] = Integer32.of(0)
    return m
}

private suspend fun withMib(version: SnmpVersion = SnmpVersion.V2C, tweak: (MibResponder) -> Unit = {}, block: suspend (SnmpManager, MibResponder, SnmpEngine) -> Unit) {
    val responder = MibResponder(mib())
    tweak(responder)
    ScriptedPeer().use { peer ->
        peer.autoReply = responder::answer
        SnmpEngine(defaultVersion = version).use { engine ->
            // No resend and no timeout while the test runs, however slow the machine: the tests count requests.
            block(engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION), responder, engine)
            engine.tables() shouldBe EngineTables.EMPTY
        }
    }
}

/** Walks and tables against a scripted agent, correct and broken. */
class WalkSpec : FunSpec({
    val expectedSystem = mib().subMap(SYSTEM, false, SYSTEM.child(10), false).map { VarBind.of(it.key, it.value) }

    for (version in listOf(SnmpVersion.V1, SnmpVersion.V2C)) {
        test("$version: walk and bulkWalk give the subtree exactly, ending as the version ends") {
            withMib(version) { m, responder, _ ->
                m.walk(SYSTEM).toList() shouldBe expectedSystem
                responder.requests.get() shouldBe 10 // nine names, and the one that leaves
                m.bulkWalk(SYSTEM, 4).toList() shouldBe expectedSystem
                m.walk(Oid.parse("1.3.6.1.2.1.3")).toList() shouldBe listOf(VarBind.of(Oid.parse("1.3.6.1.2.1.3.1"), Integer32.of(0)))
                // past the last name: v1 noSuchName, v2c endOfMibView
                m.walk(Oid.parse("1.3.6.1.2.1.3.1")).toList() shouldBe emptyList()
                m.bulkWalk(Oid.parse("1.3.6.1.2.1.3"), 10).toList().size shouldBe 1
            }
        }
    }

    test("an empty or missing subtree costs one round trip and yields nothing") {
        withMib { m, responder, _ ->
            m.walk(Oid.parse("1.3.6.1.2.1.1.5.0.7")).toList() shouldBe emptyList()
            responder.requests.get() shouldBe 1
            m.bulkWalk(Oid.parse("1.3.6.1.2.1.2.1"), 10).toList() shouldBe emptyList()
            responder.requests.get() shouldBe 2
        }
    }

    test("start OID, limit, and the partial last repetition of a bulk response") {
        withMib { m, _, _ ->
            m.walk(SYSTEM, WalkOptions(startAfter = SYSTEM.child(6).child(0))).toList() shouldBe expectedSystem.drop(6)
            m.bulkWalk(SYSTEM, 4, WalkOptions(limit = 5)).toList() shouldBe expectedSystem.take(5)
        }
    }

    test("a table whose bulk responses have their last repetition cut short still comes out whole") {
        withMib(tweak = { r -> r.maxBulkBindings = 8 }) { m, responder, _ ->
            val rows = m.table(IF_ENTRY, 1, 2, 3, options = TableOptions(maxRepetitions = 5)).toList()
            rows.size shouldBe 30
            rows.forEach { it.values.size shouldBe 3 }
            rows[29][IF_ENTRY.child(2)] shouldBe Integer32.of(2030)
            responder.requests.get() shouldBeInRange 12..13 // 90 bindings and 3 past the ends, 8 a response
        }
    }

    test("endOfMibView in the middle of a bulk response ends the walk there") {
        withMib(tweak = { r ->
            val normal = r.next
            r.next = { name -> if (name == SYSTEM.child(3).child(0)) null else normal(name) }
        }) { m, _, _ ->
            m.bulkWalk(SYSTEM, 8).toList() shouldBe expectedSystem.take(3)
        }
    }

    test("noSuchObject and noSuchInstance inside a bulk response are skipped") {
        withMib(tweak = { r ->
            val normal = r.next
            r.next = { name ->
                val vb = normal(name)
                when (vb?.oid()) {
                    SYSTEM.child(2).child(0) -> VarBind.of(vb.oid(), NoSuchObject.INSTANCE)
                    SYSTEM.child(4).child(0) -> VarBind.of(vb.oid(), NoSuchInstance.INSTANCE)
                    else -> vb
                }
            }
        }) { m, _, _ ->
            m.bulkWalk(SYSTEM, 5).toList() shouldBe expectedSystem.filterIndexed { i, _ -> i != 1 && i != 3 }
        }
    }

    test("a decreasing name ends a strict walk with NonIncreasingOidException carrying both names") {
        withMib(tweak = { r ->
            val normal = r.next
            r.next = { name -> if (name == SYSTEM.child(5).child(0)) VarBind.of(SYSTEM.child(2).child(0), Integer32.of(2)) else normal(name) }
        }) { m, _, _ ->
            val seen = CopyOnWriteArrayList<VarBind>()
            val e = shouldThrow<NonIncreasingOidException> { m.walk(SYSTEM).collect { seen += it } }
            e.previous() shouldBe SYSTEM.child(5).child(0)
            e.received() shouldBe SYSTEM.child(2).child(0)
            seen shouldBe expectedSystem.take(5)
            shouldThrow<NonIncreasingOidException> { m.bulkWalk(SYSTEM, 3).toList() }
        }
    }

    test("a loop of repeated names: strict walks fail; tolerant walks need a limit and stop at the repeat") {
        withMib(tweak = { r ->
            val normal = r.next
            // 4.0 -> 5.0 -> 4.0 -> 5.0 ... forever
            r.next = { name -> if (name == SYSTEM.child(5).child(0)) VarBind.of(SYSTEM.child(4).child(0), Integer32.of(4)) else normal(name) }
        }) { m, responder, _ ->
            shouldThrow<NonIncreasingOidException> { m.walk(SYSTEM).toList() }
            shouldThrow<IllegalArgumentException> { WalkOptions(allowNonIncreasing = true) }
            val before = responder.requests.get()
            m.walk(SYSTEM, WalkOptions(allowNonIncreasing = true, limit = 1_000)).toList() shouldBe expectedSystem.take(5)
            (responder.requests.get() - before) shouldBe 6
        }
    }

    test("v1: noSuchName ends a walk; v2c noSuchName is an error") {
        withMib(SnmpVersion.V1) { m, _, _ ->
            m.walk(Oid.parse("1.3.6.1.2.1.3")).toList().size shouldBe 1
        }
        ScriptedPeer().use { peer ->
            peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds(), ErrorStatus.NO_SUCH_NAME, 1)) }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                shouldThrow<io.ksnmp.errors.NoSuchNameException> { engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).walk(SYSTEM).toList() }
            }
        }
    }

    test("a bulk walk backs off on tooBig and keeps the smaller size") {
        val sizes = CopyOnWriteArrayList<Int>()
        val responder = MibResponder(mib())
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                sizes += r.pdu.maxRepetitions()
                if (r.pdu.maxRepetitions() > 3) listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds(), ErrorStatus.TOO_BIG, 0)) else responder.answer(r)
            }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).bulkWalk(SYSTEM, 12).toList() shouldBe expectedSystem
                sizes shouldBe listOf(12, 6, 3, 3, 3, 3)
            }
        }
    }

    test("a bulk walk backs off when a large request times out and a smaller one is answered") {
        val sizes = CopyOnWriteArrayList<Int>()
        val responder = MibResponder(mib())
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                sizes += r.pdu.maxRepetitions()
                if (r.pdu.maxRepetitions() > 5) emptyList() else responder.answer(r) // silently too big, like snmpd
            }
            val clock = VirtualClock()
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, timeout = 300.milliseconds, refreshPeriod = 1_000.milliseconds)
                val walk = async(Dispatchers.Default) { m.bulkWalk(SYSTEM, 10).toList() }
                eventually { sizes.size == 1 } shouldBe true
                engine.advance(clock, 300.milliseconds) // the timeout of the unanswered 10; on this clock, the only one
                walk.await() shouldBe expectedSystem
                sizes shouldBe listOf(10, 5, 5)
            }
        }
    }

    test("cancelling the collection cancels the request in flight") {
        ScriptedPeer().use { peer ->
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val job = launch(Dispatchers.Default) { m.walk(SYSTEM).collect { } }
                peer.next()!!
                job.cancel()
                job.join()
                eventually { engine.counters.pendingRequests == 0 } shouldBe true
                engine.counters.cancelled shouldBe 1
            }
        }
    }

    test("take(n) on a walk stops it after n bindings without another request") {
        withMib { m, responder, _ ->
            m.walk(SYSTEM).take(3).toList() shouldBe expectedSystem.take(3)
            responder.requests.get() shouldBe 3
        }
    }

    for (version in listOf(SnmpVersion.V1, SnmpVersion.V2C)) {
        test("$version: table() reads the columns together, rows by index, holes left out") {
            val sparse = mib()
            sparse.remove(IF_ENTRY.child(2).child(7)) // a hole in column 2
            sparse.remove(IF_ENTRY.child(3).child(30)) // column 3 ends early
            sparse.remove(IF_ENTRY.child(1).child(1)) // column 1 starts late
            val responder = MibResponder(sparse)
            ScriptedPeer().use { peer ->
                peer.autoReply = responder::answer
                SnmpEngine(defaultVersion = version).use { engine ->
                    val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                    val rows = m.table(IF_ENTRY, 1, 2, 3, options = TableOptions(maxRepetitions = 7)).toList()
                    rows.map { it.index } shouldBe (1..30).map { Oid.of(it.toLong()) }
                    rows[0].values.keys shouldBe setOf(IF_ENTRY.child(2), IF_ENTRY.child(3))
                    rows[6].values.keys shouldBe setOf(IF_ENTRY.child(1), IF_ENTRY.child(3))
                    rows[29].values.keys shouldBe setOf(IF_ENTRY.child(1), IF_ENTRY.child(2))
                    rows[4][IF_ENTRY.child(3)] shouldBe Integer32.of(3005)
                    rows[4].indexReader().nextInteger() shouldBe 5L
                    // equal to what the columns' walks give
                    val byWalks = (1..3).flatMap { c -> m.walk(IF_ENTRY.child(c.toLong())).toList() }
                    rows.sumOf { it.values.size } shouldBe byWalks.size
                    for (vb in byWalks) {
                        val column = vb.oid().parent()
                        rows.single { it.index == vb.oid().suffixAfter(column) }[column] shouldBe vb.value()
                    }
                    m.table(IF_ENTRY, 1, 2, options = TableOptions(rowLimit = 4)).toList().size shouldBe 4
                }
            }
        }
    }

    test("pollMany: bounded concurrency, every target once, failures kept apart") {
        val responder = MibResponder(mib())
        ScriptedPeer().use { good ->
            good.autoReply = responder::answer
            ScriptedPeer().use { silent ->
                SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                    val managers = (1..40).map { i ->
                        if (i % 10 == 0) engine.manager(silent.address, timeout = 300.milliseconds) else engine.manager(good.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                    }
                    val inFlight = java.util.concurrent.atomic.AtomicInteger()
                    val most = java.util.concurrent.atomic.AtomicInteger()
                    val results = engine.pollMany(managers, concurrency = 5) { target ->
                        most.accumulateAndGet(inFlight.incrementAndGet(), ::maxOf)
                        try {
                            target.get(SYSTEM.child(1).child(0))
                        } finally {
                            inFlight.decrementAndGet()
                        }
                    }.toList()
                    most.get() shouldBe 5
                    results.size shouldBe 40
                    results.map { it.manager }.toSet() shouldBe managers.toSet()
                    results.count { it.isSuccess } shouldBe 36
                    results.filter { !it.isSuccess }.forEach { (it.errorOrNull is io.ksnmp.errors.SnmpTimeoutException) shouldBe true }
                    results.filter { it.isSuccess }.forEach { it.varBindsOrNull!!.value(0) shouldBe Integer32.of(1) }
                }
            }
        }
    }

    test("pollMany of OIDs (no coroutine per target): bounded concurrency, every target once, failures kept apart") {
        val responder = MibResponder(mib())
        ScriptedPeer().use { good ->
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val most = java.util.concurrent.atomic.AtomicInteger()
                good.autoReply = { r ->
                    most.accumulateAndGet(engine.counters.pendingRequests, ::maxOf)
                    responder.answer(r)
                }
                ScriptedPeer().use { silent ->
                    val managers = (1..200).map { i ->
                        if (i % 10 == 0) engine.manager(silent.address, timeout = 300.milliseconds) else engine.manager(good.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                    }
                    val results = engine.pollMany(managers, listOf(SYSTEM.child(1).child(0)), concurrency = 7).toList()
                    results.size shouldBe 200
                    results.map { it.manager }.toSet() shouldBe managers.toSet()
                    results.count { it.isSuccess } shouldBe 180
                    results.forEach { r ->
                        when (r) {
                            is PollResult.Success -> {
                                r.manager.options.addressOrNull shouldBe good.address
                                r.varBinds.value(0) shouldBe Integer32.of(1)
                                r.varBindsOrNull shouldBe r.varBinds
                                r.errorOrNull shouldBe null
                            }
                            is PollResult.Failure -> {
                                r.manager.options.addressOrNull shouldBe silent.address
                                (r.error is io.ksnmp.errors.SnmpTimeoutException) shouldBe true
                                r.errorOrNull shouldBe r.error
                                r.varBindsOrNull shouldBe null
                            }
                        }
                    }
                    (most.get() in 1..7) shouldBe true
                    engine.pollMany(emptyList(), listOf(SYSTEM), concurrency = 3).toList() shouldBe emptyList()
                }
            }
        }
    }

    test("pollMany of OIDs: stopping the collection cancels what is in flight; a closed engine fails every target without recursion") {
        ScriptedPeer().use { silent ->
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val managers = (1..50).map { engine.manager(silent.address, timeout = Patience.DURATION) }
                val first = async(Dispatchers.Default) { engine.pollMany(managers, listOf(SYSTEM), concurrency = 10).first() }
                eventually { engine.counters.pendingRequests == 10 } shouldBe true
                first.cancel()
                eventually { engine.counters.pendingRequests == 0 } shouldBe true
                engine.close()
                val closed = engine.pollMany((1..20_000).map { managers[it % managers.size] }, listOf(SYSTEM), concurrency = 20_000).toList()
                closed.size shouldBe 20_000
                closed.forEach { (it.errorOrNull is io.ksnmp.errors.SnmpClosedException) shouldBe true }
            }
        }
    }
})
