package io.ksnmp.samples.dsl

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.get
import io.ksnmp.dsl.getOrNull
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.message.SnmpVersion
import java.net.InetSocketAddress
import kotlin.time.Duration

/** What [typedGetSample] reads of an agent's system group, in Kotlin types. */
public data class SystemSummary(val name: String, val description: String, val upTime: Duration, val location: String?)

/**
 * Typed gets: each declared object reads as its Kotlin type (sysUpTime as a [Duration]), several
 * in one request are read back by object, and an object the agent may lack reads as null.
 *
 * ```
 * val system = typedGetSample(engine, agent)
 * println("${system.name} up ${system.upTime.inWholeHours} h")
 * ```
 */
public suspend fun typedGetSample(engine: SnmpEngine, agent: InetSocketAddress): SystemSummary {
    val router = engine.manager(agent) {
        version = SnmpVersion.V2C
        community = "public"
    }
    val upTime: Duration = router.get(SystemGroup.sysUpTime)
    val system = router.get(SystemGroup.sysName, SystemGroup.sysDescr)
    return SystemSummary(system[SystemGroup.sysName], system[SystemGroup.sysDescr], upTime, router.getOrNull(SystemGroup.sysLocation))
}
