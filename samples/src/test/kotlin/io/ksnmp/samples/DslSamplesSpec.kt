package io.ksnmp.samples

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.cli.DemoAgent
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.samples.dsl.Interface
import io.ksnmp.samples.dsl.LinkEvent
import io.ksnmp.samples.dsl.dslAgentSample
import io.ksnmp.samples.dsl.dslEngineSample
import io.ksnmp.samples.dsl.dslNotificationSample
import io.ksnmp.samples.dsl.typedGetSample
import io.ksnmp.samples.dsl.typedSetAndWalkSample
import io.ksnmp.samples.dsl.typedTableSample
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import kotlin.time.Duration

/** Every DSL sample runs against the embedded demo agent (or its own), and reads what it holds, typed. */
class DslSamplesSpec : FunSpec({
    var agentOrNull: DemoAgent? = null
    fun agent(): DemoAgent = agentOrNull ?: fail("no agent")
    beforeSpec { agentOrNull = DemoAgent.start() }
    afterSpec { agentOrNull?.close() }

    test("typedGetSample: sysName, sysDescr and sysLocation as strings, sysUpTime as a Duration") {
        SnmpEngine().use { engine ->
            val system = typedGetSample(engine, agent().address)
            system.name shouldBe (agent().registry.get(Oid.parse("1.3.6.1.2.1.1.5.0")) as OctetString).asUtf8()
            system.description shouldBe (agent().registry.get(Oid.parse("1.3.6.1.2.1.1.1.0")) as OctetString).asUtf8()
            system.location shouldBe (agent().registry.get(Oid.parse("1.3.6.1.2.1.1.6.0")) as OctetString).asUtf8()
            (system.upTime >= Duration.ZERO) shouldBe true
        }
    }

    test("typedTableSample: ifTable mapped to a data class, the same rows as the untyped tableSample") {
        SnmpEngine().use { engine ->
            val typed = typedTableSample(engine, agent().address)
            val untyped = tableSample(engine, agent().address)
            typed.map { Interface(it.index, it.name, it.speedBitsPerSecond, it.up, null) } shouldBe
                untyped.map { Interface(it.index.toInt(), it.name, it.speedBitsPerSecond, it.up, null) }
            typed.all { it.inOctets != null } shouldBe true // every interface has the counter
        }
    }

    test("typedSetAndWalkSample: sysContact set and read back; ifDescr by ifIndex") {
        SnmpEngine().use { engine ->
            val (contact, names) = typedSetAndWalkSample(engine, agent().address, "typed@example.net")
            contact shouldBe "typed@example.net"
            agent().registry.get(Oid.parse("1.3.6.1.2.1.1.4.0")) shouldBe OctetString.of("typed@example.net")
            names shouldBe mapOf(1 to "lo", 2 to "eth0", 3 to "eth1", 4 to "wlan0")
        }
    }

    test("dslEngineSample: users declared in the engine block, a typed get over SNMPv3 authPriv") {
        dslEngineSample(agent().address, DemoAgent.USER, DemoAgent.AUTH_PASS, DemoAgent.PRIV_PASS) shouldBe
            (agent().registry.get(Oid.parse("1.3.6.1.2.1.1.5.0")) as OctetString).asUtf8()
    }

    test("dslAgentSample: an agent built from the declarations serves both rows, the second added at run time") {
        SnmpEngine().use { engine -> dslAgentSample(engine) shouldBe mapOf(1 to "lo", 2 to "eth0") }
    }

    test("dslNotificationSample: a typed linkDown arrives and reads typed") {
        SnmpEngine().use { engine -> dslNotificationSample(engine) shouldBe LinkEvent(linkDown = true, ifIndex = 7, operStatus = IfOperStatus.DOWN) }
    }
})
