package io.ksnmp.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.dsl.agent.agent
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.JceUsmCrypto
import kotlinx.coroutines.Job
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.util.concurrent.ConcurrentLinkedQueue
import kotlin.io.path.createTempDirectory
import kotlin.time.Duration.Companion.milliseconds

private val sysDescr = Oid.parse("1.3.6.1.2.1.1.1.0")
private val sysLocation = Oid.parse("1.3.6.1.2.1.1.6.0")

/**
 * [snmpEngine] and [manager] against an embedded agent the agent builder starts: the engine's
 * settings and hooks take effect, its users and namespaces sign requests the agent accepts (or,
 * in a namespace with other credentials, does not), and no secret appears in any `toString`.
 */
class EngineBuilderSpec : FunSpec({
    timeout = Patience.MILLIS

    test("v2c and v3 managers made by the builders get and set through an agent made by the builder") {
        snmpEngine {
            defaultVersion = SnmpVersion.V2C
            user("admin") {
                auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass-admin")
                priv(PrivProtocol.AES128, "priv-pass-admin")
            }
        }.use { engine ->
            engine.defaultVersion shouldBe SnmpVersion.V2C
            val agent = engine.agent {
                writeCommunity = "private"
                user("admin", access = AgentAccess.READ_WRITE) {
                    auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass-admin")
                    priv(PrivProtocol.AES128, "priv-pass-admin")
                }
                mib {
                    scalar(sysDescr, "router 1")
                    writable(sysLocation, "rack 1")
                }
            }
            val v2c = engine.manager(agent.address) { community = "private"; timeout = Patience.DURATION }
            v2c.version shouldBe SnmpVersion.V2C
            v2c.get(sysDescr).value(0) shouldBe OctetString.of("router 1")
            v2c.set(varBinds { sysLocation to "rack 2" })
            v2c.get(sysLocation).value(0) shouldBe OctetString.of("rack 2")

            val v3 = engine.manager("127.0.0.1") {
                port = agent.address.port
                version = SnmpVersion.V3
                user = "admin"
                level = SecurityLevel.AUTH_PRIV
                timeout = Patience.DURATION
            }
            v3.set(varBinds { "1.3.6.1.2.1.1.6.0" to "rack 3" })
            v3.get(sysLocation, sysDescr).values() shouldBe listOf(OctetString.of("rack 3"), OctetString.of("router 1"))
        }
    }

    test("a namespace keeps its own credentials: the same name with another passphrase is refused by the agent") {
        snmpEngine {
            user("ops") { auth(AuthProtocol.HMAC_SHA_96, "the-right-pass") }
            namespace("impostors") { user("ops") { auth(AuthProtocol.HMAC_SHA_96, "the-wrong-pass") } }
        }.use { engine ->
            val agent = engine.agent { user("ops") { auth(AuthProtocol.HMAC_SHA_96, "the-right-pass") }; mib { scalar(sysDescr, "x") } }
            engine.manager(agent.address) { version = SnmpVersion.V3; user = "ops"; timeout = Patience.DURATION }
                .get(sysDescr).value(0) shouldBe OctetString.of("x")
            val impostor = engine.manager(agent.address) {
                version = SnmpVersion.V3
                namespace = "impostors"   // its default user: the only one
                refreshPeriod = 200.milliseconds
                timeout = Patience.DURATION
            }
            shouldThrow<WrongDigestException> { impostor.get(sysDescr) }
        }
    }

    test("engine settings: engine ID, state file boots, packet trace and dropped-message hooks") {
        val dir = createTempDirectory("ksnmp-dsl-engine-")
        try {
            val id = byteArrayOf(0x80.toByte(), 0, 0, 0, 5, 1, 2, 3, 4)
            snmpEngine { engineId = id }.use { it.engineId.toList() shouldBe id.toList() }
            val stateFile = dir.resolve("engine.state")
            val firstId = snmpEngine { this.stateFile = stateFile }.use { it.engineBoots shouldBe 1; it.engineId }
            snmpEngine { this.stateFile = stateFile }.use {
                it.engineBoots shouldBe 2
                it.engineId.toList() shouldBe firstId.toList()
            }

            val packets = ConcurrentLinkedQueue<PacketEvent>()
            val drops = ConcurrentLinkedQueue<DroppedMessage>()
            snmpEngine {
                defaultVersion = SnmpVersion.V2C
                packetTrace { packets.add(it) }
                droppedMessages { drops.add(it) }
                busyPoll = 50.milliseconds
                receiveBufferSize = null
                batchedIo = false
            }.use { engine ->
                engine.usesBatchedIo shouldBe false
                val agent = engine.agent { mib { scalar(sysDescr, "traced") } }
                engine.manager(agent.address) { timeout = Patience.DURATION }.get(sysDescr)
                Patience.until { packets.count { it.direction == PacketDirection.IN } >= 2 } shouldBe true
                DatagramSocket().use { it.send(DatagramPacket(byteArrayOf(1, 2, 3), 3, agent.address)) }
                Patience.until { drops.isNotEmpty() } shouldBe true
                drops.map { it.reason } shouldContain DropReason.MALFORMED
            }
        } finally {
            dir.toFile().deleteRecursively()
        }
    }

    test("a parent job's end closes the engine") {
        val parent = Job()
        val engine = snmpEngine { this.parent = parent; crypto = JceUsmCrypto.create() }
        engine.isClosed shouldBe false
        parent.cancel()
        Patience.until { engine.isClosed } shouldBe true
    }

    test("invalid settings are refused when the engine or manager is made") {
        shouldThrow<IllegalArgumentException> { snmpEngine { engineId = byteArrayOf(1, 2) } }
        shouldThrow<IllegalArgumentException> { snmpEngine { user("short") { auth(AuthProtocol.HMAC_SHA_96, "short") } } }
        shouldThrow<IllegalArgumentException> { usmUser("nope") { priv(PrivProtocol.AES128, "priv-pass-nope") } }
        shouldThrow<IllegalArgumentException> { managerOptions("192.0.2.1") { timeout = 0.milliseconds } }
        shouldThrow<IllegalArgumentException> { managerOptions("192.0.2.1") { port = 70_000 } }
    }

    test("no passphrase or community in any toString of the builders or what they make") {
        val secrets = listOf("auth-pass-secret", "priv-pass-secret", "community-secret")
        val printed = ArrayList<String>()
        snmpEngine {
            user("admin") {
                auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass-secret")
                priv(PrivProtocol.AES128, "priv-pass-secret")
                printed.add(toString())
            }
            namespace("ns") { user("other") { auth(AuthProtocol.HMAC_SHA_96, masterKey(ByteArray(20) { 7 })) }; printed.add(toString()) }
            printed.add(toString())
        }.use { engine ->
            printed.add(engine.toString())
            printed.add(usmUser("admin") { auth(AuthProtocol.HMAC_SHA_96, "auth-pass-secret") }.toString())
            val options = managerOptions("192.0.2.1") { community = "community-secret"; printed.add(toString()) }
            printed.add(options.toString())
            printed.add(engine.manager(options).toString())
            val agent = engine.agent {
                readCommunity = "community-secret"
                user("admin") { auth(AuthProtocol.HMAC_SHA_96, "auth-pass-secret") }
                printed.add(toString())
            }
            printed.add(agent.toString())
        }
        printed.size shouldBe 10
        for (text in printed) for (secret in secrets) text shouldNotContain secret
        printed.joinToString() shouldNotContain "7, 7, 7"
    }
})
