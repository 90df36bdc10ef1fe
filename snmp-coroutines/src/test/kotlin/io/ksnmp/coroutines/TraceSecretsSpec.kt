package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.element
import io.kotest.property.checkAll
import io.ksnmp.SnmpException
import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.RawClient
import io.ksnmp.coroutines.agent.SnmpAgent
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.coroutines.testing.Corruption
import io.ksnmp.coroutines.testing.Corruptions
import io.ksnmp.coroutines.testing.LONG_SECRET
import io.ksnmp.coroutines.testing.REPRODUCTION_HEX
import io.ksnmp.coroutines.testing.SHORT_SECRET
import io.ksnmp.coroutines.testing.SYS_NAME
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.TraceHooks
import io.ksnmp.coroutines.testing.isNotification
import io.ksnmp.coroutines.testing.Secret
import io.ksnmp.coroutines.testing.datagramsWith
import io.ksnmp.coroutines.testing.leaks
import io.ksnmp.coroutines.testing.leaksIn
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyCache
import io.ksnmp.usm.OutgoingParameters
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmSecret
import io.ksnmp.usm.UsmUser
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.HexFormat
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicReference
import kotlin.time.Duration.Companion.seconds

private val AUTH_PASSWORD = Secret.text("auth-passphrase-never-traced")
private val PRIV_PASSWORD = Secret.text("priv-passphrase-never-traced")
private val USER = UsmUser.builder("trace-tester")
    .auth(AuthProtocol.HMAC_SHA_256_192, AUTH_PASSWORD.text).priv(PrivProtocol.AES128, PRIV_PASSWORD.text).build()
private val AGENT_ENGINE_ID = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 4) + "trace-agent".toByteArray()
private val SYS_NAME_VALUE = OctetString.of("router-7")

/** A real request from another engine, which must succeed: the agent still works. */
private suspend fun answers(agent: SnmpAgent, community: String): Boolean = SnmpEngine().use { client ->
    client.manager(agent.address, version = SnmpVersion.V2C, community = community, timeout = 5.seconds).get(SYS_NAME).value(0) == SYS_NAME_VALUE
}

