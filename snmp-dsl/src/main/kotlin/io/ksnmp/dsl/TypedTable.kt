package io.ksnmp.dsl

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * Reads every declared column of [table] as typed rows: the manager's `table()` of those columns
 * (one get-bulk stream, rows in index order, holes left out), each row's index decoded.
 *
 * ```
 * router.table(IfTable).collect { row -> println("${row.index} ${row[IfTable.ifDescr]} ${row[IfTable.ifOperStatus]}") }
 * val hc = router.table(IfXTable).map { it.index to it[IfXTable.ifHCInOctets] }.toList()
 * ```
 *
 * The flow fails with [io.ksnmp.smi.IndexDecodingException] if a row's index does not parse as the
 * table's index (an agent that does not follow the MIB), and otherwise as the manager's `table()`.
 */
public fun <Tbl : MibTable<I>, I : Any> SnmpManager.table(table: Tbl, options: TableOptions = TableOptions.DEFAULT): Flow<MibRow<Tbl, I>> =
    typedRows(table, table.columns, options)

/**
 * Reads some columns of [table] as typed rows; they must be [table]'s own (another table's column
 * does not compile).
 *
 * ```
 * router.table(IfTable, IfTable.ifDescr, IfTable.ifOperStatus).collect { row -> … }
 * ```
 *
 * @throws IllegalArgumentException if no column is given
 */
public fun <Tbl : MibTable<I>, I : Any> SnmpManager.table(
    table: Tbl,
    vararg columns: Column<Tbl, *>,
    options: TableOptions = TableOptions.DEFAULT,
): Flow<MibRow<Tbl, I>> {
    require(columns.isNotEmpty()) { "a table read needs at least one column" }
    return typedRows(table, columns.asList(), options)
}

/**
 * Reads every declared column of two tables with the same index together (one get-bulk stream for
 * all of them), as rows of both: a table and one that AUGMENTS it, or two tables indexed alike.
 * A row is there if either table has a value in it.
 *
 * ```
 * router.table(IfTable, IfXTable).map { row -> Traffic(row[IfXTable.ifName], row[IfTable.ifOperStatus], row[IfXTable.ifHCInOctets]) }
 * ```
 *
 * @throws IllegalArgumentException if both are the same table
 */
public fun <A : MibTable<I>, B : MibTable<I>, I : Any> SnmpManager.table(
    first: A,
    second: B,
    options: TableOptions = TableOptions.DEFAULT,
): Flow<JoinedRow<A, B, I>> {
    require(first !== second) { "two different tables" }
    val codec = first.index
    val rows = table((first.columns + second.columns).map { it.oid }, options)
    return flow { rows.collect { row -> emit(JoinedRow(first, second, codec.decode(row.index), row)) } }
}

private fun <Tbl : MibTable<I>, I : Any> SnmpManager.typedRows(table: Tbl, columns: List<Column<*, *>>, options: TableOptions): Flow<MibRow<Tbl, I>> {
    val codec = table.index
    val rows = table(columns.map { it.oid }, options)
    // emit as the collector's last call: no transform lambda or continuation made per row, as map() makes
    return flow { rows.collect { row -> emit(MibRow(table, codec.decode(row.index), row)) } }
}
