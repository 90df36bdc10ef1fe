package io.ksnmp.cli

import io.ksnmp.coroutines.ManagerOptions
import io.ksnmp.coroutines.RemoteEngineInfo
import io.ksnmp.coroutines.RetrySchedule
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/**
 * The agent and how to talk to it, read from a command line: the address, `-v`, `-c`, the SNMPv3
 * options, `-n`/`-E` and the timing.
 *
 * Net-SNMP's `-t` (seconds per try, default 1) and `-r` (retries, default 5) are the manager's
 * [RetrySchedule]: refresh period `-t`, whole timeout `-t × (r + 1)`, the same schedule of sends.
 *
 * `-e ENGINEID` (hex) and `-Z BOOTS,TIME` are the agent's engine as Net-SNMP's options give it: the
 * first request goes out with them, no discovery (boots and time 0 without `-Z`: the agent's
 * notInTimeWindow report then sets them, once). Keys localized to the agent's engine (`-3k`,
 * `-3K`) without `-e` make the tool discover that engine first. With [ownEngineId] `-e` is the sender's own
 * engine ID instead (`ksnmp trap` reads it itself), and `-3k`/`-3K` are localized to it, since a trap's
 * sender is its authoritative engine.
 */
internal class Target(val address: AgentAddress, private val args: Arguments, ownEngineId: Boolean = false) {
    val version: SnmpVersion = when (val v = args.value("v") ?: "3") {
        "1" -> SnmpVersion.V1
        "2c", "2" -> SnmpVersion.V2C
        "3" -> SnmpVersion.V3
        else -> throw UsageException("-v takes 1, 2c or 3, not '$v'")
    }

    private val refreshPeriod: Duration = run {
        val text = args.value("t") ?: "1"
        val seconds = text.toDoubleOrNull()?.takeIf { it > 0 && it <= 3600 } ?: throw UsageException("-t takes seconds, not '$text'")
        (seconds * 1000).toLong().coerceAtLeast(1).milliseconds
    }

    private val retries: RetrySchedule = RetrySchedule(args.int("r", 5), refreshPeriod)

    private val remoteEngine: RemoteEngineInfo? = if (ownEngineId) null else remoteEngine(args)

    /** Keys localized to the agent's engine (`-3k`, `-3K`) without `-e`: its engine ID is discovered first, as Net-SNMP does. */
    private val discoverFirst = version == SnmpVersion.V3 && !ownEngineId && remoteEngine == null && (args.has("3k") || args.has("3K"))

    /** The SNMPv3 user and level, or null for v1 and v2c (and, when [discoverFirst], until [manager] has the engine ID). */
    var security: SecuritySettings? = if (version == SnmpVersion.V3 && !discoverFirst) SecuritySettings.from(args, keysEngine(ownEngineId)) else null
        private set

    /** The engine `-3k`/`-3K` keys are localized to: the agent's (`-e`), or, for a trap, the sender's own (its `-e`). */
    private fun keysEngine(ownEngineId: Boolean): ByteArray? =
        if (ownEngineId) args.value("e")?.let { Hex.engineId(it, "-e") } else remoteEngine?.engineId

    private val contextEngineId: ByteArray? = args.value("E")?.let { Hex.parse(it, "-E") }

    /** A manager of [engine] for this agent; for SNMPv3 the user is added to the engine first. */
    suspend fun manager(engine: SnmpEngine): SnmpManager {
        val builder = ManagerOptions.builder(address.host).port(address.port).version(version)
            .retries(retries)
        val known = if (discoverFirst) discover(engine) else remoteEngine
        if (discoverFirst) security = SecuritySettings.from(args, known!!.engineId)
        val security = security
        if (security != null) {
            engine.addUser(security.user)
            builder.user(security.user.nameAsText()).securityLevel(security.level)
            args.value("n")?.let { builder.contextName(it) }
            contextEngineId?.let { builder.contextEngineId(it) }
            known?.let { builder.remoteEngine(it) }
        } else {
            builder.community(args.value("c") ?: throw UsageException("SNMPv${if (version == SnmpVersion.V1) "1" else "2c"} needs a community (-c NAME)"))
        }
        return engine.manager(builder.build())
    }

    /** The agent's engine ID, boots and time, by an unauthenticated probe (RFC 3414 §4) for `-u`'s name. */
    private suspend fun discover(engine: SnmpEngine): RemoteEngineInfo {
        val name = args.value("u") ?: throw UsageException("SNMPv3 needs a user name (-u NAME)")
        val probeUser = try {
            UsmUser.builder(name).build()
        } catch (e: IllegalArgumentException) {
            throw UsageException("a user name has 1 to 32 octets")
        }
        engine.addUser(probeUser, DISCOVERY_NAMESPACE)
        val options = ManagerOptions.builder(address.host).port(address.port).version(SnmpVersion.V3).retries(retries)
            .namespace(DISCOVERY_NAMESPACE).user(name).securityLevel(SecurityLevel.NO_AUTH_NO_PRIV).build()
        return engine.manager(options).discover()
    }

    private companion object {
        const val DISCOVERY_NAMESPACE = "ksnmp-discovery"

        /** `-e ENGINEID` with `-Z BOOTS,TIME`, or null. */
        fun remoteEngine(args: Arguments): RemoteEngineInfo? {
            val bootsAndTime = args.value("Z")?.let { text ->
                text.split(',').map { it.trim().toIntOrNull()?.takeIf { n -> n >= 0 } }.takeIf { it.size == 2 && null !in it }
                    ?: throw UsageException("-Z takes BOOTS,TIME (two whole numbers), not '$text'")
            }
            val id = args.value("e")?.let { Hex.engineId(it, "-e") } ?: return if (bootsAndTime == null) null else throw UsageException("-Z needs the engine it is of: -e ENGINEID")
            return RemoteEngineInfo(id, bootsAndTime?.get(0) ?: 0, bootsAndTime?.get(1) ?: 0)
        }
    }
}
