package io.ksnmp.dsl

import io.ksnmp.coroutines.TableRow
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable

/**
 * One row of two tables with the same index read together (a table and one that AUGMENTS it, such
 * as ifTable and ifXTable): the index, typed, and each column of either table, typed, null where
 * the row has no value. Columns of a third table do not compile.
 *
 * ```
 * router.table(IfTable, IfXTable).collect { row ->
 *     println("${row.index} ${row[IfTable.ifDescr]} ${row[IfXTable.ifHCInOctets]}")
 * }
 * ```
 *
 * @property first the first table
 * @property second the second table
 * @property index the row's index, decoded
 * @property raw the row as the untyped `SnmpManager.table` gives it
 */
public class JoinedRow<A : MibTable<I>, B : MibTable<I>, I : Any> internal constructor(
    public val first: A,
    public val second: B,
    public val index: I,
    public val raw: TableRow,
) {
    /**
     * @return the value of [column] of the first table in this row, or null if the row has none
     * @throws WrongSmiTypeException if the agent sent another SMI type than declared
     * @throws InvalidSmiValueException if the column's syntax rejects the value
     */
    @JvmName("getOfFirst")
    public operator fun <T : Any> get(column: Column<A, T>): T? = cell(column)

    /**
     * @return the value of [column] of the second table in this row, or null if the row has none
     * @throws WrongSmiTypeException if the agent sent another SMI type than declared
     * @throws InvalidSmiValueException if the column's syntax rejects the value
     */
    @JvmName("getOfSecond")
    public operator fun <T : Any> get(column: Column<B, T>): T? = cell(column)

    private fun <T : Any> cell(column: Column<*, T>): T? {
        val value = raw[column.oid] ?: return null
        return column.syntax.decode(column.oid, raw.index, value)
    }

    override fun equals(other: Any?): Boolean =
        other is JoinedRow<*, *, *> && other.first == first && other.second == second && other.raw == raw

    override fun hashCode(): Int = raw.hashCode()

    override fun toString(): String =
        "JoinedRow(${first.javaClass.simpleName}+${second.javaClass.simpleName} $index: ${raw.values.values.joinToString()})"
}
