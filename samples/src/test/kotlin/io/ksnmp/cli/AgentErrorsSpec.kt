package io.ksnmp.cli

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldStartWith
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.SnmpException
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentStateInUseException
import io.ksnmp.coroutines.agent.AgentStateMalformedException
import io.ksnmp.text.WalkRecordingException
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.net.BindException
import java.net.DatagramSocket
import java.net.InetSocketAddress
import java.nio.file.Files
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText

/**
 * `ksnmp agent`'s failures say what was wrong and where, on one line: a walk file's name and
 * line, the state file, the address and port that could not be bound; and a walk in Net-SNMP's
 * default output form (`iso.3.6.1…`) is served like its `-On` form.
 */
class AgentErrorsSpec : FunSpec({
    timeout = 120_000L
    val dir = createTempDirectory("ksnmp-agent-errors-")
    afterSpec { dir.toFile().deleteRecursively() }

    fun start(engine: SnmpEngine, vararg words: String) =
        AgentCommand(Arguments.parse(listOf("--port", "0") + words), PrintStream(ByteArrayOutputStream())).start(engine)

    /** The run failed with [exitCode] and one line on stderr, `ksnmp: …`, holding each of [names]. */
    fun KsnmpRun.shouldFailNaming(exitCode: Int, vararg names: String) = withClue(this) {
        this.exitCode shouldBe exitCode
        stdout shouldBe ""
        stderr.lines().filter { it.isNotEmpty() }.size shouldBe 1
        stderr shouldStartWith "ksnmp: "
        for (name in names) stderr shouldContain name
    }

    test("a walk file in Net-SNMP's default form (iso.3.6.1…) or -Of's (.iso.3.6.1…) is served as its numeric OIDs") {
        val file = dir.resolve("default-form.walk").also {
            it.writeText(
                """
                |iso.3.6.1.2.1.1.1.0 = STRING: "recorded router"
                |iso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.8072.3.2.10
                |.iso.3.6.1.2.1.1.3.0 = Timeticks: (4225) 0:00:42.25
                |.iso.3.6.1.2.1.1.9.1.2.1 = OID: .ccitt.0
                |""".trimMargin(),
            )
        }
        SnmpEngine().use { engine ->
            val agent = start(engine, "--walk-file", file.toString())
            agent.mib.replayedSize shouldBe 4
            val run = ksnmp("get", "-v2c", "-c", "public", "127.0.0.1:${agent.address.port}", ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.1.2.0", ".1.3.6.1.2.1.1.3.0", ".1.3.6.1.2.1.1.9.1.2.1")
            withClue(run) {
                run.exitCode shouldBe ExitCode.OK
                run.lines shouldBe listOf(
                    """.1.3.6.1.2.1.1.1.0 = STRING: "recorded router"""",
                    ".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.8072.3.2.10",
                    ".1.3.6.1.2.1.1.3.0 = Timeticks: (4225) 0:00:42.25",
                    ".1.3.6.1.2.1.1.9.1.2.1 = OID: .0.0",
                )
            }
        }
    }

    context("a walk file with a bad line: exit 2, FILE:LINE on stderr; the parser's line number underneath") {
        val bad = listOf(
            "symbolic OID" to "SNMPv2-MIB::sysName.0 = STRING: \"x\"",
            "names beyond the first arc" to ".iso.org.dod.internet.mgmt.mib-2.system.sysName.0 = STRING: \"x\"",
            "not a binding" to "just some text",
            "bad value" to ".1.3.6.1.2.1.1.7.0 = INTEGER: seventy-two",
        )
        for ((name, third) in bad) {
            test(name) {
                val file = dir.resolve("bad-${name.replace(' ', '-')}.walk")
                file.writeText(".1.3.6.1.2.1.1.1.0 = STRING: \"x\"\n# a comment\n$third\n.1.3.6.1.2.1.1.9.0 = INTEGER: 1\n")
                ksnmp("agent", "--port", "0", "--walk-file", file.toString()).shouldFailNaming(ExitCode.USAGE, "$file:3:")
                SnmpEngine().use { engine ->
                    val e = shouldThrow<UsageException> { start(engine, "--walk-file", file.toString()) }
                    e.cause.shouldBeInstanceOf<WalkRecordingException>().line() shouldBe 3
                }
            }
        }
    }

    test("a walk file that is not there, or not text: exit 2 naming the file") {
        val missing = dir.resolve("missing.walk")
        ksnmp("agent", "--port", "0", "--walk-file", missing.toString()).shouldFailNaming(ExitCode.USAGE, missing.toString())
        val binary = dir.resolve("binary.walk").also { Files.write(it, byteArrayOf(0x2e, 0x31, 0xff.toByte(), 0xfe.toByte(), 0x0a)) }
        ksnmp("agent", "--port", "0", "--walk-file", binary.toString()).shouldFailNaming(ExitCode.USAGE, binary.toString())
        ksnmp("agent", "--port", "0", "--walk-file", dir.toString()).shouldFailNaming(ExitCode.USAGE, dir.toString())
    }

    test("an empty state file: exit 2 naming the file; AgentStateMalformedException with the file underneath") {
        val state = dir.resolve("empty.state").also { it.writeText("") }
        ksnmp("agent", "--port", "0", "--state-file", state.toString()).shouldFailNaming(ExitCode.USAGE, "$state: ")
        SnmpEngine().use { engine ->
            val e = shouldThrow<AgentStateMalformedException> { start(engine, "--state-file", state.toString()) }
            e.stateFile shouldBe state
            e.lineOrNull shouldBe null
        }
    }

    test("a state file with a bad line: exit 2, FILE:LINE on stderr") {
        val state = dir.resolve("bad-line.state").also { it.writeText("# saved\nengineId=not-hex\nengineBoots=4\n") }
        ksnmp("agent", "--port", "0", "--state-file", state.toString()).shouldFailNaming(ExitCode.USAGE, "$state:2: ")
        SnmpEngine().use { engine ->
            shouldThrow<AgentStateMalformedException> { start(engine, "--state-file", state.toString()) }.lineOrNull shouldBe 2
        }
    }

    test("a state file another agent runs on: exit 1 naming the file; the running agent is unharmed") {
        val state = dir.resolve("shared.state")
        SnmpEngine().use { engine ->
            val running = start(engine, "--state-file", state.toString())
            ksnmp("agent", "--port", "0", "--state-file", state.toString()).shouldFailNaming(ExitCode.SNMP_ERROR, state.toString())
            shouldThrow<AgentStateInUseException> { start(engine, "--state-file", state.toString()) }.stateFile shouldBe state
            val get = ksnmp("get", "-v2c", "-c", "public", "127.0.0.1:${running.address.port}", ".1.3.6.1.2.1.1.5.0")
            withClue(get) { get.exitCode shouldBe ExitCode.OK }
        }
    }

    test("a port in use: exit 1 naming the address and port; a BindException underneath") {
        DatagramSocket(InetSocketAddress("127.0.0.1", 0)).use { taken ->
            val port = taken.localPort.toString()
            ksnmp("agent", "--port", port).shouldFailNaming(ExitCode.SNMP_ERROR, "127.0.0.1:$port")
            SnmpEngine().use { engine ->
                shouldThrow<BindException> {
                    AgentCommand(Arguments.parse(listOf("--port", port)), PrintStream(ByteArrayOutputStream())).start(engine)
                }
            }
        }
    }

    test("an --address that does not resolve: exit 2 naming it") {
        ksnmp("agent", "--port", "0", "--address", "no-such-host.invalid").shouldFailNaming(ExitCode.USAGE, "'no-such-host.invalid'")
    }

    context("every error is one line with a reason, also when its message is null") {
        test("an SnmpException without a message shows its cause's") {
            val failure = Failure.of(SnmpException(null, IllegalStateException("the cause says it")), AgentAddress("h", 161))
            failure.exitCode shouldBe ExitCode.SNMP_ERROR
            failure.message shouldContain "the cause says it"
        }
        test("a message with line breaks prints as one line") {
            Failure.of(UsageException("first\nsecond\r\nthird"), AgentAddress("h", 161)).message.lines().size shouldBe 1
        }
        test("no message anywhere: the type, in words") {
            Failure.of(SnmpException(null), AgentAddress("h", 161)).message.removePrefix("Error:").isNotBlank() shouldBe true
        }
    }
})
