package io.ksnmp.dsl.notification

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.dsl.varBinds
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

private val linkDown = Oid.parse("1.3.6.1.6.3.1.1.5.3")
private val senderEngine = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "dsl-sender".toByteArray()

/**
 * Net-SNMP's snmptrap and snmpinform sending to a receiver made by the builder: a v2c trap with
 * an accepted community, an SNMPv3 inform to a user of any engine (the receiver authoritative,
 * discovered by the tool) and an SNMPv3 trap from a user bound to the sending engine's ID.
 */
class ReceiverNetSnmpInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmptrap", "snmpinform") { senderTests() }
})

private fun FunSpec.senderTests() {
    val arrived = LinkedBlockingQueue<Notification>()
    val engine = snmpEngine()
    val receiver = engine.notificationReceiver({
        address("127.0.0.1", 0)
        community("public")
        user("ops") { auth(AuthProtocol.HMAC_SHA_256_192, "ops-auth-pass"); priv(PrivProtocol.AES128, "ops-priv-pass") }
        user("router", senderEngineId = senderEngine) { auth(AuthProtocol.HMAC_SHA_96, "router-auth-pass"); priv(PrivProtocol.AES256, "router-priv-pass") }
    }) { arrived.add(it) }
    afterSpec { engine.close() }
    val target = "udp:127.0.0.1:${receiver.addresses.single().port}"
    val bindings = listOf("1.3.6.1.2.1.2.2.1.1.3", "i", "3")

    fun next(): Notification = arrived.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: fail("nothing arrived; ${receiver.counters}")

    fun send(tool: String, options: List<String>) {
        val result = NetSnmpTools.run(tool, listOf("-r", "1", "-t", "30") + options + target + listOf("", linkDown.toDottedString()) + bindings)
        withClue(result) { result.exitCode shouldBe 0 }
    }

    test("a v2c trap with an accepted community") {
        send("snmptrap", listOf("-v2c", "-c", "public"))
        val n = next()
        n.version shouldBe SnmpVersion.V2C
        n.trapOid shouldBe linkDown
        n.varBinds shouldBe varBinds { "1.3.6.1.2.1.2.2.1.1.3" to 3 }
    }

    test("an SNMPv3 inform from a user of any engine, acknowledged") {
        send("snmpinform", listOf("-v3", "-u", "ops", "-l", "authPriv", "-a", "SHA-256", "-A", "ops-auth-pass", "-x", "AES", "-X", "ops-priv-pass"))
        val n = next()
        n.isInform shouldBe true
        n.userNameOrNull shouldBe "ops"
        n.securityLevel shouldBe SecurityLevel.AUTH_PRIV
        n.varBinds shouldBe varBinds { "1.3.6.1.2.1.2.2.1.1.3" to 3 }
    }

    test("an SNMPv3 trap from a user bound to its sender's engine ID") {
        val engineId = "0x" + senderEngine.joinToString("") { "%02x".format(it) }
        send("snmptrap", listOf("-v3", "-e", engineId, "-u", "router", "-l", "authPriv", "-a", "SHA", "-A", "router-auth-pass", "-x", "AES256", "-X", "router-priv-pass"))
        val n = next()
        n.isInform shouldBe false
        n.userNameOrNull shouldBe "router"
        n.engineIdOrNull!!.toList() shouldBe senderEngine.toList()
    }
}
