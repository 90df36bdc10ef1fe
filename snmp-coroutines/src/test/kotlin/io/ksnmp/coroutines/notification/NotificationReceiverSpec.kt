package io.ksnmp.coroutines.notification

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.notification.testing.RawNotifier
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmFailure
import io.ksnmp.testing.Patience
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import io.kotest.assertions.throwables.shouldThrow
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val linkDown = Oid.parse("1.3.6.1.6.3.1.1.5.3")
private val ifIndex = VarBind.of("1.3.6.1.2.1.2.2.1.1.3", Integer32.of(3))
private val loopback = InetSocketAddress(InetAddress.getLoopbackAddress(), 0)
private val sender = byteArrayOf(0x80.toByte(), 0, 0, 0, 5, 1, 2, 3, 4, 5, 6, 7, 8)
private val ops: UsmUser = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "ops-auth-pass").priv(PrivProtocol.AES128, "ops-priv-pass").build()

/** An engine whose dropped datagrams a test can read, with a receiver handing notifications to a queue. */
private class Fixture(options: NotificationReceiverOptions) : AutoCloseable {
    val dropped = LinkedBlockingQueue<DroppedMessage>()
    val arrived = LinkedBlockingQueue<Notification>()
    val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, droppedMessages = { dropped.add(it) })
    val receiver = engine.notificationReceiver(options) { arrived.add(it) }
    val address: InetSocketAddress get() = receiver.addresses.single()

    /** The next notification delivered (waiting at most [Patience]'s minutes: one that never comes, not a slow one). */
    fun next(): Notification = arrived.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: fail("no notification; ${receiver.counters}")

    /** The next datagram dropped (waiting as [next] does). */
    fun nextDrop(): DroppedMessage = dropped.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: fail("nothing dropped; ${receiver.counters}")

    override fun close() = engine.close()
}

/**
 * The notification receiver against scripted senders: acknowledgement and delivery of informs
 * (once, however often resent), what it drops and why (garbage, unknown communities and users,
 * wrong digests, replays outside the time window), and a collector that stops collecting.
 */
