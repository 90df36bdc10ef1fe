package io.ksnmp.coroutines

import io.ksnmp.smi.Oid
import io.ksnmp.smi.OidIndexReader
import io.ksnmp.smi.Variable

/**
 * One row of a table: its index (the instance suffix after the column OID) and the value of
 * each column the agent has for it. A sparse table's rows simply lack the columns with holes.
 *
 * ```
 * manager.table(ifEntry, 2, 5, 10).collect { row ->
 *     val ifIndex = row.indexReader().nextInteger()
 *     println("$ifIndex ${row[ifDescr]} ${row[ifSpeed]}")
 * }
 * ```
 *
 * @property index the row's index, e.g. `3` for ifIndex 3 or `4.192.0.2.1` for an IpAddress
 * @property values each column's value, keyed by the column's OID, in the order the columns were asked for
 */
public class TableRow private constructor(
    public val index: Oid,
    public val values: Map<Oid, Variable>,
) {
    /** @return the value of [column] in this row, or null if the row has a hole there */
    public operator fun get(column: Oid): Variable? = values[column]

    /** @return a reader for the index's parts (Integer, OctetString, IpAddress, Oid; implied or length-prefixed) */
    public fun indexReader(): OidIndexReader = index.indexAfter(Oid.empty())

    override fun equals(other: Any?): Boolean = other is TableRow && other.index == index && other.values == values

    override fun hashCode(): Int = index.hashCode() * 31 + values.hashCode()

    override fun toString(): String = "TableRow(${index.toDottedString()}: " +
        values.entries.joinToString { (column, value) -> "${column.toDottedString()}=$value" } + ")"

    internal companion object {
        @JvmSynthetic internal fun create(index: Oid, values: Map<Oid, Variable>): TableRow = TableRow(index, values)
    }
}
