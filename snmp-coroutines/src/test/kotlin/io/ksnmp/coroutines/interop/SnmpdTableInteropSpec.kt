package io.ksnmp.coroutines.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeStrictlyIncreasing
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.coroutines.TableRow
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable
import io.ksnmp.testing.Patience
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.flow.toList
import java.util.concurrent.ConcurrentLinkedQueue

/**
 * Large walks and tables of Net-SNMP's snmpd ([WalkAgent]): the 100,000 rows under
 * nsExtendOutLine by bulk walk over SNMPv2c and SNMPv3 authPriv (time and rate printed), and
 * [SnmpManager.table] of sysORTable and of the extend tables (dense, sparse, 100,000 rows, index
 * decoding) against the walks of their columns one by one.
 */
class SnmpdTableInteropSpec : FunSpec({
    timeout = 3 * Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget", "snmpbulkwalk") { tableTests() }
})

private val sysOREntry = Oid.parse("1.3.6.1.2.1.1.9.1")
private val vacmViewTreeFamilyEntry = Oid.parse("1.3.6.1.6.3.16.1.5.2.1")

/** The small extends of [WalkAgent] after `e01` … `e20`, in OID order (by length, then octets). */
private val samples = listOf("multi", "binary", "quotes")

/** Repetitions for the 100,000-row walks: snmpd's most (it caps a response at 100 bindings). */
private const val BULK = 100

