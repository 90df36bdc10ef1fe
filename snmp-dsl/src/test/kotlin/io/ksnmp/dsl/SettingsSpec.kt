package io.ksnmp.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.dsl.agent.agent
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.OctetString
import io.ksnmp.testing.Patience
import io.ksnmp.usm.SecurityLevel
import java.net.InetAddress
import java.net.InetSocketAddress
import kotlin.io.path.createTempDirectory
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds
import kotlin.time.toJavaDuration

/** Every setting of the manager and agent builders reaches what they make. */
class SettingsSpec : FunSpec({
    timeout = Patience.MILLIS

    test("managerOptions carries each setting; unset ones keep the engine's defaults") {
        val local = InetSocketAddress(InetAddress.getLoopbackAddress(), 0)
        val o = managerOptions("router.example.net") {
            port = 1161
            version = SnmpVersion.V3
            community = "c"
            namespace = "site-a"
            user = "ops"
            level = SecurityLevel.AUTH_NO_PRIV
            context = "vlan-10"
            contextEngineId = byteArrayOf(0x80.toByte(), 0, 0, 0, 4, 1)
            localAddress = local
            timeout = 3.seconds
            refreshPeriod = 250.milliseconds
            checkSourceAddress = false
        }
        listOf(o.host, o.port, o.versionOrNull, o.communityOrNull, o.namespace, o.userOrNull, o.securityLevelOrNull, o.contextName) shouldBe
            listOf("router.example.net", 1161, SnmpVersion.V3, "c", "site-a", "ops", SecurityLevel.AUTH_NO_PRIV, "vlan-10")
        o.contextEngineIdOrNull!!.toList() shouldBe listOf<Byte>(0x80.toByte(), 0, 0, 0, 4, 1)
        listOf(o.localAddressOrNull, o.timeout, o.refreshPeriod, o.checkSourceAddress) shouldBe
            listOf(local, 3.seconds.toJavaDuration(), 250.milliseconds.toJavaDuration(), false)

        val defaults = managerOptions(InetSocketAddress(InetAddress.getLoopbackAddress(), 1162))
        listOf(defaults.port, defaults.versionOrNull, defaults.communityOrNull, defaults.userOrNull, defaults.securityLevelOrNull, defaults.timeout) shouldBe
            listOf(1162, null, null, null, null, 10.seconds.toJavaDuration())
    }

    test("agent settings: its own engine ID and state file, its port, the versions it serves") {
        val dir = createTempDirectory("ksnmp-dsl-agent-")
        try {
            val id = byteArrayOf(0x80.toByte(), 0, 0, 0, 5, 9, 9, 9, 9)
            snmpEngine().use { engine ->
                engine.agent { engineId = id; maxMessageSize = 1_472 }.engineId.toList() shouldBe id.toList()
                val state = dir.resolve("agent.state")
                engine.agent { stateFile = state }.use { it.engineBoots shouldBe 1 }
                engine.agent { stateFile = state }.use { it.engineBoots shouldBe 2 }

                val port = io.ksnmp.testing.Snmpd.freeUdpPort()
                val v3Only = engine.agent {
                    this.port = port
                    versions = setOf(SnmpVersion.V3)
                    mib { scalar("1.3.6.1.2.1.1.1.0", "v3 only") }
                }
                v3Only.address.port shouldBe port
                val v2c = engine.manager("127.0.0.1") { this.port = port; version = SnmpVersion.V2C; timeout = 300.milliseconds; refreshPeriod = 100.milliseconds }
                shouldThrow<SnmpTimeoutException> { v2c.get("1.3.6.1.2.1.1.1.0") }
                Patience.until { v3Only.counters.badVersion >= 1 } shouldBe true
                v3Only.counters.responses shouldBe 0L

                val all = engine.agent { readCommunity = "ro"; mib { scalar("1.3.6.1.2.1.1.1.0", "all") } }
                engine.manager(all.address) { version = SnmpVersion.V1; community = "ro"; timeout = Patience.DURATION }
                    .get("1.3.6.1.2.1.1.1.0").value(0) shouldBe OctetString.of("all")
            }
        } finally {
            dir.toFile().deleteRecursively()
        }
    }
})
