package io.ksnmp.dsl

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.WalkOptions
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * Walks one column with get-bulk (get-next for SNMPv1), each cell read as the column's type with
 * its index decoded: the manager's `bulkWalk` of the column, typed.
 *
 * ```
 * val names: Map<Int, String> = router.walk(IfXTable.ifName).toList().associate { (index, name) -> index to name }
 * ```
 *
 * Cells the agent answers with noSuchObject or noSuchInstance are left out.
 *
 * @throws IllegalArgumentException if [maxRepetitions] is below 1
 */
public fun <Tbl : MibTable<I>, I : Any, T : Any> SnmpManager.walk(
    column: Column<Tbl, T>,
    maxRepetitions: Int = 10,
    options: WalkOptions = WalkOptions.DEFAULT,
): Flow<ColumnValue<I, T>> {
    val codec = column.table.index
    val bindings = bulkWalk(column.oid, maxRepetitions, options)
    return flow {
        bindings.collect { vb ->
            if (!vb.value().isException) {
                val index = vb.oid().suffixAfter(column.oid)
                emit(ColumnValue(codec.decode(index), column.syntax.decode(column.oid, index, vb.value())))
            }
        }
    }
}
