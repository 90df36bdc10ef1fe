package io.ksnmp.coroutines.agent

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.ToolResult
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import kotlin.time.Duration.Companion.seconds

/**
 * Net-SNMP's command-line tools against the embedded agent: snmpget, snmpgetnext, snmpwalk /
 * snmpbulkwalk and snmpset over v1, v2c and v3 with every user of [InteropUser.matrix]; what they
 * print (`-On`) must be what the registry holds. One agent serves all 43 users; the v3 tools run
 * in parallel batches.
 */
class AgentNetSnmpInteropSpec : FunSpec({
    timeout = 300_000L
    withNetSnmpTools("snmpget", "snmpgetnext", "snmpwalk", "snmpbulkwalk", "snmpset") { interopTests() }
})

private fun FunSpec.interopTests() {
    val demo = DemoMib()
    val engine = SnmpEngine()
    val agent = engine.agent(
        AgentOptions(
            readCommunity = "public",
            writeCommunity = "private",
            users = InteropUser.matrix.map { AgentUser(it.user, it.level, AgentAccess.READ_WRITE) },
        ),
        demo.mib,
    )
    afterSpec { engine.close() }
    val target = "udp:127.0.0.1:${agent.address.port}"

    fun tool(tool: String, options: List<String>, vararg args: String): ToolResult =
        NetSnmpTools.run(tool, listOf("-On", "-r", "1", "-t", "30") + options + target + args, Patience.DURATION)

    fun ok(result: ToolResult): List<String> {
        withClue(result) { result.exitCode shouldBe 0 }
        return result.stdoutLines
    }

    fun lines(vararg oids: Oid): List<String> = oids.map { VarBind.of(it, demo.mib.get(it)).toString() }
    fun walkLines(root: Oid, v1: Boolean = false): List<String> =
        demo.mib.snapshot().filter { it.oid().startsWith(root) && !(v1 && it.value() is Counter64) }.map { it.toString() }

    val v2c = listOf("-v2c", "-c", "public")
    val v1 = listOf("-v1", "-c", "public")
    val missing = DemoMib.IF_ENTRY.child(2).child(99)
    val noObject = Oid.parse("1.3.6.1.4.1.99999.77.0")
    val hc1 = DemoMib.IF_X_ENTRY.child(6).child(1)

    test("v2c snmpget: values, noSuchInstance and noSuchObject, as the registry holds them") {
        val oids = arrayOf(DemoMib.SYS_DESCR, DemoMib.SYS_UPTIME, DemoMib.IF_ENTRY.child(2).child(3), hc1, missing, noObject)
        ok(tool("snmpget", v2c, *oids.map { it.toDottedString() }.toTypedArray())) shouldBe lines(*oids)
    }

    test("v2c snmpgetnext and snmpbulkwalk of the whole MIB") {
        val from = arrayOf(DemoMib.SYS_DESCR, DemoMib.IF_ENTRY, Oid.parse("1.3.6.1.2.1.31"))
        ok(tool("snmpgetnext", v2c, *from.map { it.toDottedString() }.toTypedArray())) shouldBe from.map { demo.mib.nextOrNull(it).toString() }
        // snmpbulkwalk prints the endOfMibView that ends the walk; the rest is the registry
        val walked = ok(tool("snmpbulkwalk", v2c + listOf("-Cr7"), ".1")).filter { it.startsWith(".") }
        walked.dropLast(1) shouldBe walkLines(Oid.parse("1"))
        walked.last().endsWith(EndOfMibView.INSTANCE.toString()) shouldBe true
    }

    test("v1: snmpget of a Counter64 or a missing instance is noSuchName; snmpgetnext and snmpwalk skip Counter64") {
        for (oid in listOf(hc1, missing)) {
            val result = tool("snmpget", v1, DemoMib.SYS_DESCR.toDottedString(), oid.toDottedString())
            result.exitCode shouldNotBe 0
            result.stderr shouldContain "noSuchName"
            result.stderr shouldContain oid.toDottedString()
        }
        ok(tool("snmpgetnext", v1, DemoMib.IF_X_ENTRY.child(1).child(3).toDottedString())) shouldBe
            listOf(demo.mib.nextOrNull(DemoMib.IF_X_ENTRY.child(10).child(3)).toString())
        ok(tool("snmpwalk", v1, ".1")).filter { it.startsWith(".") } shouldBe walkLines(Oid.parse("1"), v1 = true)
    }

    test("snmpset: through the write community over v1 and v2c; through the read community noSuchName (v1) and noAccess (v2c)") {
        for ((version, value) in listOf("-v1" to "set over v1", "-v2c" to "set over v2c")) {
            ok(tool("snmpset", listOf(version, "-c", "private"), DemoMib.SYS_LOCATION.toDottedString(), "s", value)) shouldBe
                listOf(VarBind.of(DemoMib.SYS_LOCATION, OctetString.of(value)).toString())
            demo.sysLocation.value shouldBe OctetString.of(value)
        }
        val v1Denied = tool("snmpset", v1, DemoMib.SYS_CONTACT.toDottedString(), "s", "denied")
        v1Denied.exitCode shouldNotBe 0
        v1Denied.stderr shouldContain "noSuchName"
        val v2Denied = tool("snmpset", v2c, DemoMib.SYS_CONTACT.toDottedString(), "s", "denied")
        v2Denied.exitCode shouldNotBe 0
        v2Denied.stderr shouldContain "noAccess"
        val wrongType = tool("snmpset", listOf("-v2c", "-c", "private"), DemoMib.SYS_CONTACT.toDottedString(), "i", "5")
        wrongType.exitCode shouldNotBe 0
        wrongType.stderr shouldContain "wrongType"
        demo.sysContact.value shouldBe OctetString.of("ops@example.net")
    }

    test("v3, every user of the matrix at its own level: snmpget, snmpgetnext, snmpbulkwalk, snmpset") {
        val permits = Semaphore(6)
        val failures = coroutineScope {
            InteropUser.matrix.mapIndexed { i, u ->
                async(Dispatchers.IO) {
                    permits.withPermit {
                        runCatching {
                            val v3 = listOf("-v3") + u.netSnmpOptions()
                            withClue(u) {
                                ok(tool("snmpget", v3, DemoMib.SYS_DESCR.toDottedString(), DemoMib.IF_ENTRY.child(2).child(2).toDottedString())) shouldBe
                                    lines(DemoMib.SYS_DESCR, DemoMib.IF_ENTRY.child(2).child(2))
                                ok(tool("snmpgetnext", v3, DemoMib.IF_ENTRY.child(10).toDottedString())) shouldBe
                                    listOf(demo.mib.nextOrNull(DemoMib.IF_ENTRY.child(10)).toString())
                                ok(tool("snmpbulkwalk", v3 + listOf("-Cr5"), DemoMib.IF_ENTRY.toDottedString())) shouldBe walkLines(DemoMib.IF_ENTRY)
                                val cell = DemoMib.CREATABLE_ENTRY.child(2).child(i + 1L)
                                ok(tool("snmpset", v3, cell.toDottedString(), "s", "by ${u.name}")) shouldBe
                                    listOf(VarBind.of(cell, OctetString.of("by ${u.name}")).toString())
                                demo.creatable.getOrNull(Oid.of(i + 1L), 2) shouldBe OctetString.of("by ${u.name}")
                            }
                        }.exceptionOrNull()
                    }
                }
            }.awaitAll().filterNotNull()
        }
        failures.forEach { it.printStackTrace() }
        failures.size shouldBe 0
        (agent.counters.reports >= InteropUser.matrix.size) shouldBe true
    }
}
