package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.errors.NotInTimeWindowException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.UnknownUserNameException
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
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
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

private fun user(name: String = "ops", auth: String = "auth-password", priv: String = "priv-password") =
    UsmUser.builder(name).auth(AuthProtocol.HMAC_SHA_256_192, auth).priv(PrivProtocol.AES128, priv).build()

/**
 * SNMPv3 request handling against an agent built from snmp-core's USM: discovery shared by
 * concurrent requests, reports (forged, authentic, storms), resynchronisation after an agent
 * restart, namespaces of users.
 */
class V3ScriptedAgentSpec : FunSpec({
    timeout = 60_000L

    test("concurrent first requests to an agent share one discovery") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            SnmpEngine().use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                val results = (1..20).map { async(Dispatchers.Default) { m.get(SYS_UPTIME) } }.awaitAll()
                results.forEach { it.value(0) shouldBe Integer32.of(7) }
                engine.counters.discoveries shouldBe 1
                agent.engine.count(UsmStats.UNKNOWN_ENGINE_IDS) shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a storm of forged reports for the request's msgID, and of reports for no request, does not cut the real reply short") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            val random = Random(3)
            agent.onRequest = { r ->
                for (i in 1..500) {
                    agent.sendReport(r.message.msgId(), UsmStats.UNKNOWN_USER_NAMES, r.from)
                    agent.sendReport(random.nextInt(1, Int.MAX_VALUE), UsmStats.WRONG_DIGESTS, r.from)
                    if (i % 25 == 0) Thread.sleep(1)
                }
                // Loopback may drop part of a burst; the real reply must arrive for this test to mean anything
                // (if it is lost, the forged report rightly wins at the next resend), so it goes three times.
                repeat(3) {
                    agent.answer(r, agent.echo(r, 42))
                    Thread.sleep(5)
                }
            }
            SnmpEngine().use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(42)
                // Loopback UDP drops part of a burst this size when the receive buffer fills: count what arrived.
                engine.counters.dropped(DropReason.UNKNOWN_REQUEST) shouldBeGreaterThanOrEqual 1L
                engine.counters.datagramsReceived shouldBeGreaterThanOrEqual 3L
                engine.tables() shouldBe EngineTables.EMPTY
                // and it goes on serving
                agent.onRequest = { r -> agent.answer(r, agent.echo(r, 1)) }
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(1)
            }
        }
    }

    test("an unauthenticated report with no real reply fails the request at its next resend, without resending") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            agent.onRequest = { r -> agent.sendReport(r.message.msgId(), UsmStats.UNKNOWN_USER_NAMES, r.from) }
            SnmpEngine().use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address, refreshPeriod = 300.milliseconds, timeout = 5.seconds)
                shouldThrow<UnknownUserNameException> { m.get(SYS_UPTIME) }
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
            SnmpEngine().use { engine ->
                engine.addUser(noAuth)
                val m = engine.manager(agent.address, refreshPeriod = 10.seconds, timeout = 20.seconds)
                val started = System.nanoTime()
                shouldThrow<UnknownUserNameException> { m.get(SYS_UPTIME) }
                ((System.nanoTime() - started) < 5_000_000_000L) shouldBe true
            }
        }
    }

    test("a wrong password draws snmpd-style wrongDigest reports and ends in WrongDigestException") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            SnmpEngine().use { engine ->
                engine.addUser(user(auth = "not-the-password"))
                val m = engine.manager(agent.address, refreshPeriod = 200.milliseconds)
                shouldThrow<WrongDigestException> { m.get(SYS_UPTIME) }
                agent.engine.count(UsmStats.WRONG_DIGESTS) shouldBe 1
            }
        }
    }

    test("an agent restart (engine time back to 0) is invisible: one authenticated notInTimeWindow, one resync, one resend") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            agent.engine = LocalEngine(agent.engineId, 1, System.currentTimeMillis() - 1_000_000)
            SnmpEngine().use { engine ->
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
            SnmpEngine().use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME)
                // From now on, every message finds the agent 1,000 s further on than the one before.
                var shift = 0L
                agent.beforeEachMessage = {
                    shift += 1_000_000
                    agent.engine = LocalEngine(agent.engineId, 1, System.currentTimeMillis() - shift)
                }
                shouldThrow<NotInTimeWindowException> { m.get(SYS_UPTIME) }
                agent.engine.count(UsmStats.NOT_IN_TIME_WINDOWS) shouldBe 1 // counted on the engine made for the second send
            }
        }
    }

    test("a discovery that is never answered ends in SnmpTimeoutException and leaves nothing behind") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            val silent = agent.address
            agent.close()
            SnmpEngine().use { engine ->
                engine.addUser(user())
                val m = engine.manager(silent, timeout = 500.milliseconds, refreshPeriod = 100.milliseconds)
                val e = shouldThrow<SnmpTimeoutException> { m.get(SYS_UPTIME) }
                e.sends() shouldBe 0
                engine.counters.datagramsSent shouldBeGreaterThanOrEqual 3L // the discovery probes
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("namespaces: the same user name with different credentials per namespace") {
        ScriptedV3Agent(listOf(user(auth = "site-a-password"))).use { agent ->
            SnmpEngine().use { engine ->
                engine.addUser(user(auth = "site-a-password"), namespace = "a")
                engine.addUser(user(auth = "site-b-password"), namespace = "b")
                engine.manager(agent.address, namespace = "a").get(SYS_UPTIME).value(0) shouldBe Integer32.of(7)
                shouldThrow<WrongDigestException> {
                    engine.manager(agent.address, namespace = "b", refreshPeriod = 200.milliseconds).get(SYS_UPTIME)
                }
                shouldThrow<IllegalArgumentException> { engine.manager(agent.address, namespace = "c").get(SYS_UPTIME) }
                shouldThrow<IllegalArgumentException> {
                    engine.manager(agent.address, namespace = "a", user = "nobody").get(SYS_UPTIME)
                }
            }
        }
    }

    test("a lower security level per request, and a level the user cannot do") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            SnmpEngine().use { engine ->
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
