package io.ksnmp.cli

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldEndWith
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser

/**
 * Net-SNMP's output options (`-O…`) and walk options (`-C…`) give, in `ksnmp`, byte for byte what
 * `snmpget`, `snmpwalk` and `snmpbulkwalk` print with the same arguments against the same snmpd,
 * over SNMPv1, v2c and v3; and `table` of what is not a table exits 1, as `snmptable` does.
 *
 * Net-SNMP gets `-On` first (ksnmp's default form), then the arguments both are given. The
 * objects compared do not change by themselves (sysUpTime.0 is left out); the hex strings come
 * from `extend` outputs with control characters: 16, 17 and 33 octets, text with a tab and lines.
 */
class NetSnmpOptionsSpec : FunSpec({
    timeout = 300_000L
    withNetSnmpTools("snmpd", "snmpget", "snmpwalk", "snmpbulkwalk", "snmptable") { comparisons() }
})

private const val EXTEND_OUTPUT = ".1.3.6.1.4.1.8072.1.3.2.3.1.2"
private const val SYS_OR_TABLE = ".1.3.6.1.2.1.1.9"
private const val LAST_OBJECT = ".1.3.6.1.6.3.16.1.5.2.1.6"

private val EXTRA_CONFIG = """
    |sysServices 72
    |extend hex16 /usr/bin/printf '\\001abcdefghijklmn\\002'
    |extend hex17 /usr/bin/printf '\\001abcdefghijklmno\\002'
    |extend hex33 /usr/bin/printf '\\001abc\\tdefghijklmnopqrstuvwxyz01234\\002'
    |extend text /usr/bin/printf 'a\\tb\\n"c" \\\\ d'
    |""".trimMargin()

/** `extend NAME`'s full output, nsExtendOutputFull."NAME". */
private fun extendOutput(name: String) = "$EXTEND_OUTPUT.${name.length}." + name.map { it.code }.joinToString(".")

/** One object of each type snmpd serves over SNMPv1 (no Counter64, no exceptions: v1 answers those with an error). */
private val V1_OBJECTS = listOf(
    ".1.3.6.1.2.1.1.1.0", // STRING
    ".1.3.6.1.2.1.1.2.0", // OID
    ".1.3.6.1.2.1.1.7.0", // INTEGER
    ".1.3.6.1.2.1.1.8.0", // Timeticks
    ".1.3.6.1.2.1.2.2.1.14.1", // Counter32
    ".1.3.6.1.2.1.2.2.1.5.1", // Gauge32
    ".1.3.6.1.2.1.4.20.1.1.127.0.0.1", // IpAddress
    ".1.3.6.1.2.1.2.2.1.6.1", // an empty string
    extendOutput("hex16"), extendOutput("hex17"), extendOutput("hex33"), extendOutput("text"),
)

/** Also a Counter64 and the two exceptions of a GET. */
private val OBJECTS = V1_OBJECTS + listOf(".1.3.6.1.2.1.31.1.1.1.9.1", ".1.3.6.1.2.1.1.99.0", ".1.3.6.1.2.1.1.1.1")

/** Each output option alone, then combinations. */
private val OUTPUT_OPTIONS = listOf(
    "q", "Q", "v", "t", "x", "a", "e", "U", "b", "E", "X", "T", "f", "s", "S", "u", "n",
    "nq", "vq", "qT", "xT", "xq", "aq", "Qq", "tq", "vQ", "fq", "Sv", "qq", "ftvx",
)

/** Walk arguments before the OID, and the OID. */
private val WALKS = listOf(
    listOf(SYS_OR_TABLE),
    listOf("-Cp", LAST_OBJECT), // ends with the end of the MIB view (v2c, v3) or End of MIB (v1)
    listOf("-Cp", "$LAST_OBJECT.6.95.110.111.110.101.95.1.2"), // nothing after it: the end, then a GET
    listOf("-Ci", "-Cp", "$SYS_OR_TABLE.1.2"),
    listOf("-Ci", ".1.3.6.1.2.1.1.1.0"),
    listOf("-Cip", "$SYS_OR_TABLE.1.3.1"),
    listOf("-CI", "-Cp", ".1.3.6.1.2.1.1.1.0"),
    listOf("-CI", ".1.3.6.1.2.1.1.99"),
    listOf("-Cc", "-Oq", "$SYS_OR_TABLE.1.4"),
    listOf("-Ct", "$SYS_OR_TABLE.1.2"),
    listOf("-CE", "$SYS_OR_TABLE.1.3.1", ".1.3.6.1.2.1.1.8"),
    listOf("-CE", ".1.3.6.1.2.1.1.5", ".1.3.6.1.2.1.1.8"),
    listOf("-Cp", "-OQ", ".1.3.6.1.9"),
    listOf("-Ov", "-Cp", EXTEND_OUTPUT),
    listOf("iso.3.6.1.2.1.1.9.1.2"),
    listOf("-Of", ".iso.3.6.1.2.1.1.9.1.3"),
)

