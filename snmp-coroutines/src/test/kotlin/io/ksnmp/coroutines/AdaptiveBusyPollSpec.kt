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

    test("answers slower than the ceiling open no window but a probe, one wait in 16; an answer a probe catches turns polling on") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock, busyPoll = null).use { engine ->
                val loop = engine.loop
                val trips = loop.roundTrips
                val m = engine.manager(peer.address, timeout = 1.hours, refreshPeriod = 1.hours)
                // One answer 200 µs after its send, seen by a loop that slept: slower than the ceiling.
                val first = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r1 = peer.next().shouldNotBeNull()
                clock.moveTo(200.microseconds)
                peer.reply(r1, ANSWER)
                first.await() shouldBe ANSWER
                // The next request waits: no window until the 16th wait, which probes for the ceiling.
                val second = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r2 = peer.next().shouldNotBeNull()
                while (trips.probes == 0L && trips.asked < 10L * RoundTrips.PROBE_EVERY) engine.onLoop { }
                trips.probes shouldBe 1L
                trips.asked shouldBeGreaterThanOrEqual RoundTrips.PROBE_EVERY.toLong()
                eventually { loop.busyPollPasses >= MANY_POLLS } shouldBe true
                loop.busyPolls.get() shouldBe 1 // the probe, and nothing before it
                // The agent answers 50 µs after the send, while the probe polls: that round trip is the one to poll on.
                clock.moveTo(250.microseconds)
                peer.reply(r2, ANSWER)
                second.await() shouldBe ANSWER
                trips.polledNanos shouldBe 50.microseconds.inWholeNanoseconds
                // So the next request polls at once, until twice that after its send, with no probe.
                val third = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r3 = peer.next().shouldNotBeNull()
                eventually { loop.busyPolls.get() == 2 } shouldBe true
                clock.moveTo(350.microseconds)
                eventually { loop.busyPollsExpired == 1 } shouldBe true
                trips.probes shouldBe 1L
                peer.reply(r3, ANSWER)
                third.await() shouldBe ANSWER
            }
        }
    }

    test("windows that run out eight times in a row stop the polling until a probe catches an answer again") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock, busyPoll = null).use { engine ->
                val loop = engine.loop
                val trips = loop.roundTrips
                val m = engine.manager(peer.address, timeout = 1.hours, refreshPeriod = 1.hours)
                var now = 0.microseconds
                // Answers 20 µs after their sends, the first seen asleep, the next caught while polling.
                repeat(2) {
                    val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                    val r = peer.next().shouldNotBeNull()
                    if (it == 1) eventually { loop.busyPollPasses >= MANY_POLLS } shouldBe true
                    now += 20.microseconds
                    clock.moveTo(now)
                    peer.reply(r, ANSWER)
                    call.await() shouldBe ANSWER
                }
                trips.polledNanos shouldBe 20.microseconds.inWholeNanoseconds
                // Eight requests whose windows (40 µs after the send) run out before the answer, 300 µs on.
                repeat(RoundTrips.MISSES_TO_GIVE_UP) {
                    val expired = loop.busyPollsExpired
                    val opened = loop.busyPolls.get()
                    val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                    val r = peer.next().shouldNotBeNull()
                    eventually { loop.busyPolls.get() == opened + 1 } shouldBe true
                    now += 300.microseconds
                    clock.moveTo(now)
                    eventually { loop.busyPollsExpired == expired + 1 } shouldBe true
                    peer.reply(r, ANSWER)
                    call.await() shouldBe ANSWER
                }
                trips.polledNanos shouldBe -1L
                // Every answer now looks slower than the ceiling: a waiting request opens no window before a probe.
                val windows = loop.busyPolls.get()
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                val asked = trips.asked
                while (trips.asked < asked + RoundTrips.PROBE_EVERY / 2) engine.onLoop { }
                loop.busyPolls.get() shouldBe windows
                peer.reply(r, ANSWER)
                call.await() shouldBe ANSWER
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
