package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.internal.RoundTrips
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlin.time.Duration
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.microseconds
import kotlin.time.Duration.Companion.nanoseconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")
private val ANSWER = VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(7)))

/** Enough non-blocking polls that the loop was clearly polling, not passing through once. */
private const val MANY_POLLS = 1_000L

/**
 * The default, adaptive busy polling, on a virtual clock: the loop polls only once it has seen
 * round trips under the ceiling, only while a request waits, and only until twice the smoothed
 * round trip after the last send; asserted by the loop's counts of windows, polls and windows
 * that ran out, never by time or CPU.
 */
class AdaptiveBusyPollSpec : FunSpec({
    timeout = Patience.MILLIS

    test("engines poll adaptively unless told otherwise, from Kotlin, Java and the DSL alike") {
        SnmpEngine().use { it.loop.busyPoll.adaptive shouldBe true }
        SnmpEngine.builder().build().use { it.loop.busyPoll.adaptive shouldBe true }
        SnmpEngine(busyPoll = Duration.ZERO).use { it.loop.busyPoll.enabled shouldBe false }
        SnmpEngine.builder().busyPoll(java.time.Duration.ZERO).build().use { it.loop.busyPoll.enabled shouldBe false }
        SnmpEngine.builder().busyPoll(java.time.Duration.ZERO).adaptiveBusyPoll().build().use { it.loop.busyPoll.adaptive shouldBe true }
    }

    test("no window before a round trip is seen; then a waiting request's window ends twice the round trip after its send") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock, busyPoll = null).use { engine ->
                val loop = engine.loop
                val m = engine.manager(peer.address, timeout = 1.hours, refreshPeriod = 1.hours)
                val first = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r1 = peer.next().shouldNotBeNull()
                repeat(2) { engine.onLoop { } } // turns that end in the wait that could poll
                loop.busyPolls.get() shouldBe 0
                // Answered 20 µs after it left, on the loop's clock.
                clock.moveTo(20.microseconds)
                peer.reply(r1, ANSWER)
                first.await() shouldBe ANSWER
                // The next request leaves at 20 µs: the loop polls while its answer is due, until 60 µs.
                val second = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r2 = peer.next().shouldNotBeNull()
                eventually { loop.busyPollPasses >= MANY_POLLS } shouldBe true
                clock.moveTo(60.microseconds - 1.nanoseconds)
                val polled = loop.busyPollPasses
                eventually { loop.busyPollPasses >= polled + MANY_POLLS } shouldBe true
                loop.busyPollsExpired shouldBe 0
                clock.moveTo(60.microseconds)
                eventually { loop.busyPollsExpired == 1 } shouldBe true
                val windows = loop.busyPolls.get()
                peer.reply(r2, ANSWER)
                second.await() shouldBe ANSWER
                // Nothing waits: further turns do not poll.
                repeat(2) { engine.onLoop { } }
                loop.busyPolls.get() shouldBe windows
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("round trips longer than the ceiling, as to a remote agent, never open a window") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock, busyPoll = null).use { engine ->
                val m = engine.manager(peer.address, timeout = 1.hours, refreshPeriod = 1.hours)
                val slow = RoundTrips.CEILING_NANOS.nanoseconds + 1.microseconds
                repeat(3) { i ->
                    val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                    val r = peer.next().shouldNotBeNull()
                    repeat(2) { engine.onLoop { } }
                    clock.moveTo(slow * (i + 1))
                    peer.reply(r, ANSWER)
                    call.await() shouldBe ANSWER
                }
                engine.loop.roundTrips.smoothedNanos shouldBeGreaterThanOrEqual slow.inWholeNanoseconds
                engine.loop.busyPolls.get() shouldBe 0
                engine.loop.busyPollPasses shouldBe 0L
            }
        }
    }

    test("a request answered after a resend teaches nothing: its answer may be to either send") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock, SnmpVersion.V2C, busyPoll = null).use { engine ->
                val m = engine.manager(peer.address, timeout = 1.hours, refreshPeriod = 10.microseconds)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                peer.next().shouldNotBeNull()
                clock.moveTo(10.microseconds)
                engine.onLoop { } // the resend is due: the loop sends it
                val again = peer.next().shouldNotBeNull()
                clock.moveTo(15.microseconds)
                peer.reply(again, ANSWER)
                call.await() shouldBe ANSWER
                engine.loop.roundTrips.smoothedNanos shouldBe -1L
                // So the next request still sleeps at once.
                val next = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                repeat(2) { engine.onLoop { } }
                engine.loop.busyPolls.get() shouldBe 0
                peer.reply(r, ANSWER)
                next.await() shouldBe ANSWER
            }
        }
    }
})
