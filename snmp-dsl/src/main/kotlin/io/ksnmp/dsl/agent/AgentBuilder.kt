package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.SnmpAgent
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.UserBuilder
import io.ksnmp.dsl.usmUser
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.file.Path

/**
 * Starts an embedded agent on this engine: where it listens, whom it serves, and its MIB.
 *
 * ```
 * val agent = engine.agent {
 *     port = 1161                                   // on loopback; or address = InetSocketAddress("0.0.0.0", 161)
 *     readCommunity = "public"; writeCommunity = "private"
 *     user("admin", access = AgentAccess.READ_WRITE) {
 *         auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass"); priv(PrivProtocol.AES128, "priv-pass")
 *     }
 *     mib {
 *         scalar("1.3.6.1.2.1.1.1.0", "router 1")
 *         writable("1.3.6.1.2.1.1.4.0", "ops@example.net", ValueCheck.length(0, 255))
 *     }
 * }
 * ```
 *
 * @throws java.io.IOException if the socket cannot be bound; see [SnmpEngine.agent] for the state file's errors
 */
public fun SnmpEngine.agent(block: AgentBuilder.() -> Unit): SnmpAgent {
    val b = AgentBuilder().apply(block)
    return agent(b.options(), b.registry)
}

/** The settings of [agent]: each is the [AgentOptions] property of the same meaning, with the same default. */
@SnmpDsl
public class AgentBuilder internal constructor() {
    /** The local address and UDP port to bind (default: loopback, a free port; see [SnmpAgent.address]). */
    public var address: InetSocketAddress = InetSocketAddress(InetAddress.getLoopbackAddress(), 0)

    /** The port of [address] (0: a free one). */
    public var port: Int
        get() = address.port
        set(value) {
            address = InetSocketAddress(address.address, value)
        }

    /** The read-only community (v1, v2c), or null for none; default "public". Never printed. */
    public var readCommunity: String? = "public"

    /** The read-write community (v1, v2c), or null for none (the default). Never printed. */
    public var writeCommunity: String? = null

    private var engineIdValue: ByteArray? = null

    /** The agent's own snmpEngineID, or null to be its engine's (the usual choice); copied both ways. */
    public var engineId: ByteArray?
        get() = engineIdValue?.clone()
        set(value) {
            engineIdValue = value?.clone()
        }

    /** Where the agent's own engine ID and boots persist, or null. */
    public var stateFile: Path? = null

    /** The largest message sent, 484..65,507 (default 65,507). */
    public var maxMessageSize: Int = AgentOptions.DEFAULT_MAX_MESSAGE_SIZE

    /** The SNMP versions served (default all). */
    public var versions: Set<SnmpVersion> = SnmpVersion.entries.toSet()

    private val users = ArrayList<AgentUser>()

    /** The registry served; [mib] adds to it. A new empty one unless set. */
    public var registry: MibRegistry = MibRegistry()

    /**
     * An SNMPv3 user the agent serves.
     *
     * @param name the user's name
     * @param minLevel the lowest level served, or null for the user's own level
     * @param access read-only (default) or read-write
     */
    public fun user(name: String, minLevel: SecurityLevel? = null, access: AgentAccess = AgentAccess.READ_ONLY, block: UserBuilder.() -> Unit = {}) {
        user(usmUser(name, block), minLevel, access)
    }

    /** A user made elsewhere (see [usmUser]). */
    public fun user(user: UsmUser, minLevel: SecurityLevel? = null, access: AgentAccess = AgentAccess.READ_ONLY) {
        users.add(AgentUser(user, minLevel ?: user.defaultSecurityLevel(), access))
    }

    /** Adds objects to [registry]; see [MibBuilder]. */
    public fun mib(block: MibBuilder.() -> Unit) {
        MibBuilder(registry).apply(block)
    }

    internal fun options(): AgentOptions =
        AgentOptions(address, readCommunity, writeCommunity, users, engineIdValue, stateFile, maxMessageSize, versions)

    override fun toString(): String = "AgentBuilder($address, ${users.size} users)"
}
