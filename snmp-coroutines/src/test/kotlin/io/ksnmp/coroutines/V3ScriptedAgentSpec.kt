package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.NotInTimeWindowException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.UnknownUserNameException
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlin.random.Random
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

private fun user(name: String = "ops", auth: String = "auth-password", priv: String = "priv-password") =
    UsmUser.builder(name).auth(AuthProtocol.HMAC_SHA_256_192, auth).priv(PrivProtocol.AES128, priv).build()

/**
 * SNMPv3 request handling against an agent built from snmp-core's USM: discovery shared by
 * concurrent requests, reports (forged, authentic, storms), resynchronisation after an agent
 * restart, namespaces of users.
 *
 * The engines run on a [VirtualClock]: nothing is sent again and nothing times out unless the
 * test moves the clock, so what the tests count (sends, resends, reports) does not depend on
 * how fast the machine answers.
 */
class V3ScriptedAgentSpec : FunSpec({
    timeout = Patience.MILLIS

    fun engine(clock: VirtualClock) = virtualEngine(clock, SnmpVersion.V3)

    test("concurrent first requests to an agent share one discovery") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            engine(VirtualClock()).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                val results = (1..20).map { async(Dispatchers.Default) { m.get(SYS_UPTIME) } }.awaitAll()
                results.forEach { it.value(0) shouldBe Integer32.of(7) }
                engine.counters.discoveries shouldBe 1
                engine.counters.resends shouldBe 0
                agent.engine.count(UsmStats.UNKNOWN_ENGINE_IDS) shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a storm of forged reports for the request's msgID, and of reports for no request, does not cut the real reply short") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            engine(VirtualClock()).use { engine ->
                engine.addUser(user())
                val random = Random(3)
                agent.onRequest = { r ->
                    val before = engine.counters.datagramsReceived // the discovery's report
                    for (i in 1..500) {
                        agent.sendReport(r.message.msgId(), UsmStats.UNKNOWN_USER_NAMES, r.from)
                        agent.sendReport(random.nextInt(1, Int.MAX_VALUE), UsmStats.WRONG_DIGESTS, r.from)
                        // Every 50 reports, wait until the engine has read them: no receive buffer overflows, however slow it is.
                        if (i % 25 == 0) eventually { engine.counters.datagramsReceived == before + 2L * i } shouldBe true
                    }
                    agent.answer(r, agent.echo(r, 42))
                }
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(42)
                engine.counters.datagramsReceived shouldBe 1L + 1_000 + 1
                engine.counters.dropped(DropReason.UNKNOWN_REQUEST) shouldBe 500
                engine.counters.resends shouldBe 0
                engine.tables() shouldBe EngineTables.EMPTY
                // and it goes on serving
                agent.onRequest = { r -> agent.answer(r, agent.echo(r, 1)) }
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(1)
            }
        }
    }

    test("an unauthenticated report with no real reply fails the request at its next resend, without resending") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user())).use { agent ->
            agent.onRequest = { r -> agent.sendReport(r.message.msgId(), UsmStats.UNKNOWN_USER_NAMES, r.from) }
            engine(clock).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address, refreshPeriod = 300.milliseconds, timeout = 5.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { engine.counters.datagramsReceived == 2L } shouldBe true // discovery's report, the forged one
                call.isCompleted shouldBe false // held: an authentic answer may still come
                engine.advance(clock, 300.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<UnknownUserNameException>()
                agent.accepted.get() shouldBe 1
                engine.counters.resends shouldBe 0
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("an unauthenticated report for a noAuthNoPriv request ends it at once: nothing more authentic can come") {
        val noAuth = UsmUser.builder("guest").build()
        ScriptedV3Agent(listOf(noAuth)).use { agent ->
            agent.onRequest = { r -> agent.sendReport(r.message.msgId(), UsmStats.UNKNOWN_USER_NAMES, r.from) }
            engine(VirtualClock()).use { engine ->
                engine.addUser(noAuth)
                // The clock never moves: no resend, no timeout; only the report can end the request.
                val m = engine.manager(agent.address, refreshPeriod = 10.seconds, timeout = 20.seconds)
                shouldThrow<UnknownUserNameException> { m.get(SYS_UPTIME) }
                engine.counters.datagramsSent shouldBe 2 // the probe and the request
                engine.counters.resends shouldBe 0
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a wrong password draws snmpd-style wrongDigest reports and ends in WrongDigestException") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user())).use { agent ->
            engine(clock).use { engine ->
                engine.addUser(user(auth = "not-the-password"))
                val m = engine.manager(agent.address, refreshPeriod = 200.milliseconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { engine.counters.datagramsReceived == 2L } shouldBe true // discovery's report, wrongDigest
                engine.advance(clock, 200.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<WrongDigestException>()
                agent.engine.count(UsmStats.WRONG_DIGESTS) shouldBe 1
            }
        }
    }

    test("an agent restart (engine time back to 0) is invisible: one authenticated notInTimeWindow, one resync, one resend") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            agent.engine = LocalEngine(agent.engineId, 1, System.currentTimeMillis() - 1_000_000)
            engine(VirtualClock()).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(7)
                agent.engine = LocalEngine(agent.engineId, 1, System.currentTimeMillis()) // restarted, same boots
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(7)
                agent.engine.count(UsmStats.NOT_IN_TIME_WINDOWS) shouldBe 1
                engine.counters.resends shouldBe 1
                engine.counters.discoveries shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("an agent whose clock keeps jumping gets one resync per request, then NotInTimeWindowException") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            engine(VirtualClock()).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME)
                // From now on, every message finds the agent 1,000 s further on than the one before.
                var shift = 0L
                agent.beforeEachMessage = {
                    shift += 1_000_000
                    agent.engine = LocalEngine(agent.engineId, 1, System.currentTimeMillis() - shift)
                }
                shouldThrow<NotInTimeWindowException> { m.get(SYS_UPTIME) }.isAfterResynchronisation shouldBe true
                agent.engine.count(UsmStats.NOT_IN_TIME_WINDOWS) shouldBe 1 // counted on the engine made for the second send
                engine.counters.resends shouldBe 1
            }
        }
    }

    test("with no resend before the timeout (Net-SNMP's -r 0), an unauthenticated report and silence fail with the report, not a timeout") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user())).use { agent ->
            agent.onRequest = { r -> agent.sendReport(r.message.msgId(), UsmStats.UNKNOWN_USER_NAMES, r.from) }
            engine(clock).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address, refreshPeriod = 2.seconds, timeout = 2.seconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { engine.counters.datagramsReceived == 2L } shouldBe true // discovery's report, the forged one
                engine.advance(clock, 2.seconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<UnknownUserNameException>()
                engine.counters.timeouts shouldBe 0
                engine.counters.failed shouldBe 1
                engine.counters.resends shouldBe 0
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a request that only ever timed out is still a timeout, and a notInTimeWindow report not followed by a resync says so") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user())).use { agent ->
            engine(clock).use { engine ->
                engine.addUser(user())
                agent.onRequest = { _ -> } // discovered, then silent
                val m = engine.manager(agent.address, refreshPeriod = 2.seconds, timeout = 2.seconds)
                val silent = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { agent.accepted.get() == 1 } shouldBe true
                engine.advance(clock, 2.seconds)
                silent.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                // An unauthenticated notInTimeWindow report teaches nothing: no resync, and the exception says so.
                agent.onRequest = { r -> agent.sendReport(r.message.msgId(), UsmStats.NOT_IN_TIME_WINDOWS, r.from) }
                val reported = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { agent.accepted.get() == 2 && engine.counters.datagramsReceived == 2L } shouldBe true
                engine.advance(clock, 4.seconds)
                val e = reported.await().exceptionOrNull().shouldBeInstanceOf<NotInTimeWindowException>()
                e.isAfterResynchronisation shouldBe false
                engine.counters.resends shouldBe 0
            }
        }
    }

    test("a discovery that is never answered ends in SnmpTimeoutException and leaves nothing behind") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user())).use { agent ->
            val silent = agent.address
            agent.close()
            engine(clock).use { engine ->
                engine.addUser(user())
                val m = engine.manager(silent, timeout = 500.milliseconds, refreshPeriod = 100.milliseconds)
                val call = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                eventually { engine.counters.datagramsSent == 1L } shouldBe true
                for (probe in 1..4) { // a probe every refresh period
                    engine.advance(clock, (100 * probe).milliseconds)
                    engine.counters.datagramsSent shouldBe probe + 1L
                }
                engine.advance(clock, 500.milliseconds)
                val e = call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                e.sends() shouldBe 0
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("namespaces: the same user name with different credentials per namespace") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user(auth = "site-a-password"))).use { agent ->
            engine(clock).use { engine ->
                engine.addUser(user(auth = "site-a-password"), namespace = "a")
                engine.addUser(user(auth = "site-b-password"), namespace = "b")
                engine.manager(agent.address, namespace = "a").get(SYS_UPTIME).value(0) shouldBe Integer32.of(7)
                val b = engine.manager(agent.address, namespace = "b", refreshPeriod = 200.milliseconds, timeout = 1.hours)
                val call = async(Dispatchers.Default) { runCatching { b.get(SYS_UPTIME) } }
                // The agent answers every datagram with one: once the engine has them all, the wrongDigest report is in.
                eventually {
                    agent.engine.count(UsmStats.WRONG_DIGESTS) == 1L && engine.counters.datagramsReceived == agent.received.get().toLong()
                } shouldBe true
                engine.advance(clock, 200.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<WrongDigestException>()
                shouldThrow<IllegalArgumentException> { engine.manager(agent.address, namespace = "c").get(SYS_UPTIME) }
                shouldThrow<IllegalArgumentException> {
                    engine.manager(agent.address, namespace = "a", user = "nobody").get(SYS_UPTIME)
                }
            }
        }
    }

    test("a lower security level per request, and a level the user cannot do") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            engine(VirtualClock()).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME, options = RequestOptions(securityLevel = SecurityLevel.AUTH_NO_PRIV)).value(0) shouldBe Integer32.of(7)
                val authOnly = UsmUser.builder("auth-only").auth(AuthProtocol.HMAC_MD5_96, "auth-password").build()
                engine.addUser(authOnly)
                shouldThrow<IllegalArgumentException> {
                    m.get(SYS_UPTIME, options = RequestOptions(user = "auth-only", securityLevel = SecurityLevel.AUTH_PRIV))
                }.shouldBeInstanceOf<IllegalArgumentException>()
            }
        }
    }
})
