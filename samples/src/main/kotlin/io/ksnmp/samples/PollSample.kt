package io.ksnmp.samples

import io.ksnmp.coroutines.PollResult
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Oid
import kotlinx.coroutines.flow.toList
import java.net.InetSocketAddress
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/**
 * Many targets at once: sysUpTime and ifNumber of every agent, at most 100 requests in flight,
 * results in the order they complete. A target that fails (here: wrong community, so no answer)
 * gives its typed error and never holds up or fails the others.
 *
 * ```
 * pollSample(engine, fleet).forEach { r ->
 *     when (r) {
 *         is PollResult.Success -> println("${r.manager.options.host}: ${r.varBinds}")
 *         is PollResult.Failure -> println("${r.manager.options.host} failed: ${r.error}")
 *     }
 * }
 * ```
 */
public suspend fun pollSample(engine: SnmpEngine, agents: List<InetSocketAddress>, communities: List<String>): List<PollResult> {
    val managers = agents.zip(communities) { agent, community ->
        engine.manager(agent, version = SnmpVersion.V2C, community = community, timeout = 2.seconds, refreshPeriod = 500.milliseconds)
    }
    return engine.pollMany(managers, listOf(Oid.parse("1.3.6.1.2.1.1.3.0"), Oid.parse("1.3.6.1.2.1.2.1.0")), concurrency = 100).toList()
}