/**
 * No community or USM secret, whole or in part, in any packet event (bytes, message, text),
 * dropped-message event (text, cause), request failure or received notification, for any
 * datagram a real manager engine, agent or notification receiver sends or receives over loopback
 * UDP: the reviewer's reproduction, and valid datagrams corrupted at random (see [Corruptions]).
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class TraceSecretsSpec : FunSpec({
    val communities = listOf(SHORT_SECRET, LONG_SECRET)
    val keyCache = KeyCache(JceUsmCrypto.create(), 10, 10)
    val mib = MibRegistry().scalar(SYS_NAME, SYS_NAME_VALUE)

    fun agentOptions() = AgentOptions(
        readCommunity = SHORT_SECRET.text, writeCommunity = LONG_SECRET.text,
        users = listOf(AgentUser(USER, SecurityLevel.AUTH_PRIV, AgentAccess.READ_ONLY)), engineId = AGENT_ENGINE_ID,
    )

    /** Passwords, master keys and the keys localized to [engineId]: none of them may show either. */
    fun usmSecrets(engineId: ByteArray): List<Secret> {
        val keys = keyCache.localizedKeys(USER, engineId)
        return listOf(
            AUTH_PASSWORD, PRIV_PASSWORD,
            Secret.key(keyCache.masterKey(AuthProtocol.HMAC_SHA_256_192, UsmSecret.password(AUTH_PASSWORD.text)), "auth master key"),
            Secret.key(keyCache.masterKey(AuthProtocol.HMAC_SHA_256_192, UsmSecret.password(PRIV_PASSWORD.text)), "priv master key"),
            Secret.key(keys.authKeyOrNull()!!, "localized auth key"),
            Secret.key(keys.privKeyOrNull()!!.copyOf(16), "localized priv key"),
        )
    }

    test("the reviewer's reproduction sent to an agent: traced with the community masked, dropped as malformed, and the agent still answers") {
        val hooks = TraceHooks(communities)
        hooks.engine().use { engine ->
            val agent = engine.agent(agentOptions(), mib)
            RawClient(agent.address).use { raw -> hooks.deliver(raw, HexFormat.of().parseHex(REPRODUCTION_HEX)) }
            val traced = hooks.events.single()
            traced.direction shouldBe PacketDirection.IN
            traced.messageOrNull shouldBe null
            traced.bytesWithheld shouldBe false
            traced.length shouldBe REPRODUCTION_HEX.length / 2
            HexFormat.of().formatHex(traced.bytes) shouldBe REPRODUCTION_HEX.replace(HexFormat.of().formatHex(SHORT_SECRET.octets), "2a".repeat(16))
            hooks.drops.single().reason shouldBe DropReason.MALFORMED
            hooks.drops.single().causeOrNull.shouldBeInstanceOf<BerDecodingException>()
            hooks.assertNoLeak()
            answers(agent, SHORT_SECRET.text) shouldBe true
        }
    }

    test("the reviewer's reproduction sent to a manager engine: traced with the community masked, dropped as malformed, and the manager still works") {
        val hooks = TraceHooks(communities)
        SnmpEngine().use { agentEngine ->
            val agent = agentEngine.agent(agentOptions(), mib)
            hooks.engine().use { engine ->
                val m = engine.manager(agent.address, community = SHORT_SECRET.text, timeout = 5.seconds)
                m.get(SYS_NAME).value(0) shouldBe SYS_NAME_VALUE
                val socket = engine.onLoop { engine.core.transport.openSockets.single().localAddress }
                hooks.awaitReceived(1)
                ScriptedPeer.sendFromElsewhere(HexFormat.of().parseHex(REPRODUCTION_HEX), InetSocketAddress(InetAddress.getLoopbackAddress(), socket.port))
                hooks.awaitReceived(2)
                val traced = hooks.events.last()
                traced.bytesWithheld shouldBe false
                HexFormat.of().formatHex(traced.bytes) shouldBe REPRODUCTION_HEX.replace(HexFormat.of().formatHex(SHORT_SECRET.octets), "2a".repeat(16))
                hooks.drops.single().reason shouldBe DropReason.MALFORMED
                hooks.assertNoLeak()
                m.get(SYS_NAME).value(0) shouldBe SYS_NAME_VALUE
            }
        }
    }

    test("a manager whose replies arrive corrupted before the real one: no secret in any event or error, and its requests keep succeeding") {
        val hooks = TraceHooks(communities)
        val corruption = AtomicReference<Corruption?>(null)
        val sent = AtomicInteger()
        ScriptedPeer().use { peer ->
            peer.autoReply = { request ->
                val good = ScriptedPeer.responseTo(request, VarBindList.of(VarBind.of(SYS_NAME, SYS_NAME_VALUE)))
                listOfNotNull(corruption.get()?.applyTo(good), good).also { sent.addAndGet(it.size) }
            }
            hooks.engine().use { engine ->
                val managers = communities.map { engine.manager(peer.address, community = it.text, timeout = 5.seconds) }
                val cases = Arb.bind(Arb.element(managers.indices.toList()), Corruptions.corruption) { i, c -> i to c }
                checkAll(PropTestConfig(seed = 20_261_205L, iterations = 400), cases) { (i, damage) ->
                    corruption.set(damage)
                    // a damaged reply that still decodes may be taken as the answer and fail the request: that is fine
                    val failure = try {
                        managers[i].get(SYS_NAME)
                        null
                    } catch (e: SnmpException) {
                        e
                    }
                    hooks.awaitReceived(sent.get())
                    hooks.assertNoLeak(mapOf("request failure" to failure?.stackTraceToString()))
                }
                corruption.set(null)
                for (m in managers) m.get(SYS_NAME).value(0) shouldBe SYS_NAME_VALUE
                hooks.awaitReceived(sent.get())
                hooks.assertNoLeak()
            }
        }
    }

    test("an SNMPv3 manager whose replies arrive corrupted before the real one: no password or key in any event, drop or error") {
        ScriptedV3Agent(listOf(USER), "trace-v3-peer".toByteArray()).use { peer ->
            val hooks = TraceHooks(communities + usmSecrets(peer.engineId))
            hooks.engine().use { engine ->
                engine.addUser(USER)
                val m = engine.manager(peer.address, version = SnmpVersion.V3, user = USER.nameAsText(), timeout = 5.seconds)
                m.get(SYS_NAME) // discovery done, keys localized: from here every reply is authenticated and encrypted
                val corruption = AtomicReference<Corruption?>(null)
                val sent = AtomicInteger(hooks.receivedCount)
                peer.damagedCopy = { good -> sent.addAndGet(2); corruption.get()?.applyTo(good) }
                checkAll(PropTestConfig(seed = 20_261_208L, iterations = 300), Corruptions.corruption) { damage ->
                    corruption.set(damage)
                    val failure = try {
                        m.get(SYS_NAME)
                        null
                    } catch (e: SnmpException) {
                        e
                    }
                    hooks.awaitReceived(sent.get())
                    hooks.assertNoLeak(mapOf("request failure" to failure?.stackTraceToString()))
                }
                peer.damagedCopy = null
                m.get(SYS_NAME).size shouldBe 1
                hooks.assertNoLeak()
                // the damaged replies went down USM's failure paths, not only the decoder's
                hooks.drops.any { it.reason == DropReason.SECURITY_CHECK_FAILED } shouldBe true
                hooks.drops.any { it.reason == DropReason.MALFORMED } shouldBe true
            }
        }
    }

    test("a notification receiver sent corrupted traps and informs: no secret in any event, drop or notification, and it still receives") {
        val hooks = TraceHooks(communities)
        val notifications = CopyOnWriteArrayList<Notification>()
        hooks.engine().use { engine ->
            val options = NotificationReceiverOptions(
                addresses = listOf(InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), communities = communities.map { it.text }.toSet(),
            )
            val receiver = engine.notificationReceiver(options) { notifications += it }
            val bases = communities.flatMap { datagramsWith(it) }
            RawClient(receiver.addresses.single()).use { raw ->
                val cases = Arb.bind(Arb.element(bases), Corruptions.corruption) { base, c -> base to c }
                checkAll(PropTestConfig(seed = 20_261_209L, iterations = 600), cases) { (base, damage) ->
                    hooks.deliver(raw, damage.applyTo(base))
                    hooks.assertNoLeak(notifications.withIndex().associate { (i, n) -> "notification $i" to n.toString() })
                }
            }
            // from a new port (informs already delivered from the old one would be taken as resent):
            // every trap and inform among the undamaged datagrams is delivered, the receiver still works
            RawClient(receiver.addresses.single()).use { raw ->
                val before = engine.onLoop { notifications.size }
                val expected = hooks.receivedCount + bases.size
                for (base in bases) raw.send(base)
                hooks.awaitReceived(expected)
                engine.onLoop { notifications.size } shouldBe before + bases.count { isNotification(it) }
                hooks.assertNoLeak(notifications.withIndex().associate { (i, n) -> "notification $i" to n.toString() })
            }
            hooks.events.any { it.bytesWithheld } shouldBe true
        }
    }

    test("an agent sent corrupted v1/v2c and SNMPv3 requests: no secret in any event, and it still answers every version") {
        val hooks = TraceHooks(communities + usmSecrets(AGENT_ENGINE_ID))
        SnmpEngine().use { client ->
            hooks.engine().use { agentEngine ->
                val served = agentEngine.agent(agentOptions(), mib)
                val keys = keyCache.localizedKeys(USER, served.engineId)
                val usm = Usm(JceUsmCrypto.create())
                fun v3Get(msgId: Int): ByteArray {
                    val w = BerWriter(512)
                    val params = OutgoingParameters(msgId, 65_507, true, SecurityLevel.AUTH_PRIV, USER.name(), keys,
                        served.engineId, served.engineBoots, served.engineTime())
                    usm.secure(w, params, ScopedPdu.of(served.engineId, ByteArray(0), Pdu.get(msgId, VarBindList.ofNames(SYS_NAME))))
                    return w.toByteArray()
                }
                val bases = communities.flatMap { datagramsWith(it) } + List(4) { v3Get(1_000 + it) }
                RawClient(served.address).use { raw ->
                    // the SNMPv3 request as built is a good one: the agent answers it
                    raw.send(bases.last())
                    val answer = raw.receiveOrNull()!!
                    (MessageCodec.decode(answer, 0, answer.size) as V3Message).msgId() shouldBe 1_003
                    hooks.awaitReceived(1)
                    val cases = Arb.bind(Arb.element(bases), Corruptions.corruption) { base, c -> base to c }
                    checkAll(PropTestConfig(seed = 20_261_206L, iterations = 600), cases) { (base, damage) ->
                        hooks.deliver(raw, damage.applyTo(base))
                        hooks.assertNoLeak()
                    }
                }
                for (community in communities) answers(served, community.text) shouldBe true
                client.addUser(USER)
                client.manager(served.address, version = SnmpVersion.V3, user = USER.nameAsText(), timeout = 5.seconds)
                    .get(SYS_NAME).value(0) shouldBe SYS_NAME_VALUE
                hooks.assertNoLeak()
                // both ways out of the agent were exercised: datagrams masked and shown, and datagrams withheld
                hooks.events.any { it.bytesWithheld } shouldBe true
                hooks.events.any { !it.bytesWithheld && it.messageOrNull == null } shouldBe true
            }
        }
    }
})
