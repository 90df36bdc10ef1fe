package io.ksnmp.dsl.notification

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.dsl.agent.agent
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.dsl.varBinds
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import java.net.DatagramSocket
import java.net.InetSocketAddress
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

private val linkDown = Oid.parse("1.3.6.1.6.3.1.1.5.3")
private val linkUp = Oid.parse("1.3.6.1.6.3.1.1.5.4")
private val ifIndex = Oid.parse("1.3.6.1.2.1.2.2.1.1.3")

/**
 * Receivers made by the builders, fed by managers of another engine: v2c traps with accepted and
 * refused communities, SNMPv3 informs from a user of any engine, SNMPv3 traps from a user bound to
 * one sender engine, a listener, an agent's shared socket, and the flow that owns its receiver.
 */
class NotificationReceiverBuilderSpec : FunSpec({
    timeout = Patience.MILLIS

    test("v2c traps: an accepted community is delivered, another one dropped") {
        snmpEngine().use { engine ->
            val receiver = engine.notificationReceiver { address("127.0.0.1", 0); community("public", "monitoring") }
            snmpEngine { defaultVersion = SnmpVersion.V2C }.use { sender ->
                val to = receiver.addresses.single()
                sender.manager(to) { community = "elsewhere" }.trap(linkUp, varBinds { ifIndex to 3 }.toList())
                sender.manager(to) { community = "monitoring" }.trap(linkDown, varBinds { ifIndex to 3 }.toList())
                val n = receiver.notifications.first()
                n.trapOid shouldBe linkDown
                n.communityOrNull shouldBe "monitoring"
                n.varBinds shouldBe varBinds { ifIndex to 3 }
                Patience.until { receiver.counters.dropped == 1L } shouldBe true
                receiver.counters.delivered shouldBe 1L
            }
        }
    }

    test("SNMPv3: an inform from a user of any engine, a trap from a user bound to its sender's engine") {
        snmpEngine().use { engine ->
            snmpEngine {
                user("ops") { auth(AuthProtocol.HMAC_SHA_256_192, "ops-auth-pass"); priv(PrivProtocol.AES128, "ops-priv-pass") }
                user("router") { auth(AuthProtocol.HMAC_SHA_96, "router-auth-pass") }
            }.use { sender ->
                val arrived = LinkedBlockingQueue<Notification>()
                val receiver = engine.notificationReceiver({
                    address(InetSocketAddress("127.0.0.1", 0))
                    user("ops") { auth(AuthProtocol.HMAC_SHA_256_192, "ops-auth-pass"); priv(PrivProtocol.AES128, "ops-priv-pass") }
                    user("router", senderEngineId = sender.engineId) { auth(AuthProtocol.HMAC_SHA_96, "router-auth-pass") }
                }) { arrived.add(it) }
                val to = receiver.addresses.single()
                sender.manager(to) { version = SnmpVersion.V3; user = "ops"; timeout = Patience.DURATION }.inform(linkDown, varBinds { ifIndex to 3 }.toList())
                sender.manager(to) { version = SnmpVersion.V3; user = "router" }.trap(linkUp, varBinds { ifIndex to 4 }.toList())
                val first = arrived.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: fail("no inform")
                first.isInform shouldBe true
                first.userNameOrNull shouldBe "ops"
                first.securityLevel shouldBe SecurityLevel.AUTH_PRIV
                val second = arrived.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: fail("no trap")
                second.trapOid shouldBe linkUp
                second.userNameOrNull shouldBe "router"
                second.engineIdOrNull!!.toList() shouldBe sender.engineId.toList()
            }
        }
    }

    test("an agent's socket shared with a receiver made by the builder") {
        snmpEngine().use { engine ->
            val agent = engine.agent { mib { scalar("1.3.6.1.2.1.1.1.0", "agent") } }
            val receiver = agent.notificationReceiver { community("public") }
            snmpEngine { defaultVersion = SnmpVersion.V2C }.use { sender ->
                val m = sender.manager(agent.address) { timeout = Patience.DURATION }
                m.inform(linkDown, varBinds { ifIndex to 1 }.toList())
                receiver.notifications.first().isInform shouldBe true
                m.get("1.3.6.1.2.1.1.1.0").size shouldBe 1
            }
        }
    }

    test("the notifications flow starts its receiver when collected and closes it when the collection ends") {
        snmpEngine().use { engine ->
            snmpEngine { defaultVersion = SnmpVersion.V2C }.use { sender ->
                val bound = CompletableDeferred<InetSocketAddress>()
                val received = coroutineScope {
                    val collecting = async {
                        engine.notifications({ address("127.0.0.1", 0); community("public") }, onStart = { bound.complete(it.addresses.single()) })
                            .take(2).toList()
                    }
                    val to = bound.await()
                    val m = sender.manager(to) { timeout = Patience.DURATION }
                    m.inform(linkDown, varBinds { ifIndex to 1 }.toList())
                    m.inform(linkUp, varBinds { ifIndex to 1 }.toList())
                    collecting.await() to to
                }
                received.first.map { it.trapOid } shouldBe listOf(linkDown, linkUp)
                // the receiver is closed: its port can be bound again
                DatagramSocket(received.second).close()
            }
        }
    }

    test("options as a value; the port of the wildcard socket; no community in toString") {
        val options = notificationReceiverOptions {
            port = 1162
            community("secret-community")
            acceptAnyCommunity = false
            versions = setOf(SnmpVersion.V2C, SnmpVersion.V3)
            bufferCapacity = 10
            maxSenderEngines = 5
            maxMessageSize = 1_472
            toString() shouldNotContain "secret-community"
        }
        options.addresses.single().port shouldBe 1162
        options.addresses.single().address.isAnyLocalAddress shouldBe true
        options.communities shouldBe setOf("secret-community")
        options.versions shouldBe setOf(SnmpVersion.V2C, SnmpVersion.V3)
        listOf(options.bufferCapacity, options.maxSenderEngines, options.maxMessageSize) shouldBe listOf(10, 5, 1_472)
    }
})