private fun FunSpec.tableTests() {
    var agentOrNull: WalkAgent? = null
    var engineOrNull: SnmpEngine? = null
    fun agent(): WalkAgent = agentOrNull ?: fail("snmpd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")
    val v3User = InteropUser.named("sha256-aes")

    /** The SNMPv1/v2c PDUs the engine received, in order. */
    val received = ConcurrentLinkedQueue<Pdu>()

    beforeSpec {
        agentOrNull = WalkAgent.start()
        engineOrNull = SnmpEngine(defaultVersion = SnmpVersion.V2C, packetTrace = { e ->
            val pdu = (e.messageOrNull as? CommunityMessage)?.pdu()
            if (e.direction == PacketDirection.IN && pdu is Pdu) received.add(pdu)
        }).also { it.addUser(v3User.user) }
    }


    afterSpec {
        engineOrNull?.close()
        agentOrNull?.close()
    }

    fun manager(version: SnmpVersion): SnmpManager = if (version == SnmpVersion.V3) {
        engine().manager(agent().address(false), version = SnmpVersion.V3, user = v3User.name, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
    } else {
        engine().manager(agent().address(false), version = version, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
    }

    /** How many nsExtendOutLine rows the small extends have (their nsExtendOutNumLines). */
    suspend fun sampleLines(): Int = samples.sumOf { name ->
        (manager(SnmpVersion.V2C).get(WalkAgent.nsExtendOutput1Entry.child(3).withStringIndex(name, false)).value(0) as Integer32).value()
    }

    for (version in listOf(SnmpVersion.V2C, SnmpVersion.V3)) {
        val label = if (version == SnmpVersion.V3) "v3 authPriv (${v3User.name})" else "v2c"
        test("bulkWalk of nsExtendOutLine, $label: 100,000 rows, each rN, in order, then the small extends' lines") {
            val m = manager(version)
            m.get(WalkAgent.nsExtendOutLine.withStringIndex("e01", false).child(1)) // v3: discovery first
            val extra = sampleLines()
            val walked = m.bulkWalk(WalkAgent.nsExtendOutLine, BULK).toList()
            walked.map { it.oid() }.shouldBeStrictlyIncreasing()
            walked.forEachIndexed { i, vb ->
                val n = i + 1
                if (n <= WalkAgent.ROWS) {
                    if (vb.oid() != WalkAgent.rowOid(n) || vb.value() != OctetString.of(WalkAgent.rowText(n))) {
                        fail("row $n: expected ${VarBind.of(WalkAgent.rowOid(n), OctetString.of(WalkAgent.rowText(n)))}, got $vb")
                    }
                } else {
                    val extend = vb.oid().indexAfter(WalkAgent.nsExtendOutLine).nextOctetString(false).asUtf8()
                    if (extend !in samples) fail("after the 100,000 rows: $vb")
                }
            }
            walked.size shouldBe WalkAgent.ROWS + extra
            // The same walk by snmpbulkwalk, same version, security and repetitions: the same bindings, as text.
            val security = if (version == SnmpVersion.V3) listOf("-v3") + v3User.netSnmpOptions() else listOf("-v2c", "-c", "public")
            val tool = toolWalk("snmpbulkwalk", security + listOf("-Cr$BULK", agent().toolAddress(false), WalkAgent.nsExtendOutLine.toDottedString()), Patience.DURATION * 2)
            tool.map { it.text } shouldBe walked.map { it.toString() }
        }
    }

    /** [columns] of a table, each walked alone (v2c bulk), as rows: index → column → value. */
    suspend fun columnWalks(columns: List<Oid>): Map<Oid, Map<Oid, Variable>> {
        val rows = java.util.TreeMap<Oid, MutableMap<Oid, Variable>>()
        for (c in columns) {
            manager(SnmpVersion.V2C).bulkWalk(c, BULK).collect { vb -> rows.getOrPut(vb.oid().suffixAfter(c)) { LinkedHashMap() }[c] = vb.value() }
        }
        return rows
    }

    fun List<TableRow>.asMap(): Map<Oid, Map<Oid, Variable>> = associate { it.index to it.values }

    for (version in listOf(SnmpVersion.V2C, SnmpVersion.V1, SnmpVersion.V3)) {
        test("table() of sysORTable (columns 2, 3, 4), ${version.name}: the columns' walks as rows, indexes 1, 2, …") {
            val columns = listOf(2, 3, 4).map { sysOREntry.child(it.toLong()) }
            val rows = manager(version).table(sysOREntry, 2, 3, 4, options = TableOptions(maxRepetitions = 4)).toList()
            rows.size shouldBeGreaterThan 5
            rows.asMap() shouldBe columnWalks(columns)
            rows.map { it.index }.shouldBeStrictlyIncreasing()
            rows.forEach { row ->
                row.values.keys.toList() shouldBe columns
                val r = row.indexReader()
                r.nextInteger() shouldBeGreaterThan 0L
                r.requireEnd()
            }
        }
    }

    test("table() of sysORTable with its not-accessible index column 1 too: that column has nothing, the rows are the same") {
        val m = manager(SnmpVersion.V2C)
        val rows = m.table(sysOREntry, 1, 2, 3, 4).toList()
        rows.size shouldBeGreaterThan 5
        rows shouldBe m.table(sysOREntry, 2, 3, 4).toList()
    }

    for (version in listOf(SnmpVersion.V2C, SnmpVersion.V1, SnmpVersion.V3)) {
        test("table() of an entry with no columns named reads every column the agent shows, ${version.name}") {
            val m = manager(version)
            // sysORTable: its index column 1 is not-accessible, so columns 2, 3 and 4.
            m.table(sysOREntry).toList() shouldBe m.table(sysOREntry, 2, 3, 4).toList()
            // nsExtendConfigTable: 2-7, 20 and 21 (1, the index, is not-accessible).
            val all = m.table(WalkAgent.nsExtendConfigEntry).toList()
            all.first().values.keys.toList() shouldBe listOf(2, 3, 4, 5, 6, 7, 20, 21).map { WalkAgent.nsExtendConfigEntry.child(it.toLong()) }
            all shouldBe m.table(WalkAgent.nsExtendConfigEntry, 2, 3, 4, 5, 6, 7, 20, 21).toList()
            // An entry nothing lives under: no rows, and no error.
            m.table(Oid.parse("1.3.6.1.4.1.99999.1.1")).toList() shouldBe emptyList()
        }
    }

    test("table() of nsExtendConfigTable (8 columns): one row per extend, the index its name, values as the columns' walks") {
        val numbers = listOf(2, 3, 4, 5, 6, 7, 20, 21)
        val columns = numbers.map { WalkAgent.nsExtendConfigEntry.child(it.toLong()) }
        val rows = manager(SnmpVersion.V2C).table(WalkAgent.nsExtendConfigEntry, *numbers.toIntArray()).toList()
        rows.asMap() shouldBe columnWalks(columns)
        val names = rows.map { row -> row.indexReader().let { r -> r.nextOctetString(false).asUtf8().also { r.requireEnd() } } }
        names shouldBe (1..WalkAgent.EXTENDS).map(WalkAgent::extendName) + samples
        val e07 = rows[6]
        e07[columns[0]] shouldBe OctetString.of("/usr/bin/seq")
        e07[columns[1]] shouldBe OctetString.of("-f r%.0f 30001 35000")
        rows.forEach { it.values.keys.toList() shouldBe columns }
    }

    test("table() of nsExtendOutput1Table (columns 1-4): nsExtendOutputFull only where the view has it, so sparse rows") {
        val columns = (1..4).map { WalkAgent.nsExtendOutput1Entry.child(it.toLong()) }
        val rows = manager(SnmpVersion.V2C).table(columns, TableOptions(maxRepetitions = 7)).toList()
        rows.asMap() shouldBe columnWalks(columns)
        rows.size shouldBe WalkAgent.EXTENDS + samples.size
        rows.forEachIndexed { i, row ->
            val name = row.indexReader().nextOctetString(false).asUtf8()
            withClue(row) {
                if (i < WalkAgent.EXTENDS) {
                    name shouldBe WalkAgent.extendName(i + 1)
                    row.values.keys.toList() shouldBe columns - WalkAgent.nsExtendOutputFull
                    row[columns[0]] shouldBe OctetString.of(WalkAgent.rowText(i * WalkAgent.LINES_PER_EXTEND + 1))
                    row[columns[2]] shouldBe Integer32.of(WalkAgent.LINES_PER_EXTEND)
                } else {
                    name shouldBe samples[i - WalkAgent.EXTENDS]
                    row.values.keys.toList() shouldBe columns
                }
            }
        }
        rows.last()[WalkAgent.nsExtendOutputFull].toString() shouldBe
            "STRING: \"first line\n\n  \\\"quoted\\\" back\\\\slash\ttab\nlast line\""
    }

    test("table() of nsExtendOutput2Table (100,000 rows): index = extend name and line number, as the column's walk") {
        val rows = manager(SnmpVersion.V2C).table(WalkAgent.nsExtendOutput2Entry, 2, options = TableOptions(maxRepetitions = BULK)).toList()
        rows.size shouldBe WalkAgent.ROWS + sampleLines()
        rows.forEachIndexed { i, row ->
            val r = row.indexReader()
            val name = r.nextOctetString(false).asUtf8()
            val line = r.nextInteger()
            r.requireEnd()
            if (i < WalkAgent.ROWS) {
                if (name != WalkAgent.extendName(i / WalkAgent.LINES_PER_EXTEND + 1) || line != (i % WalkAgent.LINES_PER_EXTEND + 1).toLong() ||
                    row.values != mapOf(WalkAgent.nsExtendOutLine to OctetString.of(WalkAgent.rowText(i + 1)))) {
                    fail("row ${i + 1}: $name.$line = $row")
                }
            } else {
                withClue(row) { (name in samples) shouldBe true }
            }
        }
        val walked = manager(SnmpVersion.V2C).bulkWalk(WalkAgent.nsExtendOutLine, BULK).toList()
        rows.map { VarBind.of(WalkAgent.nsExtendOutLine.append(it.index), it[WalkAgent.nsExtendOutLine]!!) } shouldBe walked
    }

    test("table() over v1 at the end of the MIB: the column that reaches it ends at noSuchName, the others go on") {
        // vacmViewTreeFamilyTable's readable columns (its index: view name, subtree); status (6) is the MIB's last column.
        val numbers = listOf(3, 4, 5, 6)
        received.clear()
        val v1 = manager(SnmpVersion.V1).table(vacmViewTreeFamilyEntry, *numbers.toIntArray()).toList()
        // snmpd ended the last column with noSuchName, naming it (the 4th binding); the other three then left their columns.
        received.filter { it.errorStatus() == ErrorStatus.NO_SUCH_NAME }.map { it.errorIndex() } shouldBe listOf(numbers.size)
        v1.size shouldBeGreaterThan WalkAgent.EXTENDS
        v1 shouldBe manager(SnmpVersion.V2C).table(vacmViewTreeFamilyEntry, *numbers.toIntArray()).toList()
        v1.asMap() shouldBe columnWalks(numbers.map { vacmViewTreeFamilyEntry.child(it.toLong()) })
        // The index: view name, then subtree, both length-prefixed. View "all" is the configuration's: .1 and the 20 exclusions.
        val decoded = v1.map { row ->
            row.values.size shouldBe numbers.size
            val r = row.indexReader()
            val view = r.nextOctetString(false).asUtf8()
            val subtree = r.nextOid(false)
            r.requireEnd()
            Oid.empty().withStringIndex(view, false).withOidIndex(subtree, false) shouldBe row.index
            view to subtree
        }
        decoded.filter { it.first == "all" }.map { it.second }.toSet() shouldBe
            setOf(Oid.parse("1")) + (1..WalkAgent.EXTENDS).map { WalkAgent.nsExtendOutputFull.withStringIndex(WalkAgent.extendName(it), false) }
    }

    test("no request is left pending") {
        withClue(engine().counters) { engine().counters.pendingRequests shouldBe 0 }
    }
}