/** Bulk walk arguments before the OID, and the OID. */
private val BULK_WALKS = listOf(
    listOf("-Cp", LAST_OBJECT),
    listOf("-Cr3", "-Cp", "$LAST_OBJECT.6.95.110.111.110.101.95.1.2"),
    listOf("-Cn1", "-Cp", SYS_OR_TABLE),
    listOf("-Cr3", "-Ci", "-Cp", "$SYS_OR_TABLE.1.2.1"),
    listOf("-Cr7", "-Cc", "-Oqs", SYS_OR_TABLE),
    listOf("-Cr50", "-Cp", "-OvT", EXTEND_OUTPUT),
    listOf("-Cp", ".1.3.6.1.9"),
)

private fun FunSpec.comparisons() {
    var snmpdOrNull: Snmpd? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")

    beforeSpec { snmpdOrNull = Snmpd.start(EXTRA_CONFIG) }
    afterSpec { snmpdOrNull?.close() }

    /** Each request waits 30 s for its answer and is tried twice: a bound for a hung run, not for a slow machine. */
    val patient = listOf("-t", "30", "-r", "1")
    val v3User = InteropUser.matrix.last()

    fun versions(): List<Pair<String, List<String>>> = listOf(
        "v1" to listOf("-v1", "-c", "public"),
        "v2c" to listOf("-v2c", "-c", "public"),
        "v3" to listOf("-v3") + v3User.netSnmpOptions(),
    ).map { (name, options) -> name to options + patient + "127.0.0.1:${snmpd().port}" }

    /** `TOOL -On ARGS` and `ksnmp COMMAND ARGS`: the same exit code, 0, and the same stdout. */
    fun compare(command: String, tool: String, args: List<String>): KsnmpRun {
        val expected = NetSnmpTools.run(tool, listOf("-On") + args, Patience.DURATION)
        val actual = ksnmp(listOf(command) + args)
        withClue("$tool ${args.joinToString(" ")}\n$expected\nksnmp: $actual") {
            expected.exitCode shouldBe 0
            actual.exitCode shouldBe 0
            actual.stdout shouldBe expected.stdout
        }
        return actual
    }

    test("every output option and combination prints what snmpget prints, v1, v2c and v3") {
        for ((version, base) in versions()) {
            val objects = if (version == "v1") V1_OBJECTS else OBJECTS
            for (letters in OUTPUT_OPTIONS) compare("get", "snmpget", base + "-O$letters" + objects)
        }
    }

    test("walk's -Ci -CI -Cc -Cp -Ct -CE print what snmpwalk prints, the end of the MIB included, v1, v2c and v3") {
        for ((_, base) in versions()) {
            for (walk in WALKS) compare("walk", "snmpwalk", base + walk)
        }
        val end = compare("walk", "snmpwalk", versions()[1].second + LAST_OBJECT)
        end.stdout shouldEndWith " = No more variables left in this MIB View (It is past the end of the MIB tree)\n"
        compare("walk", "snmpwalk", versions()[0].second + LAST_OBJECT).stdout shouldEndWith "\nEnd of MIB\n"
    }

    test("bulkwalk's -Cn -Cr -Ci -Cp print what snmpbulkwalk prints, v2c and v3") {
        for ((_, base) in versions().drop(1)) {
            for (walk in BULK_WALKS) compare("bulkwalk", "snmpbulkwalk", base + walk)
        }
    }

    test("-Ct reports the walk's time on stderr, as snmpwalk does; stdout stays the walk's") {
        val run = ksnmp(listOf("walk", "-Ct") + versions()[1].second + "$SYS_OR_TABLE.1.2")
        run.exitCode shouldBe 0
        run.stderr shouldContain "Total traversal time = "
    }

    test("table of a scalar group, an entry, a scalar or nothing exits 1 with nothing on stdout, as snmptable") {
        val base = versions()[1].second
        for (oid in listOf(".1.3.6.1.2.1.1", "$SYS_OR_TABLE.1", ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.99")) {
            val netSnmp = NetSnmpTools.run("snmptable", base + oid, Patience.DURATION)
            val run = ksnmp(listOf("table") + base + oid)
            withClue("$oid\n$netSnmp\nksnmp: $run") {
                netSnmp.exitCode shouldBe 1
                run.exitCode shouldBe ExitCode.SNMP_ERROR
                run.stdout shouldBe ""
            }
        }
    }
}
