package io.ksnmp.samples.dsl

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.get
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.set
import io.ksnmp.dsl.walk
import io.ksnmp.message.SnmpVersion
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.net.InetSocketAddress

/**
 * A typed set (only a writable object, with a value of its type, compiles) read back, and a typed
 * walk of one column: each value with its decoded index.
 *
 * ```
 * val (contact, names) = typedSetAndWalkSample(engine, agent, "noc@example.net")
 * ```
 *
 * @return sysContact as read back, and ifDescr by ifIndex
 */
public suspend fun typedSetAndWalkSample(engine: SnmpEngine, agent: InetSocketAddress, contact: String): Pair<String, Map<Int, String>> {
    val router = engine.manager(agent) {
        version = SnmpVersion.V2C
        community = "private"                       // the demo agent's write community
    }
    router.set(SystemGroup.sysContact to contact)   // `SystemGroup.sysDescr to …` or `… to 42` would not compile
    val names = router.walk(IfTable.ifDescr).map { it.index to it.value }.toList().toMap()
    return router.get(SystemGroup.sysContact) to names
}
