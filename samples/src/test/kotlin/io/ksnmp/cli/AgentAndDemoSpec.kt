package io.ksnmp.cli

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.ToolResult
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText

/**
 * `ksnmp demo` exits 0 having shown every step (the last an inform, delivered and acknowledged); `ksnmp agent --walk-file` serves a recording so
 * that Net-SNMP's tools print it back byte for byte (v1, v2c and v3); `ksnmp agent` as its own
 * process answers Net-SNMP's tools until it is stopped.
 */
class AgentAndDemoSpec : FunSpec({
    timeout = 300_000L

    test("demo: every step shown, the set read back, exit 0") {
        val run = ksnmp("demo")
        withClue(run) {
            run.exitCode shouldBe ExitCode.OK
            run.stderr shouldBe ""
            for (caption in listOf("1. Engine discovery", "2. get", "3. walk", "4. A typed table", "5. set, then read it back", "6. getBulk", "7. An inform, acknowledged")) {
                run.stdout shouldContain "\n$caption\n"
            }
            run.stdout shouldContain "(usmStatsUnknownEngineIDs)"
            Regex("""\.1\.3\.6\.1\.2\.1\.1\.4\.0 = STRING: "ops@example.net"""").findAll(run.stdout).count() shouldBe 2
            run.stdout shouldContain "Interface(name=wlan0, speedBitsPerSecond=300000000, up=false, inOctets=0)"
            run.stdout shouldContain ".1.3.6.1.2.1.31.1.1.1.6.4 = Counter64: 0"
            // The inform: sent by the tool, delivered with its bindings, acknowledged once after one discovery probe.
            val step7 = run.stdout.substringAfter("\n7. An inform, acknowledged\n")
            step7 shouldContain Regex("""\$ ksnmp inform -v3 -u ${DemoUser.NAME} .* 127\.0\.0\.1:\d+ '' \.1\.3\.6\.1\.6\.3\.1\.1\.5\.3 """)
            step7 shouldContain Regex("""\n {5}inform from 127\.0\.0\.1:\d+: SNMPv3, user ${DemoUser.NAME}, authPriv, engine ID 0x[0-9A-F]+\n""")
            val bindings = listOf(
                VarBind.of(Oid.parse("1.3.6.1.6.3.1.1.4.1.0"), ObjectIdentifier.of(Oid.parse("1.3.6.1.6.3.1.1.5.3"))),
                VarBind.of(Oid.parse("1.3.6.1.2.1.2.2.1.1.4"), Integer32.of(4)),
                VarBind.of(Oid.parse("1.3.6.1.2.1.2.2.1.7.4"), Integer32.of(1)),
                VarBind.of(Oid.parse("1.3.6.1.2.1.2.2.1.8.4"), Integer32.of(2)),
            )
            step7 shouldContain bindings.joinToString("") { "       $it\n" }
            step7 shouldContain "Its counters: 1 discovery probe answered, 1 inform acknowledged."
        }
    }

    withNetSnmpTools("snmpd", "snmpget", "snmpwalk", "snmpbulkwalk") { replayTests() }
})

private fun FunSpec.replayTests() {
    var snmpdOrNull: Snmpd? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    val dir = createTempDirectory("ksnmp-agent-spec-")

    beforeSpec {
        snmpdOrNull = Snmpd.start(
            """
            |sysServices 72
            |extend multi /usr/bin/printf 'first\n"quoted" back\\slash\n\nlast'
            |extend rows /usr/bin/seq -f row%.0f 1 500
            |""".trimMargin(),
        )
    }
    afterSpec {
        snmpdOrNull?.close()
        dir.toFile().deleteRecursively()
    }

    // Each request waits 30 s for its answer, tried twice: a bound for a hung run, not for a slow machine.
    fun tool(name: String, args: List<String>): ToolResult = NetSnmpTools.run(name, listOf("-On", "-t", "30", "-r", "1") + args, Patience.DURATION).also {
        withClue("$name ${args.joinToString(" ")}\n$it") { it.exitCode shouldBe 0 }
    }

    /** Serves [file] with `ksnmp agent` options [extra], and runs [body] with the agent's `host:port`. */
    fun <T> serving(file: Path, extra: List<String>, body: (String) -> T): T = SnmpEngine().use { engine ->
        val err = ByteArrayOutputStream()
        val agent = AgentCommand(Arguments.parse(listOf("--walk-file", file.toString(), "--port", "0") + extra), PrintStream(err)).start(engine)
        body("127.0.0.1:${agent.address.port}")
    }

    test("agent --walk-file: snmpbulkwalk -On of the agent reproduces the recorded file exactly (v2c)") {
        val recorded = tool("snmpbulkwalk", listOf("-v2c", "-c", "public", "-Cr20", "127.0.0.1:${snmpd().port}", ".1")).stdout
        recorded.lines().size shouldBeGreaterThan 1_000
        recorded shouldContain "No more variables left in this MIB View"
        val file = dir.resolve("snmpd-v2c.walk").also { it.writeText(recorded) }
        serving(file, emptyList()) { agent ->
            tool("snmpbulkwalk", listOf("-v2c", "-c", "public", "-Cr20", agent, ".1")).stdout shouldBe recorded
            tool("snmpwalk", listOf("-v2c", "-c", "public", agent, ".1.3.6.1.4.1.8072.1.3.2")).stdout shouldBe
                tool("snmpwalk", listOf("-v2c", "-c", "public", "127.0.0.1:${snmpd().port}", ".1.3.6.1.4.1.8072.1.3.2")).stdout
        }
    }

    test("agent --walk-file: a v1 recording (End of MIB, no Counter64) walks back exactly over v1") {
        val recorded = tool("snmpwalk", listOf("-v1", "-c", "public", "127.0.0.1:${snmpd().port}", ".1")).stdout
        recorded.trimEnd().lines().last() shouldBe "End of MIB"
        val file = dir.resolve("snmpd-v1.walk").also { it.writeText(recorded) }
        serving(file, emptyList()) { agent ->
            tool("snmpwalk", listOf("-v1", "-c", "public", agent, ".1")).stdout shouldBe recorded
        }
    }

    test("agent --walk-file with SNMPv3 users (-u -a -A -x -X, and --user twice): snmpbulkwalk -v3 gives the recording") {
        val recorded = tool("snmpbulkwalk", listOf("-v2c", "-c", "public", "-Cr50", "127.0.0.1:${snmpd().port}", ".1")).stdout
        val file = dir.resolve("snmpd-v3.walk").also { it.writeText(recorded) }
        val user = InteropUser.matrix.first { it.priv?.protocolName() == "AES256C" && it.auth?.protocolName() == "SHA" }
        val userOptions = listOf("-u", user.name, "-a", user.auth!!.protocolName(), "-A", user.authPassword, "-x", "AES256C", "-X", user.privPassword)
        val md5Des = InteropUser.matrix.first { it.auth?.protocolName() == "MD5" && it.priv?.protocolName() == "DES" }
        val authOnly = InteropUser.matrix.first { it.auth?.protocolName() == "SHA-512" && it.priv == null }
        val specs = listOf(
            "--user", "${md5Des.name}:MD5:${md5Des.authPassword}:DES:${md5Des.privPassword}",
            "--user", "${authOnly.name}:SHA-512:${authOnly.authPassword}",
        )
        serving(file, userOptions + specs) { agent ->
            tool("snmpbulkwalk", listOf("-v3", "-Cr50") + user.netSnmpOptions() + listOf(agent, ".1")).stdout shouldBe recorded
            for (u in listOf(md5Des, authOnly)) {
                tool("snmpget", listOf("-v3") + u.netSnmpOptions() + listOf(agent, ".1.3.6.1.2.1.1.5.0")).stdout shouldBe
                    recorded.lines().first { it.startsWith(".1.3.6.1.2.1.1.5.0 = ") } + "\n"
            }
            // The community still reads; the user is refused below authPriv.
            tool("snmpget", listOf("-v2c", "-c", "public", agent, ".1.3.6.1.2.1.1.1.0")).stdoutLines shouldHaveSize 1
        }
    }

    test("agent as its own process: announces its port, answers snmpget, stops on SIGTERM") {
        val java = Path.of(System.getProperty("java.home"), "bin", "java").toString()
        val process = ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main::class.java.name, "agent", "--port", "0", "--community", "demo-ro")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
        try {
            val announcement = process.errorStream.bufferedReader().readLine() ?: fail("the agent printed nothing")
            val port = Regex("""udp:127\.0\.0\.1:(\d+)""").find(announcement)?.groupValues?.get(1) ?: fail("no port in: $announcement")
            tool("snmpget", listOf("-v2c", "-c", "demo-ro", "127.0.0.1:$port", ".1.3.6.1.2.1.1.5.0")).stdout shouldBe
                ".1.3.6.1.2.1.1.5.0 = STRING: \"demo.example.net\"\n"
        } finally {
            process.destroy()
        }
        process.waitFor(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
    }
}
