package io.ksnmp.cli

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.ToolResult
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser

/**
 * `ksnmp` against Net-SNMP's snmpd prints what Net-SNMP's own tools print for the same requests
 * (`-On`): get, getnext, bulkget, walk, bulkwalk, set and table, over v1, v2c (IPv4 and IPv6) and
 * v3 with every user of the Debian build's protocol matrix; and exits 1, 2 or 3 where it should.
 *
 * Each comparison runs the Net-SNMP tool and ksnmp one after the other; only sysUpTime.0 may differ
 * between the two (its value is masked), the other objects compared do not change by themselves.
 */
class KsnmpVersusNetSnmpSpec : FunSpec({
    timeout = 300_000L
    withNetSnmpTools("snmpd", "snmpget", "snmpgetnext", "snmpbulkget", "snmpwalk", "snmpbulkwalk", "snmpset") { comparisons() }
})

private const val SYSTEM = ".1.3.6.1.2.1.1"
private const val SYS_DESCR = ".1.3.6.1.2.1.1.1.0"
private const val SYS_CONTACT = ".1.3.6.1.2.1.1.4.0"
private const val SYS_OR_TABLE = ".1.3.6.1.2.1.1.9"
private const val NS_EXTEND = ".1.3.6.1.4.1.8072.1.3.2"

/** Three lines, quotes, a backslash; and 300 rows of output lines. */
private val EXTRA_CONFIG = """
    |sysServices 72
    |extend multi /usr/bin/printf 'first\\n"quoted" back\\\\slash\\nlast'
    |extend rows /usr/bin/seq -f row%.0f 1 300
    |""".trimMargin()

private val UPTIME = Regex("""^(\.1\.3\.6\.1\.2\.1\.1\.3\.0 = Timeticks: ).*$""", RegexOption.MULTILINE)

private fun masked(text: String): String = UPTIME.replace(text, "$1(masked)")

