package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.internal.DatagramSender
import io.ksnmp.coroutines.internal.LoopClock
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Deferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

/** A loop clock the test moves by hand. */
private class VirtualClock : LoopClock {
    @Volatile
    var now: Long = 5_000_000_000L

    override fun nanoTime(): Long = now
}

private fun virtualEngine(clock: VirtualClock, version: SnmpVersion = SnmpVersion.V2C) =
    SnmpEngine(version, null, null, null, JceUsmCrypto.create(), null, clock, DatagramSender.CHANNEL)

/** Moves the clock to [start] + [at] and lets the loop run every timer due by then. */
private fun SnmpEngine.advance(clock: VirtualClock, start: Long, at: Duration) {
    clock.now = start + at.inWholeNanoseconds
    onLoop { loop.timers.runDue(clock.now) }
}

private fun Deferred<*>.failure(): Throwable? = if (isCompleted) getCompletionExceptionOrNull() else null

/**
 * The request state machine's timing on a virtual clock: when each resend goes out, when the
 * timeout strikes, and that the timeout counts from the call (SNMPv3 discovery included), to
 * the nanosecond and independent of how fast the machine is.
 */
class VirtualClockSpec : FunSpec({
    timeout = 60_000L

    test("resends every refresh period after the latest send; the timeout counts from the call") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val start = clock.now
                val m = engine.manager(peer.address, timeout = 10.seconds, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.next().shouldNotBeNull()
                for (second in 1..9) {
                    engine.advance(clock, start, second.seconds - 1.milliseconds)
                    peer.next(50).shouldBeNull()
                    engine.advance(clock, start, second.seconds)
                    peer.next().shouldNotBeNull()
                }
                engine.advance(clock, start, 10.seconds - 1.milliseconds)
                peer.next(50).shouldBeNull()
                call.isCompleted shouldBe false
                engine.advance(clock, start, 10.seconds)
                val e = call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                e.sends() shouldBe 10
                peer.next(50).shouldBeNull()
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a refresh period that does not divide the timeout: sends at 0, 3, 6 and 9 s, timeout at 10 s") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val start = clock.now
                val m = engine.manager(peer.address, timeout = 10.seconds, refreshPeriod = 3.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.next().shouldNotBeNull()
                for (at in listOf(3, 6, 9)) {
                    engine.advance(clock, start, at.seconds)
                    peer.next().shouldNotBeNull()
                }
                engine.advance(clock, start, 9999.milliseconds)
                peer.next(50).shouldBeNull()
                call.isCompleted shouldBe false
                engine.advance(clock, start, 10.seconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 4
            }
        }
    }

    test("a timeout shorter than the refresh period: one send, then the timeout") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val start = clock.now
                val m = engine.manager(peer.address, timeout = 500.milliseconds, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.next().shouldNotBeNull()
                engine.advance(clock, start, 499.milliseconds)
                call.failure().shouldBeNull()
                engine.advance(clock, start, 500.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 1
                peer.next(50).shouldBeNull()
            }
        }
    }

    test("SNMPv3: the timeout counts from the call, discovery included; the request's resends follow its own first send") {
        val clock = VirtualClock()
        val user = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_96, "auth-password").build()
        ScriptedV3Agent(listOf(user)).use { agent ->
            agent.dropNext.set(1) // the first discovery probe is lost
            agent.onRequest = { } // requests are never answered
            virtualEngine(clock, SnmpVersion.V3).use { engine ->
                engine.addUser(user)
                val start = clock.now
                val m = engine.manager(agent.address, timeout = 3.seconds, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { agent.received.get() == 1 } shouldBe true
                engine.advance(clock, start, 1500.milliseconds) // the probe is re-sent at 1 s and answered
                eventually { agent.accepted.get() == 1 } shouldBe true // so the request went out at 1.5 s
                engine.advance(clock, start, 2499.milliseconds)
                Thread.sleep(50)
                agent.accepted.get() shouldBe 1
                engine.advance(clock, start, 2500.milliseconds)
                eventually { agent.accepted.get() == 2 } shouldBe true
                engine.advance(clock, start, 2999.milliseconds)
                call.failure().shouldBeNull()
                engine.advance(clock, start, 3.seconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 2
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }
})
