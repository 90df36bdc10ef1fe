package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.matchers.shouldBe
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Snmpd
import java.net.InetSocketAddress
import java.nio.file.Path
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText
import kotlin.time.Duration

/**
 * The snmpd the walk and table interop specs read: the standard [Snmpd] plus
 *
 * - 20 `extend` entries `e01` … `e20`, each `seq` printing 5,000 lines `r1` … `r100000` in
 *   all: 100,000 rows under nsExtendOutLine, in OID order `e01.1` … `e20.5000`;
 * - `multi` (three text lines), `quotes` (a multi-line text with an empty line, quotes, a
 *   backslash and a tab) and `binary` (octets 1 to 40: a Hex-STRING of three lines), small
 *   enough to keep their nsExtendOutputFull, so multi-line values go through the comparisons;
 * - nsExtendOutputFull of `e01` … `e20` excluded from the view: 5,000 lines of output in one
 *   value would overflow a response (see NET-SNMP.md);
 * - community [FULL] (read-only, IPv4) with a view of everything, those values (29–35 KB each) included.
 */
class WalkAgent private constructor(val snmpd: Snmpd, private val scripts: Path) : AutoCloseable {
    val port: Int get() = snmpd.port

    /** `udp:127.0.0.1:PORT` or `udp6:[::1]:PORT`, as the Net-SNMP tools name the agent. */
    fun toolAddress(ipv6: Boolean): String = if (ipv6) "udp6:[::1]:$port" else "udp:127.0.0.1:$port"

    fun address(ipv6: Boolean): InetSocketAddress = if (ipv6) snmpd.ipv6 else snmpd.ipv4

    override fun close() {
        snmpd.close()
        scripts.toFile().deleteRecursively()
    }

    companion object {
        /** The community whose view includes nsExtendOutputFull of the large extends. */
        const val FULL: String = "full"

        const val EXTENDS: Int = 20
        const val LINES_PER_EXTEND: Int = 5_000
        const val ROWS: Int = EXTENDS * LINES_PER_EXTEND

        val nsExtendConfigEntry: Oid = Oid.parse("1.3.6.1.4.1.8072.1.3.2.2.1")
        val nsExtendOutput1Entry: Oid = Oid.parse("1.3.6.1.4.1.8072.1.3.2.3.1")
        val nsExtendOutputFull: Oid = nsExtendOutput1Entry.child(2)
        val nsExtendOutput2Entry: Oid = Oid.parse("1.3.6.1.4.1.8072.1.3.2.4.1")
        val nsExtendOutLine: Oid = nsExtendOutput2Entry.child(2)

        /** `e01` … `e20`: same length, so their OID order is their text order. */
        fun extendName(k: Int): String = "e%02d".format(k)

        /** The text of the 1-based [row] of the 100,000 under nsExtendOutLine. */
        fun rowText(row: Int): String = "r$row"

        /** nsExtendOutLine."eNN".line of the 1-based [row] of the 100,000. */
        fun rowOid(row: Int): Oid =
            nsExtendOutLine.withStringIndex(extendName((row - 1) / LINES_PER_EXTEND + 1), false)
                .child(((row - 1) % LINES_PER_EXTEND + 1).toLong())

        /** Starts snmpd with the extends above (~1 s: the 43 users of the standard config). */
        fun start(): WalkAgent {
            val scripts = createTempDirectory("ksnmp-walk-scripts-")
            val quotes = scripts.resolve("quotes.sh")
            quotes.writeText("#!/bin/sh\nprintf 'first line\\n\\n  \"quoted\" back\\\\slash\\ttab\\nlast line\\n'\n")
            val binary = scripts.resolve("binary.sh")
            binary.writeText("#!/bin/sh\nprintf '" + (1..40).joinToString("") { "\\%03o".format(it) } + "'\n")
            listOf(quotes, binary).forEach { it.toFile().setExecutable(true) }
            val config = buildString {
                for (k in 1..EXTENDS) {
                    val first = (k - 1) * LINES_PER_EXTEND + 1
                    appendLine("extend ${extendName(k)} /usr/bin/seq -f r%.0f $first ${first + LINES_PER_EXTEND - 1}")
                    appendLine("view all excluded ${nsExtendOutputFull.withStringIndex(extendName(k), false).toDottedString()}")
                }
                appendLine("extend multi /usr/bin/seq -f line%.0f 1 3")
                appendLine("extend quotes $quotes")
                appendLine("extend binary $binary")
                appendLine("view everything included .1")
                appendLine("rocommunity $FULL default -V everything")
            }
            try {
                return WalkAgent(Snmpd.start(config), scripts)
            } catch (e: Throwable) {
                scripts.toFile().deleteRecursively()
                throw e
            }
        }
    }
}

