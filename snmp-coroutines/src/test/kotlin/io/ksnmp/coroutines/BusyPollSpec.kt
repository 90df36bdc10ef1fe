package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.MibResponder
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import io.ksnmp.testing.Patience
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.toList
import java.util.TreeMap
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.nanoseconds

private val TABLE = Oid.parse("1.3.6.1.2.1.2.2.1")
private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

/** Enough non-blocking polls that the loop was clearly polling, not passing through once. */
private const val MANY_POLLS = 1_000L

/**
 * The engine's busy polling, asserted by what the loop did (its counts of windows, polls and
 * windows that ran out) on a virtual clock: it polls only while requests wait for answers, for
 * at most the busy-poll time on the loop's clock, and never without the option. No CPU time and
 * no wall-clock time is measured, so a busy machine cannot fail these tests.
 */
class BusyPollSpec : FunSpec({
    timeout = Patience.MILLIS

    test("while a request waits for a silent agent the loop polls until the busy-poll time has passed on its clock, then sleeps; the request still times out") {
        val clock = VirtualClock()
        ScriptedPeer().use { silent ->
            virtualEngine(clock, busyPoll = 300.milliseconds).use { engine ->
                val loop = engine.loop
                // An hour between sends: once asleep, the loop is not woken by a timer during the test.
                val m = engine.manager(silent.address, timeout = 1.hours, refreshPeriod = 1.hours)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                silent.next().shouldNotBeNull()
                // The request waits and nothing else is to be done: the loop polls without blocking, over and over.
                eventually { loop.busyPollPasses >= MANY_POLLS } shouldBe true
                loop.busyPolls.get() shouldBeGreaterThan 0
                // Its clock 1 ns short of the busy-poll time: it is still polling.
                clock.moveTo(300.milliseconds - 1.nanoseconds)
                val polled = loop.busyPollPasses
                eventually { loop.busyPollPasses >= polled + MANY_POLLS } shouldBe true
                loop.busyPollsExpired shouldBe 0
                val windows = loop.busyPolls.get()
                // At the busy-poll time the window runs out and the loop blocks in the selector.
                clock.moveTo(300.milliseconds)
                eventually { loop.busyPollsExpired == 1 } shouldBe true
                val asleep = loop.busyPollPasses
                loop.busyPolls.get() shouldBe windows
                // The timeout, on the same clock: the request ends as usual, with its one send.
                engine.advance(clock, 1.hours)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 1
                // Nothing waits any more: further turns of the loop do not poll.
                repeat(2) { engine.onLoop { } }
                loop.busyPollPasses shouldBe asleep
                loop.busyPolls.get() shouldBe windows
                loop.busyPollsExpired shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("with no request pending the loop does not poll, timers or not, and without busy polling it never does") {
        val clock = VirtualClock()
        ScriptedPeer().use { silent ->
            virtualEngine(clock, busyPoll = 300.milliseconds).use { idle ->
                // A timer to wait for, but no request: the loop sleeps until it is due.
                idle.onLoop { idle.loop.timers.schedule(clock.now + 1.hours.inWholeNanoseconds) { } }
                repeat(3) { idle.onLoop { } } // each turn ends in the wait that could poll
                idle.loop.busyPolls.get() shouldBe 0
                idle.loop.busyPollPasses shouldBe 0L
            }
            virtualEngine(clock).use { plain ->
                val call = async(Dispatchers.Default) {
                    runCatching { plain.manager(silent.address, timeout = 1.hours, refreshPeriod = 1.hours).get(SYS_UPTIME) }
                }
                silent.next().shouldNotBeNull()
                repeat(3) { plain.onLoop { } } // a request waits, and still no polling without the option
                plain.counters.pendingRequests shouldBe 1
                plain.loop.busyPolls.get() shouldBe 0
                plain.loop.busyPollPasses shouldBe 0L
                plain.advance(clock, 1.hours)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                plain.loop.busyPolls.get() shouldBe 0
                plain.loop.busyPollPasses shouldBe 0L
            }
        }
    }

    test("an answer that comes while the loop polls ends the window and completes the request") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            // A window that never runs out on this clock: only the answer can end it.
            virtualEngine(clock, busyPoll = 1.hours).use { engine ->
                val m = engine.manager(peer.address, timeout = 2.hours, refreshPeriod = 2.hours)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                eventually { engine.loop.busyPollPasses >= MANY_POLLS } shouldBe true
                peer.reply(r, VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(5))))
                call.await().value(0) shouldBe Integer32.of(5)
                engine.loop.busyPollsExpired shouldBe 0
                val windows = engine.loop.busyPolls.get()
                repeat(2) { engine.onLoop { } }
                engine.loop.busyPolls.get() shouldBe windows // answered: nothing waits, no new window
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("answers that come while the loop polls are handled as any other: a bulk walk gives the table exactly") {
        val mib = TreeMap<Oid, Variable>()
        for (col in 1..3) for (row in 1..200) mib[TABLE.child(col.toLong()).child(row.toLong())] = Integer32.of(col * 1000 + row)
        ScriptedPeer().use { peer ->
            peer.autoReply = MibResponder(mib)::answer
            SnmpEngine.builder().defaultVersion(io.ksnmp.message.SnmpVersion.V2C).busyPoll(java.time.Duration.ofNanos(100_000)).build().use { engine ->
                engine.manager(peer.address, timeout = Patience.DURATION).bulkWalk(TABLE, 7).toList() shouldBe mib.map { VarBind.of(it.key, it.value) }
                engine.loop.busyPolls.get() shouldBeGreaterThan 0 // the requests waited with a window open
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a negative busy-poll time is refused") {
        shouldThrow<IllegalArgumentException> { SnmpEngine(busyPoll = (-1).milliseconds) }
        shouldThrow<IllegalArgumentException> { SnmpEngine.builder().busyPoll(java.time.Duration.ofMillis(-1)) }
    }
})
