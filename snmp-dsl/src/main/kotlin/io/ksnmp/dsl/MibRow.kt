package io.ksnmp.dsl

import io.ksnmp.coroutines.TableRow
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable

/**
 * One row of a typed table: its index as the table's index type [I], and each column's value as
 * the column's Kotlin type, null where the row has no value (a sparse table's hole, a column
 * the agent lacks, or a column this read did not ask for). Only [Tbl]'s own columns can be asked for: another table's column does not
 * compile.
 *
 * ```
 * data class Interface(val index: Int, val name: String?, val up: Boolean)
 * val interfaces = router.table(IfTable).map { row ->
 *     Interface(row.index, row[IfTable.ifDescr], row[IfTable.ifOperStatus] == IfOperStatus.UP)
 * }.toList()
 * ```
 *
 * Values are read when asked for, so a value of the wrong SMI type fails at that `get`, naming the cell.
 *
 * @property table the table
 * @property index the row's index, decoded
 * @property raw the row as the untyped `SnmpManager.table` gives it
 */
public class MibRow<Tbl : MibTable<I>, I : Any> internal constructor(
    public val table: Tbl,
    public val index: I,
    public val raw: TableRow,
) {
    /**
     * @return the value of [column] in this row, or null if the row has none
     * @throws WrongSmiTypeException if the agent sent another SMI type than declared
     * @throws InvalidSmiValueException if the column's syntax rejects the value
     */
    public operator fun <T : Any> get(column: Column<Tbl, T>): T? {
        val value = raw[column.oid] ?: return null
        return column.syntax.decode(column.oid, raw.index, value)
    }

    override fun equals(other: Any?): Boolean = other is MibRow<*, *> && other.table == table && other.raw == raw

    override fun hashCode(): Int = raw.hashCode()

    override fun toString(): String = "MibRow(${table.javaClass.simpleName} $index: ${raw.values.values.joinToString()})"
}
