package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.coroutines.TableRow
import io.ksnmp.smi.Oid
import java.io.PrintStream

/**
 * `ksnmp table AGENT TABLE-OID`: the conceptual table under `TABLE-OID` (its entry is
 * `TABLE-OID.1`), as an aligned text table (a column per column number, a row per index,
 * values as Net-SNMP prints them without the type) or, with `--json`, as rows of typed values.
 *
 * ksnmp reads no MIBs, so it finds the columns itself: one GETNEXT per column, after which all
 * columns come together in one GETBULK stream (`-Cr` repetitions, default 10). An OID with no
 * columns under its entry (a scalar, a group, an entry's OID, nothing) is an error, exit 1, as
 * `snmptable`'s "Was that a table?".
 */
internal class TableCommand(
    private val args: Arguments,
    private val out: PrintStream,
    private val err: PrintStream,
    private val terminal: Boolean,
) {
    suspend fun run(manager: SnmpManager, operands: List<String>) {
        if (operands.size != 1) throw UsageException("table takes the table's OID, e.g. .1.3.6.1.2.1.2.2 for ifTable")
        val entry = Oids.parse(operands[0]).child(1)
        val columns = columns(manager, entry)
        if (columns.isEmpty()) {
            throw CommandError(
                "Was that a table? ${entry.parent().toDottedString()} has no columns under ${entry.toDottedString()} " +
                    "(give the table's OID, not an entry's or a scalar's; ksnmp reads no MIBs, so an empty table looks the same)",
            )
        }
        val rows = ArrayList<TableRow>()
        val progress = Progress(err, terminal)
        try {
            manager.table(columns.map { entry.child(it) }, TableOptions(maxRepetitions = args.int("Cr", 10))).collect {
                rows += it
                repeat(it.values.size) { progress.step() }
            }
        } finally {
            progress.finish()
        }
        if (args.has("json")) json(entry, columns, rows) else text(entry, columns, rows)
    }

    /** The column numbers present under [entry], in order, found with one GETNEXT each. */
    private suspend fun columns(manager: SnmpManager, entry: Oid): List<Long> {
        val columns = ArrayList<Long>()
        var probe = entry
        while (true) {
            val next = manager.getNext(probe).first()
            if (next.value().isException || !next.oid().startsWith(entry) || next.oid().size() <= entry.size() + 1) break
            val column = next.oid().arc(entry.size())
            columns += column
            if (column == 0xFFFF_FFFFL) break
            probe = entry.child(column + 1)
        }
        return columns
    }

    private fun text(entry: Oid, columns: List<Long>, rows: List<TableRow>) {
        if (rows.isEmpty()) {
            out.println("No entries under ${entry.toDottedString()}")
            return
        }
        val header = listOf("index") + columns.map { it.toString() }
        val cells = rows.map { row ->
            listOf(row.index.toString()) + columns.map { c -> row[entry.child(c)]?.let { ValueText.of(it).text.replace('\n', ' ') } ?: "?" }
        }
        val widths = header.indices.map { i -> maxOf(header[i].length, cells.maxOf { it[i].length }) }
        fun line(values: List<String>) = values.mapIndexed { i, v -> v.padEnd(widths[i]) }.joinToString("  ").trimEnd()
        out.println(line(header))
        cells.forEach { out.println(line(it)) }
        out.flush()
    }

    private fun json(entry: Oid, columns: List<Long>, rows: List<TableRow>) {
        out.println("{\"entry\":${Json.string(entry.toDottedString())},\"columns\":[${columns.joinToString(",")}],\"rows\":[")
        rows.forEachIndexed { i, row ->
            val values = columns.mapNotNull { c -> row[entry.child(c)]?.let { "\"$c\":${Json.value(ValueText.of(it))}" } }
            out.print("  {\"index\":${Json.string(row.index.toString())},\"values\":{${values.joinToString(",")}}}")
            out.println(if (i < rows.size - 1) "," else "")
        }
        out.println("]}")
        out.flush()
    }
}