class NotificationReceiverSpec : FunSpec({
    timeout = Patience.MILLIS

    test("a resent inform is acknowledged each time with its request-id and bindings, and delivered once") {
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback), communities = setOf("public"))).use { f ->
            RawNotifier().use { raw ->
                val inform = RawNotifier.community("public", Pdu.inform(4711, RawNotifier.bindings(linkDown, ifIndex)))
                repeat(3) {
                    raw.send(inform, f.address)
                    val ack = raw.receive().shouldNotBeNull()
                    val pdu = ack.pdu() as Pdu
                    pdu.type() shouldBe PduType.RESPONSE
                    pdu.requestId() shouldBe 4711
                    pdu.errorStatus() shouldBe ErrorStatus.NO_ERROR
                    pdu.varBinds() shouldBe RawNotifier.bindings(linkDown, ifIndex)
                }
                f.next().requestId shouldBe 4711
                f.nextDrop().reason shouldBe DropReason.DUPLICATE
                f.nextDrop().reason shouldBe DropReason.DUPLICATE
                // Both listeners run on the loop as it handles each datagram: the last one is handled, and delivered nothing.
                f.arrived.poll().shouldBeNull()
                f.receiver.counters.delivered shouldBe 1L
                f.receiver.counters.duplicates shouldBe 2L
                f.receiver.counters.acknowledged shouldBe 3L
            }
        }
    }

    test("an inform carrying error fields is acknowledged with error-status and error-index 0") {
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback), communities = setOf("public"))).use { f ->
            RawNotifier().use { raw ->
                raw.send(RawNotifier.community("public", Pdu.of(PduType.INFORM, 77, 5, 1, RawNotifier.bindings(linkDown, ifIndex))), f.address)
                val pdu = raw.receive().shouldNotBeNull().pdu() as Pdu
                pdu.type() shouldBe PduType.RESPONSE
                pdu.requestId() shouldBe 77
                pdu.errorStatus() shouldBe ErrorStatus.NO_ERROR
                pdu.errorIndex() shouldBe 0
                pdu.varBinds() shouldBe RawNotifier.bindings(linkDown, ifIndex)
                f.next().requestId shouldBe 77
            }
        }
    }

    test("garbage, a wrong community and a malformed notification are dropped with their reasons; the receiver goes on") {
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback), communities = setOf("public"))).use { f ->
            RawNotifier().use { raw ->
                raw.send(byteArrayOf(0x30, 0x03, 0x02, 0x01), f.address)
                f.nextDrop().reason shouldBe DropReason.MALFORMED
                raw.send(RawNotifier.community("secret-guess", Pdu.inform(1, RawNotifier.bindings(linkDown))), f.address)
                f.nextDrop().reason shouldBe DropReason.WRONG_COMMUNITY
                raw.send(RawNotifier.community("public", Pdu.trapV2(2, io.ksnmp.smi.VarBindList.of(ifIndex))), f.address)
                f.nextDrop().reason shouldBe DropReason.MALFORMED
                raw.send(RawNotifier.community("public", Pdu.get(3, io.ksnmp.smi.VarBindList.of(ifIndex))), f.address)
                f.nextDrop().reason shouldBe DropReason.UNEXPECTED_PDU
                raw.send(RawNotifier.community("public", Pdu.trapV2(4, RawNotifier.bindings(linkDown, ifIndex))), f.address)
                f.next().varBinds shouldBe io.ksnmp.smi.VarBindList.of(ifIndex)
                // Nothing was acknowledged on the way (the inform with a community not accepted least of all): the
                // first answer to come is this inform's.
                raw.send(RawNotifier.community("public", Pdu.inform(5, RawNotifier.bindings(linkDown))), f.address)
                (raw.receive().shouldNotBeNull().pdu() as Pdu).requestId() shouldBe 5
                f.next().requestId shouldBe 5
                f.receiver.counters.dropped shouldBe 4L
                f.receiver.counters.datagramsReceived shouldBe 6L
            }
        }
    }

    test("with no community configured nothing v1/v2c is accepted, unless any community is") {
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback))).use { f ->
            RawNotifier().use { raw ->
                raw.send(RawNotifier.community("public", Pdu.trapV2(1, RawNotifier.bindings(linkDown))), f.address)
                f.nextDrop().reason shouldBe DropReason.WRONG_COMMUNITY
            }
        }
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback), acceptAnyCommunity = true)).use { f ->
            RawNotifier().use { raw ->
                raw.send(RawNotifier.community("whatever", Pdu.trapV2(1, RawNotifier.bindings(linkDown))), f.address)
                val n = f.next()
                n.communityOrNull shouldBe "whatever"
                n.toString() shouldNotContain "whatever"
            }
        }
    }

    test("SNMPv3 traps: an unknown user and a wrong digest are dropped as USM says; a known one is delivered with its engine ID") {
        val impostor = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "not-the-pass").priv(PrivProtocol.AES128, "ops-priv-pass").build()
        val stranger = UsmUser.builder("nobody").auth(AuthProtocol.HMAC_SHA_96, "nobody-pass").build()
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback), users = listOf(ops))).use { f ->
            RawNotifier().use { raw ->
                raw.send(raw.v3Trap(stranger, SecurityLevel.AUTH_NO_PRIV, sender, 1, 100, RawNotifier.bindings(linkDown)), f.address)
                f.nextDrop().usmFailureOrNull shouldBe UsmFailure.UNKNOWN_USER_NAME
                raw.send(raw.v3Trap(impostor, SecurityLevel.AUTH_PRIV, sender, 1, 100, RawNotifier.bindings(linkDown)), f.address)
                f.nextDrop().usmFailureOrNull shouldBe UsmFailure.WRONG_DIGEST
                raw.send(raw.v3Trap(ops, SecurityLevel.AUTH_PRIV, sender, 1, 100, RawNotifier.bindings(linkDown, ifIndex)), f.address)
                val n = f.next()
                n.userNameOrNull shouldBe "ops"
                n.securityLevel shouldBe SecurityLevel.AUTH_PRIV
                n.engineIdOrNull shouldBe sender
                n.varBinds.single() shouldBe ifIndex
            }
        }
    }

    test("SNMPv3 traps older than the sender's time window, or from an earlier boot, are dropped as replays") {
        Fixture(NotificationReceiverOptions(addresses = listOf(loopback), senderUsers = listOf(SenderUser(sender, ops)))).use { f ->
            RawNotifier().use { raw ->
                fun trap(boots: Int, time: Int, n: Int) = raw.v3Trap(ops, SecurityLevel.AUTH_PRIV, sender, boots, time,
                    RawNotifier.bindings(linkDown, VarBind.of("1.3.6.1.4.1.8072.9999.3.0", Integer32.of(n))), msgId = n, requestId = n)
                val first = trap(5, 10_000, 1)
                raw.send(first, f.address)
                f.next().requestId shouldBe 1
                raw.send(trap(5, 10_000 - 151, 2), f.address)
                f.nextDrop().usmFailureOrNull shouldBe UsmFailure.NOT_IN_TIME_WINDOW
                raw.send(trap(4, 10_500, 3), f.address)
                f.nextDrop().usmFailureOrNull shouldBe UsmFailure.NOT_IN_TIME_WINDOW
                raw.send(trap(5, 10_000 - 140, 4), f.address)
                f.next().requestId shouldBe 4 // inside the window
                raw.send(trap(6, 3, 5), f.address)
                f.next().requestId shouldBe 5 // a reboot moves the window on
                raw.send(first, f.address)
                f.nextDrop().usmFailureOrNull shouldBe UsmFailure.NOT_IN_TIME_WINDOW
            }
        }
    }

    test("a collector that stops collecting: the buffer fills, later notifications are dropped and counted, informs go unacknowledged, the loop serves on") {
        SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
            val receiver = engine.notificationReceiver(NotificationReceiverOptions(addresses = listOf(loopback), communities = setOf("public"), bufferCapacity = 3))
            val agent = engine.agent(AgentOptions(), MibRegistry().scalar(Oid.parse("1.3.6.1.2.1.1.5.0"), OctetString.of("still serving")))
            val toReceiver = engine.manager(receiver.addresses.single(), timeout = 1.seconds, refreshPeriod = 200.milliseconds)
            repeat(5) { toReceiver.trap(linkDown, VarBind.of("1.3.6.1.4.1.8072.9999.4.0", Integer32.of(it))) }
            eventually { receiver.counters.delivered + receiver.counters.dropped == 5L } shouldBe true
            receiver.counters.delivered shouldBe 3L
            receiver.counters.bufferFull shouldBe 2L
            shouldThrow<SnmpTimeoutException> { toReceiver.inform(linkDown) }
            engine.manager(agent.address).get("1.3.6.1.2.1.1.5.0").single().value() shouldBe OctetString.of("still serving")
            val first = receiver.notifications.take(3).toList()
            first.map { (it.varBinds.single().value() as Integer32).value() } shouldBe listOf(0, 1, 2)
            // Room again: acknowledged, however long a busy machine takes (the 1 s above was for an inform bound to time out).
            toReceiver.inform(linkDown, ifIndex, options = RequestOptions(timeout = Patience.DURATION)).last() shouldBe ifIndex
            receiver.notifications.take(1).toList().single().isInform shouldBe true
        }
    }

    test("closing the receiver completes its flow and frees its port; closing the engine closes the receiver") {
        SnmpEngine().use { engine ->
            val receiver = engine.notificationReceiver(NotificationReceiverOptions(addresses = listOf(loopback), communities = setOf("public")))
            receiver.close()
            receiver.notifications.toList() shouldBe emptyList()
            java.net.DatagramSocket(receiver.addresses.single()).close()
            val second = engine.notificationReceiver(NotificationReceiverOptions(addresses = listOf(loopback), communities = setOf("public")))
            engine.close()
            second.notifications.toList() shouldBe emptyList()
            second.isClosed shouldBe true
        }
    }
})
