package io.ksnmp.samples

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.cli.DemoAgent
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import java.net.InetSocketAddress

/** Every Kotlin sample runs against the embedded agent serving the demo objects, and reads what they hold. */
class SamplesSpec : FunSpec({
    var agentOrNull: DemoAgent? = null
    fun agent(): DemoAgent = agentOrNull ?: fail("no agent")
    beforeSpec { agentOrNull = DemoAgent.start() }
    afterSpec { agentOrNull?.close() }

    test("getSample: get, getNext and getBulk") {
        SnmpEngine().use { engine ->
            val bindings = getSample(engine, agent().address)
            bindings.map { it.oid().toDottedString() } shouldBe listOf(
                ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.1.3.0", ".1.3.6.1.2.1.2.2.1.2.1",
                ".1.3.6.1.2.1.2.2.1.2.1", ".1.3.6.1.2.1.2.2.1.2.2", ".1.3.6.1.2.1.2.2.1.2.3", ".1.3.6.1.2.1.2.2.1.2.4",
            )
            bindings[0].value() shouldBe agent().registry.get(Oid.parse("1.3.6.1.2.1.1.1.0"))
            bindings[1].value().shouldBeInstanceOf<TimeTicks>()
            bindings.drop(3).map { (it.value() as OctetString).asUtf8() } shouldBe listOf("lo", "eth0", "eth1", "wlan0")
        }
    }

    test("walkSample: the system group, the interface names, and a walk stopped after two") {
        SnmpEngine().use { engine ->
            val (system, names, firstTwo) = walkSample(engine, agent().address)
            system.map { it.oid() } shouldBe agent().registry.snapshot().map { it.oid() }.filter { it.startsWith(Oid.parse("1.3.6.1.2.1.1")) }
            names shouldBe listOf("lo", "eth0", "eth1", "wlan0").map { "STRING: \"$it\"" }
            firstTwo.map { it.oid().toDottedString() } shouldBe listOf(".1.3.6.1.2.1.2.1.0", ".1.3.6.1.2.1.2.2.1.1.1")
        }
    }

    test("tableSample: ifTable as typed rows") {
        SnmpEngine().use { engine ->
            val rows = tableSample(engine, agent().address)
            rows.map { it.index } shouldBe listOf(1L, 2L, 3L, 4L)
            rows.map { it.name } shouldBe listOf("lo", "eth0", "eth1", "wlan0")
            rows.map { it.up } shouldBe listOf(true, true, true, false)
            rows[2].speedBitsPerSecond shouldBe 4_294_967_295L
        }
    }

    test("setSample: set with the write community, read back") {
        SnmpEngine().use { engine ->
            setSample(engine, agent().address, "sample@example.net").value() shouldBe OctetString.of("sample@example.net")
            agent().registry.get(Oid.parse("1.3.6.1.2.1.1.4.0")) shouldBe OctetString.of("sample@example.net")
        }
    }

    test("usmSample: SNMPv3 authPriv with discovery") {
        SnmpEngine().use { engine ->
            val answer = usmSample(engine, agent().address, DemoAgent.USER, DemoAgent.AUTH_PASS, DemoAgent.PRIV_PASS)
            answer.value(0) shouldBe agent().registry.get(Oid.parse("1.3.6.1.2.1.1.5.0"))
            answer.value(1).shouldBeInstanceOf<TimeTicks>()
        }
    }

    test("pollSample: three agents answer, the one asked with a wrong community times out, alone") {
        SnmpEngine().use { engine ->
            val a = agent().address
            val targets = listOf(a, a, InetSocketAddress(a.address, a.port), a)
            val results = pollSample(engine, targets, listOf("public", "public", "wrong", "public"))
            results shouldHaveSize 4
            results.count { it.isSuccess } shouldBe 3
            results.single { !it.isSuccess }.errorOrNull.shouldBeInstanceOf<SnmpTimeoutException>()
            results.single { !it.isSuccess }.manager.options.communityOrNull shouldBe "wrong"
        }
    }
})