/** One binding as a Net-SNMP tool printed it with `-On`: its name and its text (lines joined by `\n`, as `VarBind.toString()` gives). */
data class ToolRecord(val oid: Oid, val text: String)

/** The start of a binding in `-On` output: a numeric name, then ` = `. */
private val recordStart = Regex("""^(\.\d+)+ = """)

/** What `snmpwalk -v1` prints after the last binding when the agent answers noSuchName at the end of the MIB. */
const val END_OF_MIB_LINE: String = "End of MIB"

/** What `snmpbulkwalk`/`snmpwalk -v2c` print as the value of the endOfMibView binding they end on. */
const val END_OF_VIEW_TEXT: String = "No more variables left in this MIB View (It is past the end of the MIB tree)"

/**
 * Splits `-On` output into bindings: a binding starts at a line `.1.3… = `; the lines up to the
 * next such line belong to it (a string with embedded newlines, a hex dump longer than 16 octets).
 * Trailing blanks are kept: Net-SNMP ends each hex octet with a space, and so does ksnmp.
 */
fun parseToolRecords(stdout: String): List<ToolRecord> {
    val lines = stdout.split('\n').let { if (it.last().isEmpty()) it.dropLast(1) else it }
    val records = ArrayList<ToolRecord>()
    var current: StringBuilder? = null
    fun flush() {
        val text = current ?: return
        val s = text.toString()
        records.add(ToolRecord(Oid.parse(s.substringBefore(" = ")), s))
    }
    for (line in lines) {
        if (recordStart.containsMatchIn(line)) {
            flush()
            current = StringBuilder(line)
        } else {
            val c = current ?: fail("output does not start with a binding: $line")
            c.append('\n').append(line)
        }
    }
    flush()
    return records
}

/**
 * Runs a Net-SNMP walk tool (`-On -r 1 -t 30` and [args]; the tool's timeout and [timeout] only end a hung run) and returns its bindings, without the
 * trailer that marks the end of the MIB: `End of MIB` (SNMPv1) or the endOfMibView binding
 * (SNMPv2c), which ksnmp's walks end on without returning.
 */
fun toolWalk(tool: String, args: List<String>, timeout: Duration): List<ToolRecord> {
    val result = NetSnmpTools.run(tool, listOf("-On", "-r", "1", "-t", "30") + args, timeout)
    withClue("$tool ${args.joinToString(" ")}: exit ${result.exitCode}, killed ${result.killed}, stderr ${result.stderr}") {
        result.exitCode shouldBe 0
        result.killed shouldBe false
    }
    var stdout = result.stdout
    if (stdout.endsWith("$END_OF_MIB_LINE\n")) stdout = stdout.removeSuffix("$END_OF_MIB_LINE\n")
    val records = parseToolRecords(stdout)
    val last = records.lastOrNull()
    return if (last != null && last.text == "${last.oid.toDottedString()} = $END_OF_VIEW_TEXT") records.dropLast(1) else records
}

/** How a ksnmp walk compared with the tool walks around it. */
class WalkComparison(val compared: Int, val volatile: List<Oid>, val transient: List<Oid>) {
    override fun toString(): String =
        "$compared bindings; ${volatile.size} volatile values (changed between the tool walks), ${transient.size} names in only one tool walk"
}

private val numbered = Regex("""^(Counter32|Counter64|Timeticks): \(?(\d+)""")

