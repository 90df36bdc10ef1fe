package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.coroutines.TableRow
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.errors.NonIncreasingOidException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import java.util.TreeMap

/** One column of a table being read: where it has got to, and whether it is done. */
private class ColumnCursor(val oid: Oid, val position: Int) {
    var last: Oid = oid
    var lastIndex: Oid? = null
    var done = false
}

/**
 * A table read as rows: every column still being read goes into one get-bulk (one get-next for
 * SNMPv1), each column advancing from its own last name, so holes in some columns cost nothing.
 * A row is emitted once every column still being read has passed its index, in index order.
 */
internal fun tableFlow(manager: SnmpManager, columns: List<Oid>, options: TableOptions): Flow<TableRow> = flow {
    require(columns.isNotEmpty()) { "a table needs at least one column" }
    require(columns.toSet().size == columns.size) { "columns must be distinct" }
    val cursors = columns.mapIndexed { position, oid -> ColumnCursor(oid, position) }
    val rows = TreeMap<Oid, Array<Variable?>>()
    val v1 = manager.version == SnmpVersion.V1
    var repetitions = options.maxRepetitions
    var emitted = 0
    while (true) {
        val active = cursors.filter { !it.done }
        if (active.isEmpty()) break
        val names = VarBindList.ofNames(active.map { it.last })
        val response = try {
            if (v1) {
                manager.request(io.ksnmp.pdu.PduType.GET_NEXT, 0, 0, names, options.requestOptions, checkOrder = false)
            } else {
                bulkAdapting(manager, names, repetitions, options.requestOptions) { repetitions = it }
            }
        } catch (e: NoSuchNameException) {
            // SNMPv1: the column the error-index names has reached the end of the MIB.
            if (!v1 || e.index() !in 1..active.size) throw e
            active[e.index() - 1].done = true
            continue
        }
        if (response.isEmpty()) break
        for (k in 0 until response.size) {
            val cursor = active[k % active.size]
            if (cursor.done) continue
            val name = response.oid(k)
            val value = response.value(k)
            if (value === EndOfMibView.INSTANCE || !name.startsWith(cursor.oid) || name.size() == cursor.oid.size()) {
                cursor.done = true
                continue
            }
            if (name <= cursor.last) throw NonIncreasingOidException(cursor.last, name)
            cursor.last = name
            val index = name.suffixAfter(cursor.oid)
            cursor.lastIndex = index
            if (value === NoSuchObject.INSTANCE || value === NoSuchInstance.INSTANCE) continue
            rows.getOrPut(index) { arrayOfNulls(columns.size) }[cursor.position] = value
        }
        // Rows no column still being read can add to: at or before the least index any of them has reached.
        val frontier = cursors.filter { !it.done }.minOfWithOrNull(Comparator.naturalOrder()) { it.lastIndex ?: Oid.empty() }
        while (rows.isNotEmpty()) {
            val first = rows.firstKey()
            if (frontier != null && first > frontier) break
            val values = rows.remove(first)!!
            emit(TableRow.create(first, ColumnValues(columns, values)))
            emitted++
            if (options.rowLimit in 1..emitted) return@flow
        }
    }
    for ((index, values) in rows) {
        emit(TableRow.create(index, ColumnValues(columns, values)))
        emitted++
        if (options.rowLimit in 1..emitted) return@flow
    }
}
