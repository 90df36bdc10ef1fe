package io.ksnmp.coroutines

import io.ksnmp.usm.SecurityLevel
import kotlin.time.Duration
import kotlin.time.toJavaDuration

/**
 * Per-request overrides of a manager's defaults; every property left null keeps the manager's.
 *
 * Kotlin:
 * ```
 * manager.get("1.3.6.1.2.1.1.3.0", options = RequestOptions(timeout = 2.seconds, community = "private"))
 * ```
 * Java:
 * ```
 * RequestOptions o = RequestOptions.builder().timeout(Duration.ofSeconds(2)).community("private").build();
 * manager.futures().get(o, Oid.parse("1.3.6.1.2.1.1.3.0"));
 * ```
 */
public class RequestOptions private constructor(builder: Builder) {
    /** The timeout, counted from the call, or null for the manager's. */
    public val timeoutOrNull: java.time.Duration? = builder.timeout

    /** The resend period, or null for the manager's. */
    public val refreshPeriodOrNull: java.time.Duration? = builder.refreshPeriod

    /** The community (v1, v2c), or null for the manager's. */
    public val communityOrNull: String? = builder.community

    /** The SNMPv3 user's name, or null for the manager's. */
    public val userOrNull: String? = builder.user

    /** The SNMPv3 security level, or null for the manager's. */
    public val securityLevelOrNull: SecurityLevel? = builder.securityLevel

    /** The SNMPv3 context name, or null for the manager's. */
    public val contextNameOrNull: String? = builder.contextName

    /** The SNMPv3 context engine ID, or null for the manager's. */
    public val contextEngineIdOrNull: ByteArray? = builder.contextEngineId?.clone()

    /** The agent's SNMPv3 engine, to skip discovery, or null for the manager's. */
    public val remoteEngineOrNull: RemoteEngineInfo? = builder.remoteEngine

    init {
        timeoutOrNull?.let { require(!it.isNegative && !it.isZero) { "the timeout must be positive" } }
        refreshPeriodOrNull?.let { require(!it.isNegative && !it.isZero) { "the refresh period must be positive" } }
    }

    override fun toString(): String = buildList {
        timeoutOrNull?.let { add("timeout=$it") }
        refreshPeriodOrNull?.let { add("refreshPeriod=$it") }
        communityOrNull?.let { add("community=***") }
        userOrNull?.let { add("user=$it") }
        securityLevelOrNull?.let { add("securityLevel=$it") }
        contextNameOrNull?.let { add("contextName=$it") }
        contextEngineIdOrNull?.let { add("contextEngineId=${java.util.HexFormat.of().formatHex(it)}") }
        remoteEngineOrNull?.let { add("remoteEngine=$it") }
    }.joinToString(", ", "RequestOptions(", ")")

    /** Builds [RequestOptions]; every setter is optional. */
    public class Builder private constructor() {
        @get:JvmSynthetic @set:JvmSynthetic internal var timeout: java.time.Duration? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var refreshPeriod: java.time.Duration? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var community: String? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var user: String? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var securityLevel: SecurityLevel? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var contextName: String? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var contextEngineId: ByteArray? = null
        @get:JvmSynthetic @set:JvmSynthetic internal var remoteEngine: RemoteEngineInfo? = null

        /** @param timeout how long the request may take from the call, discovery included */
        public fun timeout(timeout: java.time.Duration): Builder = apply { this.timeout = timeout }

        /** @param refreshPeriod how long after its latest send the request is sent again */
        public fun refreshPeriod(refreshPeriod: java.time.Duration): Builder = apply { this.refreshPeriod = refreshPeriod }

        /** Sets the timeout and the refresh period from a count of tries; see [RetrySchedule]. */
        public fun retries(schedule: RetrySchedule): Builder = apply {
            timeout = schedule.timeout
            refreshPeriod = schedule.refreshPeriod
        }

        /** @param community the community (v1, v2c) */
        public fun community(community: String): Builder = apply { this.community = community }

        /** @param user the SNMPv3 user's name, in the manager's namespace */
        public fun user(user: String): Builder = apply { this.user = user }

        /** @param securityLevel the SNMPv3 security level */
        public fun securityLevel(securityLevel: SecurityLevel): Builder = apply { this.securityLevel = securityLevel }

        /** @param contextName the SNMPv3 context name */
        public fun contextName(contextName: String): Builder = apply { this.contextName = contextName }

        /** @param contextEngineId the SNMPv3 context engine ID */
        public fun contextEngineId(contextEngineId: ByteArray): Builder = apply { this.contextEngineId = contextEngineId.clone() }

        /** @param remoteEngine the agent's SNMPv3 engine, to skip discovery; see [RemoteEngineInfo] */
        public fun remoteEngine(remoteEngine: RemoteEngineInfo): Builder = apply { this.remoteEngine = remoteEngine }

        /** @return the options */
        public fun build(): RequestOptions = RequestOptions(this)

        internal companion object {
            @JvmSynthetic internal fun create(): Builder = Builder()
        }
    }

    /** The Java builder: `RequestOptions.builder().timeout(Duration.ofSeconds(2)).build()`. */
    public companion object {
        /** @return a builder with nothing overridden */
        @JvmStatic
        public fun builder(): Builder = Builder.create()
    }
}

/**
 * Per-request overrides for Kotlin callers; see [RequestOptions].
 *
 * ```
 * manager.getNext(oid, options = RequestOptions(timeout = 500.milliseconds, refreshPeriod = 100.milliseconds))
 * ```
 */
@JvmSynthetic
public fun RequestOptions(
    timeout: Duration? = null,
    refreshPeriod: Duration? = null,
    community: String? = null,
    user: String? = null,
    securityLevel: SecurityLevel? = null,
    contextName: String? = null,
    contextEngineId: ByteArray? = null,
    retries: RetrySchedule? = null,
    remoteEngine: RemoteEngineInfo? = null,
): RequestOptions {
    val b = RequestOptions.builder()
    timeout?.let { b.timeout(it.toJavaDuration()) }
    refreshPeriod?.let { b.refreshPeriod(it.toJavaDuration()) }
    retries?.let { b.retries(it) }
    remoteEngine?.let { b.remoteEngine(it) }
    community?.let { b.community(it) }
    user?.let { b.user(it) }
    securityLevel?.let { b.securityLevel(it) }
    contextName?.let { b.contextName(it) }
    contextEngineId?.let { b.contextEngineId(it) }
    return b.build()
}