private fun FunSpec.comparisons() {
    var snmpdOrNull: Snmpd? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    fun agent(ipv6: Boolean = false) = if (ipv6) "udp6:[::1]:${snmpd().port}" else "127.0.0.1:${snmpd().port}"

    beforeSpec { snmpdOrNull = Snmpd.start(EXTRA_CONFIG) }
    afterSpec { snmpdOrNull?.close() }

    /** Each request waits 30 s for its answer and is tried twice: a bound for a hung run, not for a slow machine. */
    val patient = listOf("-t", "30", "-r", "1")

    fun tool(name: String, args: List<String>): ToolResult = NetSnmpTools.run(name, listOf("-On") + patient + args, Patience.DURATION)

    /** `ksnmp` [words] with the same patience as [tool]. */
    fun ksnmpPatiently(words: List<String>): KsnmpRun = ksnmp(words.take(1) + patient + words.drop(1))

    /** Runs the Net-SNMP tool and then `ksnmp COMMAND` with the same arguments; both must agree. */
    fun compare(command: String, toolName: String, args: List<String>): KsnmpRun {
        val expected = tool(toolName, args)
        val actual = ksnmpPatiently(listOf(command) + args)
        withClue("$toolName ${args.joinToString(" ")}\n$expected\nksnmp: $actual") {
            expected.exitCode shouldBe 0
            actual.exitCode shouldBe 0
            masked(actual.stdout) shouldBe masked(expected.stdout)
        }
        return actual
    }

    for (version in listOf("1", "2c")) {
        for (ipv6 in listOf(false, true)) {
            val how = "v$version over ${if (ipv6) "IPv6" else "IPv4"}"
            test("get, getnext and walk of the system group, $how") {
                val base = listOf("-v", version, "-c", "public", agent(ipv6))
                compare("get", "snmpget", base + listOf(SYS_DESCR, ".1.3.6.1.2.1.1.2.0", ".1.3.6.1.2.1.1.7.0"))
                compare("getnext", "snmpgetnext", base + listOf(SYSTEM, ".1.3.6.1.2.1.1.9.1.3.1"))
                compare("walk", "snmpwalk", base + SYSTEM).lines.size shouldBeGreaterThan 10
            }
        }
    }

    test("bulkget with non-repeaters and repetitions, v2c") {
        compare("bulkget", "snmpbulkget", listOf("-v2c", "-c", "public", "-Cn1", "-Cr7", agent(), SYS_DESCR, SYS_OR_TABLE)).lines shouldHaveSize 8
    }

    test("bulkwalk of the extend tables (a multi-line string, quotes, 300 rows) at several repetitions") {
        for (repetitions in listOf("1", "10", "50")) {
            val printed = compare("bulkwalk", "snmpbulkwalk", listOf("-v2c", "-c", "public", "-Cr$repetitions", agent(), NS_EXTEND)).lines
            printed.size shouldBeGreaterThan 300
            // snmpd's configuration reader takes one level of backslashes, so `multi` prints three lines: a value over several lines.
            // Its second line, as Net-SNMP prints it (quotes and backslashes escaped), is a line of its own.
            printed.filter { it.startsWith("\\\"quoted\\\" back") } shouldHaveSize 1
        }
    }

    test("walks of empty subtrees and past the end print what snmpwalk prints, v1 and v2c") {
        for (version in listOf("1", "2c")) {
            for (root in listOf(".1.3.6.1.2.1.1.3.0", ".1.3.6.1.2.1.1.99", ".1.3.6.1.2.1.1.99.0", ".1.3.6.1.9")) {
                compare("walk", "snmpwalk", listOf("-v", version, "-c", "public", agent(), root))
                compare("bulkwalk", "snmpbulkwalk", listOf("-v2c", "-c", "public", agent(), root))
            }
        }
    }

    test("set prints what snmpset prints, and the value reads back") {
        for ((version, value) in listOf("1" to "noc-v1@example.net", "2c" to "noc-v2c@example.net")) {
            val base = listOf("-v", version, "-c", "private", agent())
            tool("snmpset", base + listOf(SYS_CONTACT, "s", "before")).exitCode shouldBe 0
            val expected = tool("snmpset", base + listOf(SYS_CONTACT, "s", value))
            val actual = ksnmpPatiently(listOf("set") + base + listOf(SYS_CONTACT, "s", value))
            actual.exitCode shouldBe 0
            actual.stdout shouldBe expected.stdout
            tool("snmpget", base + SYS_CONTACT).stdout shouldBe expected.stdout
        }
    }

    test("table: every cell equals what the column's walk gives, as text and as JSON") {
        val base = listOf("-v2c", "-c", "public", agent())
        for (table in listOf(SYS_OR_TABLE, "$NS_EXTEND.4")) {
            val entry = "$table.1"
            val walked = tool("snmpwalk", base + entry).stdoutLines.map { line ->
                val oid = line.substringBefore(" = ")
                val column = oid.removePrefix("$entry.").substringBefore('.')
                val index = oid.removePrefix("$entry.$column.")
                Triple(index, column, line.substringAfter(" = "))
            }
            val text = ksnmpPatiently(listOf("table") + base + table)
            val json = ksnmpPatiently(listOf("table", "--json") + base + table)
            withClue(text) { text.exitCode shouldBe 0 }
            json.exitCode shouldBe 0
            val header = text.lines.first().split(Regex(" {2,}"))
            val indexes = walked.map { it.first }.distinct()
            header shouldBe listOf("index") + walked.map { it.second }.distinct()
            text.lines.drop(1).map { it.substringBefore(' ') } shouldBe indexes
            for ((index, column, printed) in walked) {
                val cell = Regex("\"$column\":\\{\"type\":\"([^\"]+)\",\"value\":(?:-?[0-9]+|\"(?:[^\"\\\\]|\\\\.)*\"),\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}")
                val row = json.lines.single { it.contains("{\"index\":\"$index\",") }
                val match = cell.find(row) ?: fail("no column $column in $row")
                val (type, cellText) = match.destructured
                val netSnmpText = if (type == "STRING") "STRING: \"${cellText}\"" else "$type: ${cellText}"
                withClue("$index/$column") { netSnmpText shouldBe printed }
            }
        }
    }

    test("v3 get and walk with every user of the protocol matrix print what snmpget and snmpwalk print") {
        for (user in InteropUser.matrix) {
            withClue(user.toString()) {
                val base = listOf("-v3") + user.netSnmpOptions() + agent()
                compare("get", "snmpget", base + listOf(SYS_DESCR, ".1.3.6.1.2.1.1.7.0"))
            }
        }
        val user = InteropUser.matrix.last()
        compare("bulkwalk", "snmpbulkwalk", listOf("-v3") + user.netSnmpOptions() + agent() + SYS_OR_TABLE)
    }

    test("failures: timeout exits 3, an error status 1, a wrong passphrase 1, a bad command line 2, each with one line on stderr") {
        val silent = ksnmp("get", "-v2c", "-c", "public", "-t", "0.2", "-r", "1", "127.0.0.1:${NetSnmpToolsPorts.unused()}", SYS_DESCR)
        silent.exitCode shouldBe ExitCode.TIMEOUT
        val notWritable = ksnmpPatiently(listOf("set", "-v2c", "-c", "private", agent(), SYS_DESCR, "s", "x"))
        notWritable.exitCode shouldBe ExitCode.SNMP_ERROR
        val user = InteropUser.matrix.first { it.auth != null && it.priv == null }
        // The wrongDigest report ends the request at the next send, 1 s on; the total timeout (120 s) is only for a hung run.
        val wrongPassword = ksnmp(listOf("get", "-v3", "-t", "1", "-r", "119") + user.netSnmpOptions(authPassword = "not-the-password") + agent() + SYS_DESCR)
        wrongPassword.exitCode shouldBe ExitCode.SNMP_ERROR
        val usage = ksnmp("get", "-v", "4", agent(), SYS_DESCR)
        usage.exitCode shouldBe ExitCode.USAGE
        for (run in listOf(silent, notWritable, wrongPassword, usage)) {
            withClue(run) {
                run.stdout shouldBe ""
                run.stderr.lines().filter { it.isNotEmpty() } shouldHaveSize 1
                run.stderr shouldStartWith "ksnmp: "
            }
        }
    }
}
