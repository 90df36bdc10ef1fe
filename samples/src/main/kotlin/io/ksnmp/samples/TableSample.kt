package io.ksnmp.samples

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.net.InetSocketAddress

/** One row of ifTable, typed. */
public data class NetworkInterface(val index: Long, val name: String, val speedBitsPerSecond: Long, val up: Boolean, val inOctets: Long)

private val ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1")

/**
 * ifTable as typed rows: four columns fetched together in one GETBULK stream, each row keyed by
 * its index (here the single Integer index, ifIndex).
 *
 * ```
 * tableSample(engine, agent).filter { it.up }.forEach { println("${it.name}: ${it.inOctets} octets in") }
 * ```
 */
public suspend fun tableSample(engine: SnmpEngine, agent: InetSocketAddress): List<NetworkInterface> {
    val router = engine.manager(agent, version = SnmpVersion.V2C, community = "public")
    return router.table(ifEntry, 2, 5, 8, 10).map { row ->
        NetworkInterface(
            index = row.indexReader().nextInteger(),
            name = (row[ifEntry.child(2)] as OctetString).asUtf8(),
            speedBitsPerSecond = (row[ifEntry.child(5)] as Gauge32).value(),
            up = (row[ifEntry.child(8)] as Integer32).value == 1,
            inOctets = (row[ifEntry.child(10)] as Counter32).value(),
        )
    }.toList()
}
