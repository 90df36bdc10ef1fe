package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlin.time.Duration.Companion.seconds

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

private fun user(auth: String = "auth-password") =
    UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, auth).priv(PrivProtocol.AES128, "priv-password").build()

/**
 * SNMPv3 discovery under the caller's control: [SnmpManager.discover] on demand, and a remote
 * engine given to a manager or a request instead of discovered (Net-SNMP's `-e`/`-Z`), counted
 * in datagrams and in what the agent saw.
 */
class DiscoveryControlSpec : FunSpec({
    timeout = Patience.MILLIS

    test("discover() with credentials: a probe, then an authenticated get as the time step; again forgets and redoes it") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            virtualEngine(VirtualClock(), SnmpVersion.V3).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                val found = m.discover()
                found.engineId.contentEquals(agent.engineId) shouldBe true
                found.boots shouldBe agent.engine.boots()
                engine.counters.datagramsSent shouldBe 2L // probe, time step
                agent.accepted.get() shouldBe 1
                m.discover() shouldBe found // the virtual clock has not moved
                engine.counters.discoveries shouldBe 2L
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(7) // the cache it refreshed serves requests
                engine.counters.datagramsSent shouldBe 5L
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("discover() at noAuthNoPriv is the probe alone; with a wrong password it fails as a get would") {
        val guest = UsmUser.builder("guest").build()
        ScriptedV3Agent(listOf(guest, user())).use { agent ->
            virtualEngine(VirtualClock(), SnmpVersion.V3).use { engine ->
                engine.addUser(guest)
                engine.manager(agent.address, user = "guest").discover().engineId.contentEquals(agent.engineId) shouldBe true
                engine.counters.datagramsSent shouldBe 1L
                agent.accepted.get() shouldBe 0
            }
            val clock = VirtualClock()
            virtualEngine(clock, SnmpVersion.V3).use { engine ->
                engine.addUser(user(auth = "not-the-password"))
                val call = async(Dispatchers.Default) { runCatching { engine.manager(agent.address, refreshPeriod = 1.seconds).discover() } }
                eventually { engine.counters.datagramsReceived == 2L } shouldBe true // the probe's report, wrongDigest
                engine.advance(clock, 1.seconds)
                (call.await().exceptionOrNull() is WrongDigestException) shouldBe true
            }
        }
    }

    test("a remote engine given to the manager: the first request goes at once, no probe") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            virtualEngine(VirtualClock(), SnmpVersion.V3).use { engine ->
                engine.addUser(user())
                val known = RemoteEngineInfo(agent.engineId, agent.engine.boots(), agent.engine.engineTime(System.currentTimeMillis()))
                val m = engine.manager(agent.address, remoteEngine = known)
                m.get(SYS_UPTIME).value(0) shouldBe Integer32.of(7)
                engine.counters.datagramsSent shouldBe 1L
                engine.counters.discoveries shouldBe 0L
                agent.received.get() shouldBe 1
            }
        }
    }

    test("boots and time left unknown (0): the agent's authenticated notInTimeWindow report resynchronises, one resend, no probe") {
        ScriptedV3Agent(listOf(user())).use { agent ->
            virtualEngine(VirtualClock(), SnmpVersion.V3).use { engine ->
                engine.addUser(user())
                val m = engine.manager(agent.address)
                m.get(SYS_UPTIME, options = RequestOptions(remoteEngine = RemoteEngineInfo(agent.engineId))).value(0) shouldBe Integer32.of(7)
                agent.engine.count(UsmStats.NOT_IN_TIME_WINDOWS) shouldBe 1
                engine.counters.resends shouldBe 1L
                engine.counters.discoveries shouldBe 0L
                engine.counters.datagramsSent shouldBe 2L
            }
        }
    }

    test("a wrong engine ID given: the agent's unknownEngineID report leads to a real discovery, and the request succeeds") {
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user())).use { agent ->
            virtualEngine(clock, SnmpVersion.V3).use { engine ->
                engine.addUser(user())
                val wrong = RemoteEngineInfo(byteArrayOf(0x80.toByte(), 0, 0, 0, 4, 9, 9, 9), 1, 0)
                val m = engine.manager(agent.address, remoteEngine = wrong, refreshPeriod = 1.seconds)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                eventually { engine.counters.datagramsReceived == 1L } shouldBe true // unknownEngineID, unauthenticated
                engine.advance(clock, 1.seconds) // at the resend: discover for real, then send
                call.await().value(0) shouldBe Integer32.of(7)
                engine.counters.discoveries shouldBe 1L
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("discover() is SNMPv3's; a remote engine needs a proper engine ID") {
        virtualEngine(VirtualClock(), SnmpVersion.V2C).use { engine ->
            shouldThrow<IllegalStateException> { engine.manager("127.0.0.1").discover() }
        }
        shouldThrow<IllegalArgumentException> { RemoteEngineInfo(byteArrayOf(1, 2, 3)) }
        shouldThrow<IllegalArgumentException> { RemoteEngineInfo(ByteArray(8), boots = -1) }
    }
})
