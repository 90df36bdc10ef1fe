package io.ksnmp.dsl.agent

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.ToolResult
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.SnmpGroup
import io.ksnmp.dsl.mibs.SystemGroup
import kotlinx.io.Buffer
import kotlin.time.Duration.Companion.seconds
import kotlinx.io.writeString

/**
 * An agent made by the builder served to Net-SNMP's snmpget, snmpwalk, snmpbulkwalk and snmpset
 * over v2c and v3: what the tools print (`-On`) is what the registry holds, rows added and
 * removed at run time show in the next walk, and the checks refuse what they should.
 */
class AgentBuilderNetSnmpInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpget", "snmpwalk", "snmpbulkwalk", "snmpset") { toolTests() }
})

private val ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1")

private fun FunSpec.toolTests() {
    val engine = snmpEngine()
    lateinit var ifTable: MibTable
    val agent = engine.agent {
        writeCommunity = "private"
        user("admin", access = AgentAccess.READ_WRITE) {
            auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass-admin")
            priv(PrivProtocol.AES128, "priv-pass-admin")
        }
        mib {
            scalar("1.3.6.1.2.1.1.1.0", "dsl agent")
            scalar("1.3.6.1.2.1.1.3.0", SmiType.TIME_TICKS) { get { 4242 } }
            writable("1.3.6.1.2.1.1.4.0", "ops@example.net", ValueCheck.length(1, 32))
            ifTable = table(ifEntry) {
                column(1, SmiType.INTEGER)
                column(2, SmiType.OCTET_STRING)
                row(1) { it[1] = 1; it[2] = "eth0" }
            }
            replay(Buffer().apply { writeString(".1.3.6.1.4.1.99999.1.0 = Counter32: 17\n.1.3.6.1.4.1.99999.2.0 = IpAddress: 192.0.2.9\n") })
        }
    }
    afterSpec { engine.close() }
    val target = "udp:127.0.0.1:${agent.address.port}"
    val v2c = listOf("-v2c", "-c", "private")
    val v3 = listOf("-v3", "-u", "admin", "-l", "authPriv", "-a", "SHA-256", "-A", "auth-pass-admin", "-x", "AES", "-X", "priv-pass-admin")

    fun tool(tool: String, options: List<String>, vararg args: String): ToolResult =
        NetSnmpTools.run(tool, listOf("-On", "-r", "1", "-t", "30") + options + target + args, Patience.DURATION)

    fun ok(result: ToolResult): List<String> {
        withClue(result) { result.exitCode shouldBe 0 }
        return result.stdoutLines
    }

    fun registryLines(): List<String> = agent.mib.snapshot().map { it.toString() }

    test("snmpwalk (v2c) and snmpbulkwalk (v3) print what the registry holds") {
        val lines = registryLines()
        lines.size shouldBe 7
        // both tools print the endOfMibView that ends the walk; the rest is the registry
        for ((walker, options) in listOf("snmpwalk" to v2c, "snmpbulkwalk" to v3)) {
            val printed = ok(tool(walker, options, ".1"))
            printed.dropLast(1) shouldBe lines
            printed.last() shouldContain "No more variables"
        }
    }

    test("rows added and removed at run time show in the next walk") {
        ifTable.row(2) { it[1] = 2; it[2] = "eth1" }
        ifTable.removeRow(1) shouldBe true
        ok(tool("snmpwalk", v2c, ifEntry.toDottedString())) shouldBe listOf(
            ".1.3.6.1.2.1.2.2.1.1.2 = INTEGER: 2",
            ".1.3.6.1.2.1.2.2.1.2.2 = STRING: \"eth1\"",
        )
    }

    test("snmpget of scalars, computed and replayed, over v2c and v3") {
        val expected = listOf(
            ".1.3.6.1.2.1.1.1.0 = STRING: \"dsl agent\"",
            ".1.3.6.1.2.1.1.3.0 = Timeticks: (4242) 0:00:42.42",
            ".1.3.6.1.4.1.99999.2.0 = IpAddress: 192.0.2.9",
        )
        for (options in listOf(v2c, v3)) {
            ok(tool("snmpget", options, ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.1.3.0", ".1.3.6.1.4.1.99999.2.0")) shouldBe expected
        }
    }

    test("snmpset writes a writable scalar within its check and is refused outside it") {
        ok(tool("snmpset", v3, ".1.3.6.1.2.1.1.4.0", "s", "noc@example.net")) shouldBe
            listOf(".1.3.6.1.2.1.1.4.0 = STRING: \"noc@example.net\"")
        agent.mib.get(Oid.parse("1.3.6.1.2.1.1.4.0")) shouldBe OctetString.of("noc@example.net")
        val tooLong = tool("snmpset", v2c, ".1.3.6.1.2.1.1.4.0", "s", "x".repeat(40))
        tooLong.exitCode shouldNotBe 0
        tooLong.stderr shouldContain "wrongLength"
        val readOnly = tool("snmpset", v2c, ".1.3.6.1.2.1.1.1.0", "s", "changed")
        readOnly.exitCode shouldNotBe 0
        readOnly.stderr shouldContain "notWritable"
        agent.mib.get(Oid.parse("1.3.6.1.2.1.1.4.0")) shouldBe OctetString.of("noc@example.net")
    }

    test("a typed agent (declared scalars and table) as snmpget and snmpwalk print it") {
        snmpEngine().use { typedEngine ->
            val typed = typedEngine.agent {
                mib {
                    scalar(SystemGroup.sysDescr) { "typed agent" }
                    scalar(SystemGroup.sysUpTime) { 1.seconds }
                    scalar(SnmpGroup.snmpInPkts, 5L)   // after the table, so the walk ends by leaving it
                    table(IfTable) {
                        row(7) { it[IfTable.ifIndex] = 7; it[IfTable.ifDescr] = "eth0"; it[IfTable.ifOperStatus] = IfOperStatus.UP }
                    }
                }
            }
            val at = "udp:127.0.0.1:${typed.address.port}"
            fun run(tool: String, vararg args: String) =
                ok(NetSnmpTools.run(tool, listOf("-On", "-r", "1", "-t", "30", "-v2c", "-c", "public", at) + args, Patience.DURATION))
            run("snmpget", ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.1.3.0") shouldBe listOf(
                ".1.3.6.1.2.1.1.1.0 = STRING: \"typed agent\"",
                ".1.3.6.1.2.1.1.3.0 = Timeticks: (100) 0:00:01.00",
            )
            run("snmpwalk", IfTable.entry.toDottedString()) shouldBe listOf(
                ".1.3.6.1.2.1.2.2.1.1.7 = INTEGER: 7",
                ".1.3.6.1.2.1.2.2.1.2.7 = STRING: \"eth0\"",
                ".1.3.6.1.2.1.2.2.1.8.7 = INTEGER: 1",
            )
        }
    }
}
