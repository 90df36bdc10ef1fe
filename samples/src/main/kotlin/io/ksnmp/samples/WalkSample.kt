package io.ksnmp.samples

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.WalkOptions
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.VarBind
import kotlinx.coroutines.flow.filter
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.net.InetSocketAddress

/**
 * Walks as flows: the system group with GETNEXT, the interface names with GETBULK (ten per
 * request), and the first two bindings of the interfaces group. Collecting less than the whole
 * flow stops the walk: nothing more is sent.
 *
 * ```
 * val (system, names, firstTwo) = walkSample(engine, agent)
 * ```
 */
public suspend fun walkSample(engine: SnmpEngine, agent: InetSocketAddress): Triple<List<VarBind>, List<String>, List<VarBind>> {
    val router = engine.manager(agent, version = SnmpVersion.V2C, community = "public")
    val system = router.walk("1.3.6.1.2.1.1").toList()
    val names = router.bulkWalk("1.3.6.1.2.1.2.2.1.2", maxRepetitions = 10)
        .filter { !it.value().isException }
        .map { it.value().toString() }
        .toList()
    val firstTwo = router.bulkWalk("1.3.6.1.2.1.2", options = WalkOptions(limit = 2)).toList()
    return Triple(system, names, firstTwo)
}
