package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.DemoMib
import io.ksnmp.coroutines.agent.RawClient
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import java.util.concurrent.CopyOnWriteArrayList
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.flow.filterIsInstance
import kotlinx.coroutines.flow.first

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")

/** [SnmpEngine]'s events: reports with their request, discovery on both sides, dropped datagrams with their octets masked. */
class EventsSpec : FunSpec({
    timeout = Patience.MILLIS

    test("a manager's events: discovery completed, then the agent's unauthenticated wrongDigest report for a get") {
        val user = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "auth-password").build()
        val clock = VirtualClock()
        ScriptedV3Agent(listOf(user)).use { agent ->
            virtualEngine(clock, SnmpVersion.V3).use { engine ->
                val events = CopyOnWriteArrayList<SnmpEvent>()
                val subscription = engine.addEventListener { events += it }
                engine.addUser(UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "not-the-password").build())
                val call = async(Dispatchers.Default) { runCatching { engine.manager(agent.address, refreshPeriod = 1.seconds).get(SYS_UPTIME) } }
                eventually { events.size == 2 } shouldBe true
                engine.advance(clock, 1.seconds)
                call.await().isFailure shouldBe true
                val discovered = events[0].shouldBeInstanceOf<SnmpEvent.DiscoveryCompleted>()
                discovered.peer shouldBe agent.address
                discovered.engine.engineId.toList() shouldBe agent.engineId.toList()
                val report = events[1].shouldBeInstanceOf<SnmpEvent.ReportReceived>()
                listOf(report.peer, report.counter, report.authenticated, report.requestType) shouldBe
                    listOf(agent.address, UsmStats.WRONG_DIGESTS, false, PduType.GET)
                subscription.close()
                engine.manager(agent.address, securityLevel = SecurityLevel.NO_AUTH_NO_PRIV).discover() // a discovery completed, unheard
                engine.counters.discoveries shouldBe 2L
                events.size shouldBe 2 // nothing heard once the subscription is closed
            }
        }
    }

    test("an agent's events: the probe it answered, and a datagram with a wrong community dropped with the community masked") {
        val demo = DemoMib()
        val user = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_96, "auth-password").build()
        SnmpEngine().use { engine ->
            val agent = engine.agent(AgentOptions(readCommunity = "public", users = listOf(AgentUser(user))), demo.mib)
            val probe = async(Dispatchers.Default) { engine.events().filterIsInstance<SnmpEvent.ProbeAnswered>().first() }
            // The probe is dropped too (unknownEngineID, answered with a report): the wrong community is the one looked for.
            val drop = async(Dispatchers.Default) {
                engine.events().filterIsInstance<SnmpEvent.DatagramDropped>().first { it.dropped.reason == DropReason.WRONG_COMMUNITY }
            }
            eventually { engine.core.events.listeners.size == 2 } shouldBe true
            SnmpEngine().use { manager ->
                manager.addUser(user)
                manager.manager(agent.address, user = "ops", timeout = Patience.DURATION).get(SYS_UPTIME)
                val secret = "SuperSecretPass1"
                val wrong = MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, secret, Pdu.get(7, VarBindList.ofNames(SYS_UPTIME))))
                RawClient(agent.address).use { it.send(wrong) }
                probe.await().peer.address.isLoopbackAddress shouldBe true
                val dropped = drop.await()
                dropped.dropped.reason shouldBe DropReason.WRONG_COMMUNITY
                dropped.bytesWithheld shouldBe false
                dropped.bytes.size shouldBe wrong.size
                String(dropped.bytes, Charsets.ISO_8859_1).contains(secret) shouldBe false
                dropped.bytes.toList() shouldBe wrong.toList().let { w ->
                    val at = String(wrong, Charsets.ISO_8859_1).indexOf(secret)
                    w.mapIndexed { i, b -> if (i in at until at + secret.length) '*'.code.toByte() else b }
                }
            }
        }
    }
})
