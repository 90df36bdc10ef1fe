package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import kotlinx.coroutines.flow.toList
import java.util.concurrent.CopyOnWriteArrayList

private fun names(n: Int) = (1..n).map { Oid.parse("1.3.6.1.2.1.1.$it.0") }

/** tooBig, answered by the agent or found before sending: requests are split or cut, transparently. */
class TooBigSpec : FunSpec({
    test("a get of many names that is tooBig goes again as halves, merged in order") {
        val seen = CopyOnWriteArrayList<Int>()
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                val asked = r.pdu.varBinds()
                seen += asked.size
                if (asked.size > 1) {
                    listOf(ScriptedPeer.responseTo(r, asked, ErrorStatus.TOO_BIG, 0))
                } else {
                    val arc = asked.oid(0).toDottedString().split('.').dropLast(1).last().toInt()
                    listOf(ScriptedPeer.responseTo(r, VarBindList.of(VarBind.of(asked.oid(0), Integer32.of(arc)))))
                }
            }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val result = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).get(names(5))
                result.oids() shouldBe names(5)
                result.values() shouldBe (1..5).map { Integer32.of(it) }
                seen.sorted() shouldBe listOf(1, 1, 1, 1, 1, 2, 2, 3, 5)
                engine.tables() shouldBe EngineTables.EMPTY
                // the futures view splits the same way
                val viaFuture = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).futures().get(names(3)).get(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS)
                viaFuture.values() shouldBe (1..3).map { Integer32.of(it) }
                val single = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).futures().get(names(1)[0])
                single.get(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS).size shouldBe 1
            }
        }
    }

    test("pollMany (both views): a target answering tooBig to several names is split and merged; one name that cannot fit fails that target alone") {
        ScriptedPeer().use { splitting ->
            ScriptedPeer().use { tiny ->
                splitting.autoReply = { r ->
                    val asked = r.pdu.varBinds()
                    if (asked.size > 1) {
                        listOf(ScriptedPeer.responseTo(r, asked, ErrorStatus.TOO_BIG, 0))
                    } else {
                        val arc = asked.oid(0).toDottedString().split('.').dropLast(1).last().toInt()
                        listOf(ScriptedPeer.responseTo(r, VarBindList.of(VarBind.of(asked.oid(0), Integer32.of(arc)))))
                    }
                }
                tiny.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds(), ErrorStatus.TOO_BIG, 0)) }
                SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                    val managers = listOf(engine.manager(splitting.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION), engine.manager(tiny.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION))
                    val results = engine.pollMany(managers, names(3), concurrency = 2).toList().associateBy { it.manager }
                    results.getValue(managers[0]).varBindsOrNull!!.values() shouldBe (1..3).map { Integer32.of(it) }
                    (results.getValue(managers[1]).errorOrNull is TooBigException) shouldBe true

                    val viaFutures = CopyOnWriteArrayList<PollResult>()
                    engine.futures().pollMany(managers.map { it.futures() }, names(3), 2, viaFutures::add).get(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS)
                    viaFutures.single { it.manager == managers[0] }.varBindsOrNull!!.values() shouldBe (1..3).map { Integer32.of(it) }
                    (viaFutures.single { it.manager == managers[1] }.errorOrNull is TooBigException) shouldBe true
                    viaFutures.map { it.target }.toSet() shouldBe managers.map { it.futures() }.toSet()
                    engine.tables() shouldBe EngineTables.EMPTY
                }
            }
        }
    }

    test("a getBulk that is tooBig asks again for half the repetitions until it fits") {
        val repetitions = CopyOnWriteArrayList<Int>()
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                val max = r.pdu.maxRepetitions()
                repetitions += max
                val start = r.pdu.varBinds().oid(0)
                if (max > 2) {
                    listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds(), ErrorStatus.TOO_BIG, 0))
                } else {
                    listOf(ScriptedPeer.responseTo(r, VarBindList.of(*(1..max).map { VarBind.of(start.child(it.toLong()), Integer32.of(it)) }.toTypedArray())))
                }
            }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).getBulk(0, 10, Oid.parse("1.3.6.1.2.1.2.2.1.2")).size shouldBe 2
                repetitions shouldBe listOf(10, 5, 2)
            }
        }
    }

    test("a single binding that cannot fit is TooBigException") {
        ScriptedPeer().use { peer ->
            peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds(), ErrorStatus.TOO_BIG, 0)) }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val e = shouldThrow<TooBigException> { engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).get(names(1)) }
                e.status() shouldBe ErrorStatus.TOO_BIG
                shouldThrow<TooBigException> { engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).getBulk(0, 1, names(1)) }
            }
        }
    }

    test("a set larger than a datagram is split before sending; a binding larger than a datagram is refused unsent") {
        val sizes = CopyOnWriteArrayList<Int>()
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                sizes += r.bytes.size
                r.pdu.type() shouldBe PduType.SET
                listOf(ScriptedPeer.responseTo(r, r.pdu.varBinds()))
            }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val big = names(2).map { VarBind.of(it, OctetString.of(ByteArray(40_000) { 'x'.code.toByte() })) }
                m.set(big).oids() shouldBe names(2)
                sizes.size shouldBe 2
                val huge = VarBind.of(names(1)[0], OctetString.of(ByteArray(65_500)))
                shouldThrow<TooBigException> { m.set(huge) }
                sizes.size shouldBe 2
                engine.counters.datagramsSent shouldBe 2L
            }
        }
    }

    test("a manager's msgMaxSize bounds what it sends: a get of 60 names at 484 octets goes as several requests, each within it, merged in order") {
        val sizes = CopyOnWriteArrayList<Int>()
        ScriptedPeer().use { peer ->
            peer.autoReply = { r ->
                sizes += r.bytes.size
                listOf(ScriptedPeer.echo(r))
            }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION, msgMaxSize = 484)
                val names = (1..60).map { Oid.parse("1.3.6.1.4.1.8072.9999.9999.$it.0") }
                m.get(names) shouldBe VarBindList.of(*names.map { VarBind.of(it, Integer32.of(7)) }.toTypedArray())
                (sizes.size > 1) shouldBe true
                sizes.all { it <= 484 } shouldBe true
                // The same get from a manager with the default size goes in one datagram.
                engine.manager(peer.address, timeout = Patience.DURATION).get(names).size shouldBe 60
                sizes.last() shouldBe sizes.max()
                (sizes.max() > 484) shouldBe true
            }
        }
        shouldThrow<IllegalArgumentException> { ManagerOptions.builder("127.0.0.1").msgMaxSize(483).build() }
    }
})
