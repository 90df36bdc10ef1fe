package io.ksnmp.coroutines

import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.SecurityLevel
import java.net.InetSocketAddress
import java.time.Duration
import kotlin.time.toJavaDuration

/**
 * A manager's defaults, for Java callers and for code that keeps settings as values; Kotlin code
 * usually passes the same settings as named arguments to [SnmpEngine.manager].
 *
 * ```
 * ManagerOptions options = ManagerOptions.builder("192.0.2.1")
 *         .version(SnmpVersion.V2C).community("public")
 *         .timeout(Duration.ofSeconds(5)).refreshPeriod(Duration.ofMillis(500))
 *         .build();
 * SnmpManagerFutures manager = engine.futures().manager(options);
 * ```
 */
public class ManagerOptions private constructor(builder: Builder) {
    /** The agent's host name or address literal. */
    public val host: String = builder.host

    /** The agent's UDP port. */
    public val port: Int = builder.port

    /** An address to use as is, or null to resolve [host]. */
    public val addressOrNull: InetSocketAddress? = builder.address

    /** The SNMP version, or null for the engine's default. */
    public val versionOrNull: SnmpVersion? = builder.version

    /** The community (v1, v2c), or null for the engine's default ([SnmpEngine.defaultCommunity]). */
    public val communityOrNull: String? = builder.community

    /** The namespace of SNMPv3 users this manager picks its user from. */
    public val namespace: String = builder.namespace

    /** The SNMPv3 user's name, or null for the namespace's default user. */
    public val userOrNull: String? = builder.user

    /** The SNMPv3 security level, or null for the user's default. */
    public val securityLevelOrNull: SecurityLevel? = builder.securityLevel

    /** The SNMPv3 context name. */
    public val contextName: String = builder.contextName

    /** The SNMPv3 context engine ID, or null for the agent's engine ID. */
    public val contextEngineIdOrNull: ByteArray? = builder.contextEngineId?.clone()

    /** The local address to send from, or null for the wildcard address of the target's family. */
    public val localAddressOrNull: InetSocketAddress? = builder.localAddress

    /** How long a request may take, counted from the call. */
    public val timeout: Duration = builder.timeout

    /** How long after its latest send a request is sent again. */
    public val refreshPeriod: Duration = builder.refreshPeriod

    /** Whether replies must come from the address and port the request went to. */
    public val checkSourceAddress: Boolean = builder.checkSourceAddress

    /** The agent's SNMPv3 engine, given instead of discovering it, or null to discover it. */
    public val remoteEngineOrNull: RemoteEngineInfo? = builder.remoteEngine

    /**
     * The largest message the manager sends or accepts: msgMaxSize in every SNMPv3 header, so the
     * agent answers tooBig rather than with more; and a request that would be larger is split, as
     * for an agent that announced less (484..65,507, default 65,507).
     */
    public val msgMaxSize: Int = builder.msgMaxSize

    init {
        require(port in 0..65_535) { "port $port is not 0..65535" }
        require(!timeout.isNegative && !timeout.isZero) { "the timeout must be positive" }
        require(!refreshPeriod.isNegative && !refreshPeriod.isZero) { "the refresh period must be positive" }
        require(msgMaxSize in MIN_MSG_MAX_SIZE..MAX_MSG_MAX_SIZE) { "msgMaxSize is 484..65507" }
    }

    override fun toString(): String =
        "ManagerOptions($host:$port, version=${versionOrNull ?: "engine default"}, timeout=$timeout, refreshPeriod=$refreshPeriod)"

    /** Builds [ManagerOptions]; only the host is required. */
    public class Builder private constructor(@get:JvmSynthetic internal val host: String, @get:JvmSynthetic @set:JvmSynthetic internal var address: InetSocketAddress?) {
        @get:JvmSynthetic @set:JvmSynthetic internal var port: Int = address?.port ?: DEFAULT_PORT
        @get:JvmSynthetic @set:JvmSynthetic internal var version: SnmpVersion? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var community: String? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var namespace: String = ""
        @get:JvmSynthetic @set:JvmSynthetic internal var user: String? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var securityLevel: SecurityLevel? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var contextName: String = ""
        @get:JvmSynthetic @set:JvmSynthetic internal var contextEngineId: ByteArray? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var localAddress: InetSocketAddress? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var timeout: Duration = Duration.ofSeconds(10)
        @get:JvmSynthetic @set:JvmSynthetic internal var refreshPeriod: Duration = Duration.ofSeconds(1)
        @get:JvmSynthetic @set:JvmSynthetic internal var checkSourceAddress: Boolean = true
        @get:JvmSynthetic @set:JvmSynthetic internal var remoteEngine: RemoteEngineInfo? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var msgMaxSize: Int = MAX_MSG_MAX_SIZE

        /**
         * @param msgMaxSize the largest message to send or accept, 484..65,507 (python-snmp's
         *     `mtu`, IPWorks' MsgMaxSize); see [ManagerOptions.msgMaxSize]
         */
        public fun msgMaxSize(msgMaxSize: Int): Builder = apply { this.msgMaxSize = msgMaxSize }

