package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.ManagerOptions
import io.ksnmp.coroutines.RemoteEngineInfo
import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.SecurityLevel
import java.net.InetSocketAddress

/** A manager's settings with any per-request overrides applied; immutable, shared by requests. */
internal class RequestSpec(
    val target: TargetAddress,
    val localAddress: InetSocketAddress?,
    val version: SnmpVersion,
    val community: ByteArray,
    val namespace: String,
    val userName: String?,
    val securityLevel: SecurityLevel?,
    val contextName: ByteArray,
    val contextEngineId: ByteArray?,
    val timeoutNanos: Long,
    val refreshNanos: Long,
    val checkSource: Boolean,
    val remoteEngine: RemoteEngineInfo?,
    /** The largest message this manager sends, and accepts (msgMaxSize in every SNMPv3 header). */
    val msgMaxSize: Int,
) {
    /** @return this with [options] applied (this itself when they change nothing) */
    fun with(options: RequestOptions?): RequestSpec {
        if (options == null) return this
        return RequestSpec(
            target = target,
            localAddress = localAddress,
            version = version,
            community = options.communityOrNull?.toByteArray() ?: community,
            namespace = namespace,
            userName = options.userOrNull ?: userName,
            securityLevel = options.securityLevelOrNull ?: securityLevel,
            contextName = options.contextNameOrNull?.toByteArray() ?: contextName,
            contextEngineId = options.contextEngineIdOrNull ?: contextEngineId,
            timeoutNanos = options.timeoutOrNull?.toNanos() ?: timeoutNanos,
            refreshNanos = options.refreshPeriodOrNull?.toNanos() ?: refreshNanos,
            checkSource = checkSource,
            remoteEngine = options.remoteEngineOrNull ?: remoteEngine,
            msgMaxSize = msgMaxSize,
        )
    }

    companion object {
        fun of(options: ManagerOptions, defaultVersion: SnmpVersion, defaultCommunity: String): RequestSpec = RequestSpec(
            target = TargetAddress(options.host, options.port, options.addressOrNull),
            localAddress = options.localAddressOrNull,
            version = options.versionOrNull ?: defaultVersion,
            community = (options.communityOrNull ?: defaultCommunity).toByteArray(),
            namespace = options.namespace,
            userName = options.userOrNull,
            securityLevel = options.securityLevelOrNull,
            contextName = options.contextName.toByteArray(),
            contextEngineId = options.contextEngineIdOrNull,
            timeoutNanos = options.timeout.toNanos(),
            refreshNanos = options.refreshPeriod.toNanos(),
            checkSource = options.checkSourceAddress,
            remoteEngine = options.remoteEngineOrNull,
            msgMaxSize = options.msgMaxSize,
        )
    }
}
