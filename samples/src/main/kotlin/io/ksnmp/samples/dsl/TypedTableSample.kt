package io.ksnmp.samples.dsl

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.table
import io.ksnmp.message.SnmpVersion
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.net.InetSocketAddress

/** One row of ifTable as [typedTableSample] maps it. */
public data class Interface(val index: Int, val name: String?, val speedBitsPerSecond: Long?, val up: Boolean, val inOctets: Long?)

/**
 * A typed table: the columns of the declaration read together (one get-bulk stream), each row
 * with its typed index and its cells in their Kotlin types (null for a hole), mapped to a data
 * class. A column of another table does not compile here.
 *
 * ```
 * typedTableSample(engine, agent).filter { it.up }.forEach { println("${it.name}: ${it.inOctets} octets in") }
 * ```
 */
public suspend fun typedTableSample(engine: SnmpEngine, agent: InetSocketAddress): List<Interface> {
    val router = engine.manager(agent) { version = SnmpVersion.V2C }
    return router.table(IfTable, IfTable.ifDescr, IfTable.ifSpeed, IfTable.ifOperStatus, IfTable.ifInOctets).map { row ->
        Interface(
            index = row.index,
            name = row[IfTable.ifDescr],
            speedBitsPerSecond = row[IfTable.ifSpeed],
            up = row[IfTable.ifOperStatus] == IfOperStatus.UP,
            inOctets = row[IfTable.ifInOctets],
        )
    }.toList()
}
