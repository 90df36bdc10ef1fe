package io.ksnmp.coroutines.notification

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.message.SnmpVersion
import io.ksnmp.notification.NotificationOids
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.UsmUser
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

private val sysName = Oid.parse("1.3.6.1.2.1.1.5.0")
private val detail = VarBind.of("1.3.6.1.4.1.8072.9999.9.0", Integer32.of(9))

/** An agent and a notification receiver on one port: each datagram reaches the one it is for. */
class SharedPortSpec : FunSpec({
    timeout = 60_000L

    test("requests reach the agent, traps and informs the receiver, on the agent's port; closing the receiver leaves the agent serving") {
        val reader = UsmUser.builder("reader").auth(AuthProtocol.HMAC_SHA_96, "reader-pass").build()
        val nms = UsmUser.builder("nms").auth(AuthProtocol.HMAC_SHA_256_192, "nms-auth-pass").priv(PrivProtocol.AES128, "nms-priv-pass").build()
        val dropped = LinkedBlockingQueue<DroppedMessage>()
        SnmpEngine(defaultVersion = SnmpVersion.V2C, droppedMessages = { dropped.add(it) }).use { engine ->
            val agent = engine.agent(AgentOptions(users = listOf(AgentUser(reader))), MibRegistry().scalar(sysName, OctetString.of("shared")))
            val arrived = LinkedBlockingQueue<Notification>()
            val receiver = agent.notificationReceiver(NotificationReceiverOptions(communities = setOf("public"), users = listOf(nms))) { arrived.add(it) }
            receiver.addresses shouldBe listOf(agent.address)
            engine.addUser(reader)
            engine.addUser(nms, namespace = "nms")

            engine.manager(agent.address).get(sysName).single().value() shouldBe OctetString.of("shared")
            engine.manager(agent.address, version = SnmpVersion.V3, user = "reader").get(sysName).single().value() shouldBe OctetString.of("shared")

            engine.manager(agent.address).trap(NotificationOids.COLD_START, detail)
            arrived.poll(5, TimeUnit.SECONDS)!!.trapOid shouldBe NotificationOids.COLD_START
            engine.manager(agent.address, version = SnmpVersion.V3, namespace = "nms", user = "nms").inform(NotificationOids.WARM_START, detail)
            arrived.poll(5, TimeUnit.SECONDS)!!.userNameOrNull shouldBe "nms"
            SnmpEngine().use { router ->
                router.addUser(nms)
                router.manager(agent.address, user = "nms").trap(NotificationOids.LINK_UP, detail)
                arrived.poll(5, TimeUnit.SECONDS)!!.engineIdOrNull shouldBe router.engineId
            }
            receiver.counters.delivered shouldBe 3L
            agent.counters.responses shouldBe 2L

            receiver.close()
            engine.manager(agent.address).trap(NotificationOids.COLD_START, detail)
            eventually { dropped.any { it.reason == DropReason.UNEXPECTED_PDU } } shouldBe true
            engine.manager(agent.address).get(sysName).single().value() shouldBe OctetString.of("shared")
            receiver.counters.delivered shouldBe 3L
        }
    }
})
