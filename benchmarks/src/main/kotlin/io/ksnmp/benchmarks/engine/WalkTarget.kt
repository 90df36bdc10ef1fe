package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.message.SnmpVersion
import java.net.InetSocketAddress
import kotlin.time.toKotlinDuration

/**
 * The engine and manager the Kotlin walk clients read the table through: v2c, receive buffer
 * [GetClient.RECEIVE_BUFFER], timeout and refresh period [WalkClient.TIMEOUT] (no resend), and
 * [busyPoll] (null: the engine's default, adaptive polling).
 */
internal class WalkTarget(agent: InetSocketAddress, busyPoll: java.time.Duration?) : AutoCloseable {
    val engine: SnmpEngine = SnmpEngine(
        defaultVersion = SnmpVersion.V2C, receiveBufferSize = GetClient.RECEIVE_BUFFER, busyPoll = busyPoll?.toKotlinDuration(),
    )
    private val timeout = WalkClient.TIMEOUT.toKotlinDuration()
    val manager: SnmpManager =
        engine.manager(agent, version = SnmpVersion.V2C, community = GetClient.COMMUNITY, timeout = timeout, refreshPeriod = timeout)

    override fun close() {
        engine.close()
    }
}
