package io.ksnmp.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.dsl.mibs.ColdStart
import io.ksnmp.dsl.mibs.IfAdminStatus
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.IfXTable
import io.ksnmp.dsl.mibs.LinkDown
import io.ksnmp.dsl.mibs.LinkUp
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.mibs.WarmStart
import io.ksnmp.dsl.testing.Misfits
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.seconds

/**
 * Typed notifications through the engine's own receiver: a declared notification sent as a trap
 * or an inform carries its objects' values in the declared order, and a received one reads typed
 * (its type, each object's value and index).
 */
class TypedNotificationsSpec : FunSpec({
    timeout = Patience.MILLIS
    val engine = SnmpEngine()
    val arrived = LinkedBlockingQueue<Notification>()
    val receiver = engine.notificationReceiver(
        NotificationReceiverOptions(addresses = listOf(InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), communities = setOf("public")),
    ) { arrived.add(it) }
    afterSpec { engine.close() }

    fun nms(version: SnmpVersion = SnmpVersion.V2C) =
        engine.manager(receiver.addresses.single(), version = version, community = "public", timeout = Patience.DURATION)

    fun next(): Notification = arrived.poll(Patience.SECONDS, TimeUnit.SECONDS) ?: error("no notification arrived")

    test("a linkDown trap carries ifIndex, ifAdminStatus and ifOperStatus of its interface, in the declared order, whatever order they were given in") {
        nms().trap(LinkDown, upTime = 12.seconds) {
            value(IfTable.ifOperStatus[7], IfOperStatus.DOWN)
            value(IfXTable.ifName[7], "eth6")
            value(IfTable.ifIndex[7], 7)
            value(IfTable.ifAdminStatus[7], IfAdminStatus.UP)
        }
        val n = next()
        n.trapOid shouldBe LinkDown.oid
        n.upTime.value() shouldBe 1200L
        n.varBinds.map { it.oid() } shouldBe listOf(IfTable.ifIndex.oid / 7, IfTable.ifAdminStatus.oid / 7, IfTable.ifOperStatus.oid / 7, IfXTable.ifName.oid / 7)
        n.varBinds.map { it.value() }.take(3) shouldBe listOf(Integer32.of(7), Integer32.of(1), Integer32.of(2))
    }

    test("a received notification reads typed: its type, each object's value, the index of a column's instance") {
        nms().inform(LinkUp) {
            value(IfTable.ifIndex[3], 3)
            value(IfTable.ifAdminStatus[3], IfAdminStatus.UP)
            value(IfTable.ifOperStatus[3], IfOperStatus.UP)
        }
        val n = next()
        n.isInform shouldBe true
        n.isA(LinkUp) shouldBe true
        n.isA(LinkDown) shouldBe false
        n[IfTable.ifIndex] shouldBe 3
        n[IfTable.ifAdminStatus] shouldBe IfAdminStatus.UP
        n[IfTable.ifOperStatus] shouldBe IfOperStatus.UP
        n.indexOf(IfTable.ifOperStatus) shouldBe 3
        n[IfXTable.ifName] shouldBe null
        n.indexOf(IfXTable.ifName) shouldBe null
        n[SystemGroup.sysName] shouldBe null
    }

    test("notifications without objects, and scalars as extra objects; SNMPv1 gets the translated trap") {
        nms().trap(ColdStart) { value(SystemGroup.sysName, "core-1") }
        next().let {
            it.isA(ColdStart) shouldBe true
            it[SystemGroup.sysName] shouldBe "core-1"
        }
        nms(SnmpVersion.V1).trap(WarmStart)
        next().let {
            it.version shouldBe SnmpVersion.V1
            it.isA(WarmStart) shouldBe true
        }
    }

    test("a declared object without a value, or with two, is refused before anything is sent") {
        shouldThrow<IllegalArgumentException> {
            nms().trap(LinkDown) { value(IfTable.ifIndex[1], 1) }
        }
        shouldThrow<IllegalArgumentException> {
            nms().trap(LinkDown) {
                value(IfTable.ifIndex[1], 1)
                value(IfTable.ifAdminStatus[1], IfAdminStatus.UP)
                value(IfTable.ifOperStatus[1], IfOperStatus.DOWN)
                value(IfTable.ifOperStatus[2], IfOperStatus.DOWN)
            }
        }
        nms().trap(WarmStart)
        next().isA(WarmStart) shouldBe true
    }

    test("a received value of the wrong SMI type is a WrongSmiTypeException naming the binding") {
        nms().trap(Oid.parse("1.3.6.1.4.1.99999.0.1"), VarBind.of(Misfits.text.instanceOid, Counter32.of(1)))
        val e = shouldThrow<WrongSmiTypeException> { next()[Misfits.text] }
        e.oid shouldBe Misfits.text.instanceOid
        e.received shouldBe Counter32::class
    }
})