        /**
         * The agent's SNMPv3 engine, so the first request skips discovery (Net-SNMP's `-e`, with
         * `-Z` for boots and time); see [RemoteEngineInfo]. An engine already learned for this
         * agent, by this manager or another of the engine's, is used rather than this one.
         */
        public fun remoteEngine(remoteEngine: RemoteEngineInfo): Builder = apply { this.remoteEngine = remoteEngine }

        /** @param port the agent's UDP port (default 161) */
        public fun port(port: Int): Builder = apply {
            this.port = port
            address = address?.let { InetSocketAddress(it.address, port) }
        }

        /** @param version v1, v2c or v3 (default: the engine's default version) */
        public fun version(version: SnmpVersion): Builder = apply { this.version = version }

        /** @param community the community for v1 and v2c (default: the engine's, "public" unless it was given another) */
        public fun community(community: String): Builder = apply { this.community = community }

        /** @param namespace the namespace of SNMPv3 users (default "") */
        public fun namespace(namespace: String): Builder = apply { this.namespace = namespace }

        /** @param user the SNMPv3 user (default: the namespace's default user) */
        public fun user(user: String): Builder = apply { this.user = user }

        /** @param securityLevel the SNMPv3 security level (default: the user's default) */
        public fun securityLevel(securityLevel: SecurityLevel): Builder = apply { this.securityLevel = securityLevel }

        /** @param contextName the SNMPv3 context name (default "") */
        public fun contextName(contextName: String): Builder = apply { this.contextName = contextName }

        /** @param contextEngineId the SNMPv3 context engine ID (default: the agent's engine ID) */
        public fun contextEngineId(contextEngineId: ByteArray): Builder = apply { this.contextEngineId = contextEngineId.clone() }

        /** @param localAddress the local address to send from */
        public fun localAddress(localAddress: InetSocketAddress): Builder = apply { this.localAddress = localAddress }

        /** @param timeout how long a request may take from the call, SNMPv3 discovery included (default 10 s) */
        public fun timeout(timeout: Duration): Builder = apply { this.timeout = timeout }

        /** @param refreshPeriod how long after its latest send a request is sent again (default 1 s) */
        public fun refreshPeriod(refreshPeriod: Duration): Builder = apply { this.refreshPeriod = refreshPeriod }

        /**
         * Sets the timeout and the refresh period from a count of tries; see [RetrySchedule].
         *
         * ```
         * ManagerOptions.builder("192.0.2.1").retries(RetrySchedule.of(5, Duration.ofSeconds(1))).build(); // Net-SNMP's -t 1 -r 5
         * ```
         */
        public fun retries(schedule: RetrySchedule): Builder = apply {
            timeout = schedule.timeout
            refreshPeriod = schedule.refreshPeriod
        }

        /** @param check whether replies must come from the address the request went to (default true) */
        public fun checkSourceAddress(check: Boolean): Builder = apply { this.checkSourceAddress = check }

        /** @return the options */
        public fun build(): ManagerOptions = ManagerOptions(this)

        internal companion object {
            @JvmSynthetic internal fun create(host: String, address: InetSocketAddress?): Builder = Builder(host, address)
        }
    }

    /** The limits and defaults of a manager's options, and the Java builder. */
    public companion object {
        /** The standard SNMP agent port. */
        public const val DEFAULT_PORT: Int = 161

        /** The smallest msgMaxSize (RFC 3412): 484. */
        public const val MIN_MSG_MAX_SIZE: Int = 484

        /** The largest, and default, msgMaxSize: the largest UDP payload over IPv4. */
        public const val MAX_MSG_MAX_SIZE: Int = 65_507

        /**
         * @param host a host name (resolved off the event loop on first use) or an IPv4/IPv6 literal
         * @return a builder with the defaults
         */
        @JvmStatic
        public fun builder(host: String): Builder = Builder.create(host, null)

        /**
         * @param address the agent's address, used as is
         * @return a builder with the defaults
         */
        @JvmStatic
        public fun builder(address: InetSocketAddress): Builder = Builder.create(address.hostString, address)
    }
}

/** The Kotlin `manager(…)` arguments applied to a builder; unset optional ones keep its defaults. */
@JvmSynthetic internal fun ManagerOptions.Builder.configure(
    version: SnmpVersion,
    community: String?,
    namespace: String,
    user: String?,
    securityLevel: SecurityLevel?,
    contextName: String,
    contextEngineId: ByteArray?,
    localAddress: InetSocketAddress?,
    timeout: kotlin.time.Duration,
    refreshPeriod: kotlin.time.Duration,
    checkSourceAddress: Boolean,
    retries: RetrySchedule?,
    remoteEngine: RemoteEngineInfo?,
    msgMaxSize: Int,
): ManagerOptions {
    version(version).namespace(namespace).contextName(contextName)
    community?.let { community(it) }
    user?.let { user(it) }
    securityLevel?.let { securityLevel(it) }
    contextEngineId?.let { contextEngineId(it) }
    localAddress?.let { localAddress(it) }
    timeout(timeout.toJavaDuration()).refreshPeriod(refreshPeriod.toJavaDuration()).checkSourceAddress(checkSourceAddress)
    retries?.let { retries(it) }
    remoteEngine?.let { remoteEngine(it) }
    msgMaxSize(msgMaxSize)
    return build()
}
