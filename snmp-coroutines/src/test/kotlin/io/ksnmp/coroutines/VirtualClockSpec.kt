package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

/**
 * The request state machine's timing on a virtual clock: when each resend goes out, when the
 * timeout strikes, and that the timeout counts from the call (SNMPv3 discovery included), to
 * the nanosecond and independent of how fast the machine is.
 */
class VirtualClockSpec : FunSpec({
    timeout = Patience.MILLIS

    test("resends every refresh period after the latest send; the timeout counts from the call") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, timeout = 10.seconds, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.next().shouldNotBeNull()
                for (second in 1..9) {
                    engine.advance(clock, second.seconds - 1.milliseconds)
                    engine.counters.datagramsSent shouldBe second.toLong()
                    engine.advance(clock, second.seconds)
                    engine.counters.datagramsSent shouldBe second + 1L
                    peer.next().shouldNotBeNull()
                }
                engine.advance(clock, 10.seconds - 1.milliseconds)
                engine.counters.datagramsSent shouldBe 10L
                call.isCompleted shouldBe false
                engine.advance(clock, 10.seconds)
                val e = call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                e.sends() shouldBe 10
                engine.counters.datagramsSent shouldBe 10L
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("retries counted as Net-SNMP counts them: -t 0.5 -r 2 sends at 0, 0.5 and 1 s and times out at 1.5 s, for managers and per request") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val schedule = RetrySchedule(retries = 2, perTry = 500.milliseconds)
                val m = engine.manager(peer.address, retries = schedule)
                // The per-request form overrides a manager whose own schedule is different.
                val other = engine.manager(peer.address, timeout = 60.seconds, refreshPeriod = 7.seconds)
                val calls = listOf(
                    async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } },
                    async(Dispatchers.Default) { runCatching { other.get(SYS_UPTIME, options = RequestOptions(retries = schedule)) } },
                )
                eventually { engine.counters.datagramsSent == 2L } shouldBe true
                for ((at, sent) in listOf(500 to 4L, 1000 to 6L)) {
                    engine.advance(clock, at.milliseconds - 1.milliseconds)
                    engine.counters.datagramsSent shouldBe sent - 2
                    engine.advance(clock, at.milliseconds)
                    engine.counters.datagramsSent shouldBe sent
                }
                engine.advance(clock, 1499.milliseconds)
                calls.none { it.isCompleted } shouldBe true
                engine.advance(clock, 1500.milliseconds)
                for (call in calls) call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 3
                engine.counters.datagramsSent shouldBe 6L
                schedule.timeout shouldBe java.time.Duration.ofMillis(1500)
            }
        }
    }

    test("a refresh period that does not divide the timeout: sends at 0, 3, 6 and 9 s, timeout at 10 s") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, timeout = 10.seconds, refreshPeriod = 3.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.next().shouldNotBeNull()
                for (at in listOf(3, 6, 9)) {
                    engine.advance(clock, at.seconds - 1.milliseconds)
                    engine.counters.datagramsSent shouldBe at / 3L
                    engine.advance(clock, at.seconds)
                    peer.next().shouldNotBeNull()
                }
                engine.advance(clock, 9999.milliseconds)
                engine.counters.datagramsSent shouldBe 4L
                call.isCompleted shouldBe false
                engine.advance(clock, 10.seconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 4
            }
        }
    }

    test("a timeout shorter than the refresh period: one send, then the timeout") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, timeout = 500.milliseconds, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.next().shouldNotBeNull()
                engine.advance(clock, 499.milliseconds)
                call.isCompleted shouldBe false
                engine.advance(clock, 500.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 1
                engine.counters.datagramsSent shouldBe 1L
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
                val m = engine.manager(agent.address, timeout = 3.seconds, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { agent.received.get() == 1 } shouldBe true
                engine.advance(clock, 1500.milliseconds) // the probe is re-sent at 1 s and answered
                eventually { agent.accepted.get() == 1 } shouldBe true // so the request went out at 1.5 s
                engine.counters.datagramsSent shouldBe 3L // probe, probe, request
                engine.advance(clock, 2499.milliseconds)
                engine.counters.datagramsSent shouldBe 3L
                engine.advance(clock, 2500.milliseconds)
                engine.counters.datagramsSent shouldBe 4L
                eventually { agent.accepted.get() == 2 } shouldBe true
                engine.advance(clock, 2999.milliseconds)
                call.isCompleted shouldBe false
                engine.advance(clock, 3.seconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>().sends() shouldBe 2
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }
})
