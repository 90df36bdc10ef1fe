package io.ksnmp.samples.dsl

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.agent.agent
import io.ksnmp.dsl.agent.scalar
import io.ksnmp.dsl.agent.table
import io.ksnmp.dsl.agent.writable
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.table
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlin.time.TimeSource

/**
 * An embedded agent whose MIB is written with the declarations: a fixed sysDescr, sysUpTime
 * computed at each request, a writable sysContact with its check, and ifTable with two rows, one
 * added after the agent started; then the table read back, typed, by a manager of the same engine.
 *
 * ```
 * SnmpEngine().use { engine -> println(dslAgentSample(engine)) }
 * ```
 *
 * @return the interfaces the agent serves, by index
 */
public suspend fun dslAgentSample(engine: SnmpEngine): Map<Int, String?> {
    val started = TimeSource.Monotonic.markNow()
    lateinit var interfaces: io.ksnmp.dsl.agent.AgentTable<Int, IfTable>
    val agent = engine.agent {
        port = 0                                     // any free port on loopback
        readCommunity = "public"
        mib {
            scalar(SystemGroup.sysDescr) { "ksnmp sample agent" }
            scalar(SystemGroup.sysUpTime) { started.elapsedNow() }
            writable(SystemGroup.sysContact, "ops@example.net") { if ('@' in it) ErrorStatus.NO_ERROR else ErrorStatus.WRONG_VALUE }
            interfaces = table(IfTable) {
                row(1) { it[IfTable.ifDescr] = "lo"; it[IfTable.ifOperStatus] = IfOperStatus.UP }
            }
        }
    }
    interfaces.row(2) { it[IfTable.ifDescr] = "eth0"; it[IfTable.ifOperStatus] = IfOperStatus.DOWN } // at run time
    try {
        val router = engine.manager(agent.address) { version = SnmpVersion.V2C }
        return router.table(IfTable).map { it.index to it[IfTable.ifDescr] }.toList().toMap()
    } finally {
        agent.close()
    }
}
