package io.ksnmp.coroutines.agent

import io.ksnmp.message.SnmpVersion
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.file.Path

/**
 * How an [SnmpAgent] listens and whom it serves.
 *
 * ```
 * val options = AgentOptions(
 *     address = InetSocketAddress("127.0.0.1", 0),      // port 0: a free port, see SnmpAgent.address
 *     readCommunity = "public", writeCommunity = "private",
 *     users = listOf(AgentUser(admin, SecurityLevel.AUTH_PRIV, AgentAccess.READ_WRITE)),
 *     stateFile = Path.of("agent.state"),                 // engine ID and boots kept across restarts
 * )
 * ```
 * Java: `AgentOptions.builder().address("127.0.0.1", 0).readCommunity("public").user(u).build()`.
 *
 * @property address the local address and UDP port to bind (port 0: an ephemeral port)
 * @property readCommunityOrNull the read-only community (v1, v2c), or null for none
 * @property writeCommunityOrNull the read-write community (v1, v2c), or null for none
 * @property users the SNMPv3 users
 * @property engineIdOrNull snmpEngineID (5..32 octets); null: the state file's, else a new random
 *     one. With neither an engine ID nor a state file, the agent is its engine's own identity
 *     (see the `engineId` and `stateFile` of [io.ksnmp.coroutines.SnmpEngine]), which the engine's
 *     traps and notification receiver share: the usual choice.
 * @property stateFileOrNull where the agent's own engine ID and boots persist: read at start, boots
 *     incremented, written back atomically; null: the engine ID given, with boots 1, or the engine's identity
 * @property maxMessageSize the largest message the agent sends or announces as msgMaxSize:
 *     65,507 by default (the largest UDP payload over IPv4). Lower it (e.g. to 1,472, one Ethernet
 *     frame) to avoid IP fragmentation; get-bulk answers are cut to fit, others answered tooBig.
 * @property versions the SNMP versions served; messages of others are dropped and counted
 */
public class AgentOptions(
    public val address: InetSocketAddress = InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
    readCommunity: String? = "public",
    writeCommunity: String? = null,
    users: List<AgentUser> = emptyList(),
    engineId: ByteArray? = null,
    stateFile: Path? = null,
    public val maxMessageSize: Int = DEFAULT_MAX_MESSAGE_SIZE,
    versions: Set<SnmpVersion> = SnmpVersion.entries.toSet(),
) {
    public val readCommunityOrNull: String? = readCommunity
    public val writeCommunityOrNull: String? = writeCommunity
    public val users: List<AgentUser> = users.toList()
    private val engineIdValue: ByteArray? = engineId?.clone()
    public val engineIdOrNull: ByteArray? get() = engineIdValue?.clone()
    public val stateFileOrNull: Path? = stateFile
    public val versions: Set<SnmpVersion> = versions.toSet()

    init {
        require(maxMessageSize in MIN_MAX_MESSAGE_SIZE..DEFAULT_MAX_MESSAGE_SIZE) { "maxMessageSize is 484..65507" }
        require(engineId == null || engineId.size in 5..32) { "an snmpEngineID has 5..32 octets" }
        require(users.map { it.user.nameAsText() }.distinct().size == users.size) { "user names must differ" }
    }

    override fun toString(): String =
        "AgentOptions($address, versions=$versions, ${users.size} users, maxMessageSize=$maxMessageSize)"

    /** Builds [AgentOptions]; for Java callers. */
    public class Builder private constructor() {
        private var address = InetSocketAddress(InetAddress.getLoopbackAddress(), 0)
        private var readCommunity: String? = "public"
        private var writeCommunity: String? = null
        private val users = ArrayList<AgentUser>()
        private var engineId: ByteArray? = null
        private var stateFile: Path? = null
        private var maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE
        private var versions: Set<SnmpVersion> = SnmpVersion.entries.toSet()

        /** @param address the local address and port to bind (port 0: ephemeral) */
        public fun address(address: InetSocketAddress): Builder = apply { this.address = address }

        /** @param host a local host name or address literal (resolved now) @param port the port, 0 for an ephemeral one */
        public fun address(host: String, port: Int): Builder = apply { address = InetSocketAddress(host, port) }

        /** @param community the read-only community, or null for none (default "public") */
        public fun readCommunity(community: String?): Builder = apply { readCommunity = community }

        /** @param community the read-write community, or null for none (the default) */
        public fun writeCommunity(community: String?): Builder = apply { writeCommunity = community }

        /** @param user an SNMPv3 user */
        public fun user(user: AgentUser): Builder = apply { users.add(user) }

        /** @param engineId snmpEngineID, 5..32 octets */
        public fun engineId(engineId: ByteArray): Builder = apply { this.engineId = engineId.clone() }

        /** @param path the state file keeping engine ID and boots */
        public fun stateFile(path: Path): Builder = apply { stateFile = path }

        /** @param bytes the largest message sent, 484..65,507 */
        public fun maxMessageSize(bytes: Int): Builder = apply { maxMessageSize = bytes }

        /** @param versions the SNMP versions served */
        public fun versions(vararg versions: SnmpVersion): Builder = apply { this.versions = versions.toSet() }

        /** @return the options */
        public fun build(): AgentOptions =
            AgentOptions(address, readCommunity, writeCommunity, users, engineId, stateFile, maxMessageSize, versions)

        internal companion object {
            @JvmSynthetic internal fun create(): Builder = Builder()
        }
    }

    /** The limits and defaults of an agent's options, and the Java builder. */
    public companion object {
        /** The default [maxMessageSize]: 65,507, the largest UDP payload over IPv4. */
        public const val DEFAULT_MAX_MESSAGE_SIZE: Int = 65_507

        /** The smallest [maxMessageSize] SNMP allows: 484. */
        public const val MIN_MAX_MESSAGE_SIZE: Int = 484

        /** @return a builder of options */
        @JvmStatic
        public fun builder(): Builder = Builder.create()
    }
}
