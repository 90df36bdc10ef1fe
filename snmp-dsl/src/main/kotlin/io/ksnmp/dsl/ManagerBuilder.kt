package io.ksnmp.dsl

import io.ksnmp.coroutines.ManagerOptions
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.SecurityLevel
import java.net.InetSocketAddress
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds
import kotlin.time.toJavaDuration

/**
 * A manager for the agent at [host] (a host name, resolved at the first request, or an address
 * literal), its defaults set in [block]; see [SnmpEngine.manager].
 *
 * ```
 * val router = engine.manager("192.0.2.1") {
 *     version = SnmpVersion.V3
 *     user = "admin"
 *     level = SecurityLevel.AUTH_PRIV
 *     context = "vlan-10"
 *     timeout = 3.seconds
 *     refreshPeriod = 500.milliseconds
 * }
 * val switch = engine.manager("switch-17.example.net") { version = SnmpVersion.V2C; community = "public"; port = 1161 }
 * ```
 */
public fun SnmpEngine.manager(host: String, block: ManagerBuilder.() -> Unit): SnmpManager =
    manager(ManagerBuilder(host, null).apply(block).options())

/**
 * A manager for the agent at [address], its defaults set in [block].
 *
 * ```
 * val local = engine.manager(agent.address) { version = SnmpVersion.V2C }
 * ```
 */
public fun SnmpEngine.manager(address: InetSocketAddress, block: ManagerBuilder.() -> Unit): SnmpManager =
    manager(ManagerBuilder(address.hostString, address).apply(block).options())

/**
 * A manager's defaults as a value, to keep or to make many managers from.
 *
 * ```
 * val options = managerOptions("192.0.2.1") { version = SnmpVersion.V2C; timeout = 2.seconds }
 * val managers = hosts.map { engine.manager(managerOptions(it) { version = SnmpVersion.V2C }) }
 * ```
 */
public fun managerOptions(host: String, block: ManagerBuilder.() -> Unit = {}): ManagerOptions =
    ManagerBuilder(host, null).apply(block).options()

/** [managerOptions] for an address used as is. */
public fun managerOptions(address: InetSocketAddress, block: ManagerBuilder.() -> Unit = {}): ManagerOptions =
    ManagerBuilder(address.hostString, address).apply(block).options()

/**
 * A manager's defaults: each property is the [SnmpEngine.manager] parameter of the same meaning,
 * with the same default. The community is not printed by `toString`.
 */
@SnmpDsl
public class ManagerBuilder internal constructor(
    /** The agent's host name or address literal. */
    public val host: String,
    private val address: InetSocketAddress?,
) {
    /** The agent's UDP port (default 161, or the address's). */
    public var port: Int = address?.port ?: ManagerOptions.DEFAULT_PORT

    /** v1, v2c or v3; null (the default) for the engine's default version. */
    public var version: SnmpVersion? = null

    /** The community (v1, v2c), or null (the default) for the engine's default community. */
    public var community: String? = null

    /** The namespace of SNMPv3 users to pick the user from (default ""). */
    public var namespace: String = ""

    /** The SNMPv3 user, or null for the namespace's default user. */
    public var user: String? = null

    /** The SNMPv3 security level, or null for the user's default. */
    public var level: SecurityLevel? = null

    /** The SNMPv3 context name (default ""). */
    public var context: String = ""

    private var contextEngineIdValue: ByteArray? = null

    /** The SNMPv3 context engine ID, or null for the agent's engine ID; copied both ways. */
    public var contextEngineId: ByteArray?
        get() = contextEngineIdValue?.clone()
        set(value) {
            contextEngineIdValue = value?.clone()
        }

    /** The local address to send from, or null for the wildcard address of the target's family. */
    public var localAddress: InetSocketAddress? = null

    /** How long a request may take, counted from the call, SNMPv3 discovery included (default 10 s). */
    public var timeout: Duration = 10.seconds

    /** How long after its latest send a request is sent again (default 1 s). */
    public var refreshPeriod: Duration = 1.seconds

    /** Whether replies must come from the address and port the request went to (default true). */
    public var checkSourceAddress: Boolean = true

    internal fun options(): ManagerOptions {
        require(timeout.isPositive()) { "the timeout must be positive" }
        require(refreshPeriod.isPositive()) { "the refresh period must be positive" }
        val b = if (address != null) ManagerOptions.builder(address) else ManagerOptions.builder(host)
        b.port(port).namespace(namespace).contextName(context)
            .timeout(timeout.toJavaDuration()).refreshPeriod(refreshPeriod.toJavaDuration()).checkSourceAddress(checkSourceAddress)
        community?.let { b.community(it) }
        version?.let { b.version(it) }
        user?.let { b.user(it) }
        level?.let { b.securityLevel(it) }
        contextEngineIdValue?.let { b.contextEngineId(it) }
        localAddress?.let { b.localAddress(it) }
        return b.build()
    }

    override fun toString(): String = "ManagerBuilder($host:$port, version=${version ?: "engine default"}, timeout=$timeout)"
}