/** The type word Net-SNMP prints before the value (`INTEGER`, `STRING`, `Timeticks`, …), or the empty string's `""`. */
private fun typeOf(text: String): String = text.substringAfter(" = ").let { v -> if (v.startsWith("\"")) "\"\"" else v.substringBefore(":") }

/**
 * Whether [n] lies between [low] and [high] as a counter moves: in order, or, when the counter
 * wrapped between the two readings (a busy 32-bit disk or interface counter can, in seconds),
 * from [low] up to the wrap or from zero up to [high].
 */
private fun between(n: Long, low: Long, high: Long): Boolean = if (low <= high) n in low..high else n >= low || n <= high

private fun monotonic(text: String): Long? = numbered.find(text.substringAfter(" = "))?.groupValues?.get(2)?.toLong()

/**
 * Compares what ksnmp walked ([walked]) with two walks of Net-SNMP's tool of the same subtree,
 * [before] and after ([after]) it, binding by binding, as text (`VarBind.toString()`, Net-SNMP's `-On` form, Opaque floats included):
 *
 * - names: when both tool walks list the same names, ksnmp's must be the same, in the same order;
 *   otherwise (a table row that came or went in between) every name both list must be in ksnmp's
 *   walk and every name of ksnmp's in one of theirs;
 * - values: where both tool walks print the same value, ksnmp's text must be that exact text.
 *   Where they differ (sysUpTime, counters, hrSystemDate, … whatever changed while the three
 *   walks ran), ksnmp's value must have the same type, and a Counter32, Counter64 or Timeticks
 *   must lie between the two (across a wrap, when the counter wrapped in between).
 */
fun compareWithToolWalks(walked: List<VarBind>, before: List<ToolRecord>, after: List<ToolRecord>): WalkComparison {
    val mismatches = ArrayList<String>()
    val ksnmpNames = walked.map { it.oid() }
    val beforeByName = before.associate { it.oid to it.text }
    val afterByName = after.associate { it.oid to it.text }
    val transient = ArrayList<Oid>()
    if (before.map { it.oid } == after.map { it.oid }) {
        if (ksnmpNames != before.map { it.oid }) {
            val ours = ksnmpNames.toHashSet()
            val missing = before.map { it.oid }.filter { it !in ours }
            val extra = ksnmpNames.filter { it !in beforeByName }
            mismatches.add("names differ: ${ksnmpNames.size} from ksnmp, ${before.size} from the tool; " +
                "missing ${missing.take(10).map { it.toDottedString() }}, extra ${extra.take(10).map { it.toDottedString() }}")
        }
    } else {
        val ours = ksnmpNames.toHashSet()
        for (name in beforeByName.keys) if (name in afterByName && name !in ours) mismatches.add("${name.toDottedString()}: in both tool walks, not in ksnmp's")
        for (name in ksnmpNames) if (name !in beforeByName && name !in afterByName) mismatches.add("${name.toDottedString()}: in ksnmp's walk only")
        transient.addAll((beforeByName.keys - afterByName.keys) + (afterByName.keys - beforeByName.keys))
    }
    val volatile = ArrayList<Oid>()
    for (vb in walked) {
        val ours = vb.toString()
        val a = beforeByName[vb.oid()]
        val b = afterByName[vb.oid()]
        if (a != null && a == b) {
            if (ours != a) mismatches.add("ksnmp: $ours\ntools: $a")
            continue
        }
        val seen = listOfNotNull(a, b)
        if (seen.isEmpty()) continue // reported with the names
        volatile.add(vb.oid())
        if (seen.any { typeOf(it) != typeOf(ours) }) mismatches.add("ksnmp: $ours\ntools: ${seen.joinToString(" / ")}")
        val n = monotonic(ours)
        val low = a?.let(::monotonic)
        val high = b?.let(::monotonic)
        if (low != null && high != null && (n == null || !between(n, low, high))) mismatches.add("ksnmp: $ours\nnot between: $a\n        and: $b")
    }
    if (mismatches.isNotEmpty()) {
        fail("${mismatches.size} differences between ksnmp's walk and Net-SNMP's:\n" + mismatches.take(30).joinToString("\n"))
    }
    return WalkComparison(walked.size, volatile, transient)
}
