package io.ksnmp.cli

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldStartWith

/** `-d` (Net-SNMP's hex dump of each datagram), `-V`/`--version` and `ksnmp COMMAND --help`. */
class DiagnosticOptionsSpec : FunSpec({
    var agentOrNull: DemoAgent? = null
    beforeSpec { agentOrNull = DemoAgent.start() }
    afterSpec { agentOrNull?.close() }
    fun agent() = "127.0.0.1:${agentOrNull!!.address.port}"

    /** `0000: 30 29 02 01  01 04 06 70  …    0).....public...`: offset, 1 to 16 octets in groups of four, the text. */
    val hexLine = Regex("""^\d{4}: ([0-9A-F]{2} {1,2}){1,16} +.{1,16}$""")

    fun dumps(stderr: String, heading: String): List<List<String>> {
        val lines = stderr.lines()
        return lines.indices.filter { lines[it].startsWith(heading) }.map { start ->
            lines.drop(start + 1).takeWhile { it.isNotEmpty() }
        }
    }

    test("-d dumps each datagram sent and received in hex, the community as on the wire (v2c)") {
        val run = ksnmp("get", "-d", "-v2c", "-c", "public", agent(), ".1.3.6.1.2.1.1.1.0")
        withClue(run) {
            run.exitCode shouldBe 0
            for (heading in listOf("Sending ", "Received ")) {
                val dumps = dumps(run.stderr, heading)
                dumps.shouldNotBeEmpty()
                dumps.forEach { lines ->
                    lines.shouldNotBeEmpty()
                    lines.forEach { line -> withClue(line) { hexLine.matches(line) shouldBe true } }
                    lines.first() shouldContain "public"
                }
            }
        }
    }

    test("-d with SNMPv3: discovery, then the encrypted request and its response") {
        val run = ksnmp("get", "-d", "-v3", "-u", DemoAgent.USER, "-a", "SHA-256", "-A", DemoAgent.AUTH_PASS, "-X", DemoAgent.PRIV_PASS, agent(), ".1.3.6.1.2.1.1.1.0")
        withClue(run) {
            run.exitCode shouldBe 0
            (dumps(run.stderr, "Sending ").size >= 2) shouldBe true
            (dumps(run.stderr, "Received ").size >= 2) shouldBe true
        }
    }

    test("-V and --version, alone or with a command") {
        for (words in listOf(listOf("-V"), listOf("--version"), listOf("get", "-V"))) {
            val run = ksnmp(words)
            withClue(run) {
                run.exitCode shouldBe 0
                run.stdout shouldStartWith "ksnmp version: "
            }
        }
    }

    context("COMMAND --help, -h and help COMMAND print that command's usage") {
        withData("get", "getnext", "bulkget", "set", "walk", "bulkwalk", "table", "trap", "inform", "trapd", "agent", "demo") { command ->
            for (words in listOf(listOf(command, "--help"), listOf(command, "-h"), listOf("help", command))) {
                val run = ksnmp(words)
                withClue(run) {
                    run.exitCode shouldBe 0
                    run.stdout shouldStartWith "usage: ksnmp $command"
                }
            }
        }
    }
})
