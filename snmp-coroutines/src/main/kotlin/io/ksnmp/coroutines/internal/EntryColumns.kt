package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.coroutines.TableRow
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.smi.Oid
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.emitAll
import kotlinx.coroutines.flow.flow

/** The largest arc an OID can have (RFC 2578: 0..4,294,967,295). */
private const val MAX_ARC = 4_294_967_295L

/**
 * Every column of the table whose entry is [entry] that has an instance the agent lets us see,
 * in order: one get-next per column, each asking for the first instance after the previous
 * column's last possible one (entry.c+1), so a column of a million rows costs one request too.
 * Ends at the first name outside the entry, at endOfMibView, or at SNMPv1's noSuchName.
 */
internal suspend fun entryColumns(manager: SnmpManager, entry: Oid, options: TableOptions): List<Oid> {
    val columns = ArrayList<Oid>()
    var probe = entry
    while (true) {
        val next = try {
            manager.getNext(probe, options = options.requestOptions)
        } catch (e: NoSuchNameException) {
            break // SNMPv1: past the end of the MIB
        }
        val name = next.oid(0)
        if (next.value(0).isException || !name.startsWith(entry) || name.size() <= entry.size() + 1) break
        val arc = name.arc(entry.size())
        columns += entry.child(arc)
        if (arc == MAX_ARC) break
        probe = entry.child(arc + 1)
    }
    return columns
}

/** [tableFlow] of every column [entryColumns] finds; no rows if it finds none. */
internal fun allColumnsTableFlow(manager: SnmpManager, entry: Oid, options: TableOptions): Flow<TableRow> = flow {
    val columns = entryColumns(manager, entry, options)
    if (columns.isNotEmpty()) emitAll(tableFlow(manager, columns, options))
}
