package io.ksnmp.coroutines

import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.UsmCrypto
import java.nio.file.Path
import kotlin.time.Duration
import kotlin.time.toKotlinDuration

/**
 * Builds an [SnmpEngine]; for Java callers (Kotlin callers use the constructor's named arguments).
 *
 * ```
 * try (SnmpEngine engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).stateFile(Path.of("ksnmp.state")).build()) { ... }
 * ```
 */
public class SnmpEngineBuilder private constructor() {
    private var defaultVersion: SnmpVersion = SnmpVersion.V3
    private var receiveBufferSize: Int? = SnmpEngine.DEFAULT_RECEIVE_BUFFER
    private var packetTrace: PacketTraceListener? = null
    private var droppedMessages: DroppedMessageListener? = null
    private var crypto: UsmCrypto? = null
    private var busyPoll: Duration? = null
    private var batchedIo: Boolean = true
    private var defaultCommunity: String = "public"
    private var engineId: ByteArray? = null
    private var stateFile: Path? = null

    /** @param version the version of managers that do not name one (default v3) */
    public fun defaultVersion(version: SnmpVersion): SnmpEngineBuilder = apply { defaultVersion = version }

    /** @param bytes SO_RCVBUF asked for the engine's sockets (default 4 MiB; the kernel may cap it) */
    public fun receiveBufferSize(bytes: Int): SnmpEngineBuilder = apply { receiveBufferSize = bytes }

    /** @param listener sees every datagram sent and received */
    public fun packetTrace(listener: PacketTraceListener): SnmpEngineBuilder = apply { packetTrace = listener }

    /** @param listener told about every dropped datagram */
    public fun droppedMessages(listener: DroppedMessageListener): SnmpEngineBuilder = apply { droppedMessages = listener }

    /** @param crypto the USM primitives (default: the JDK's) */
    public fun crypto(crypto: UsmCrypto): SnmpEngineBuilder = apply { this.crypto = crypto }

    /**
     * Replaces the adaptive busy polling (the default) with a fixed window, or none.
     *
     * ```
     * SnmpEngine polls = SnmpEngine.builder().busyPoll(Duration.ofNanos(100_000)).build();
     * SnmpEngine sleeps = SnmpEngine.builder().busyPoll(Duration.ZERO).build();
     * ```
     *
     * @param time how long the event loop polls without blocking, requests pending, before it
     *     sleeps; zero: it sleeps at once. See [SnmpEngine]'s `busyPoll`
     */
    public fun busyPoll(time: java.time.Duration): SnmpEngineBuilder = apply {
        require(!time.isNegative) { "the busy-poll time must not be negative" }
        busyPoll = time.toKotlinDuration()
    }

    /**
     * Goes back to the adaptive busy polling, the default: the loop polls while an answer is due
     * within twice the round trip it observes, when that is under 100 µs.
     *
     * ```
     * SnmpEngine engine = SnmpEngine.builder().adaptiveBusyPoll().build();
     * ```
     */
    public fun adaptiveBusyPoll(): SnmpEngineBuilder = apply { busyPoll = null }

    /** @param engineId this engine's snmpEngineID, 5..32 octets (default: the state file's, else a new one) */
    public fun engineId(engineId: ByteArray): SnmpEngineBuilder = apply {
        require(engineId.size in 5..32) { "an snmpEngineID has 5..32 octets" }
        this.engineId = engineId.clone()
    }

    /** @param path where the engine ID and boots persist; see [SnmpEngine]'s `stateFile` */
    public fun stateFile(path: Path): SnmpEngineBuilder = apply { stateFile = path }

    /**
     * ```
     * SnmpEngine engine = SnmpEngine.builder().batchedIo(false).build(); // every socket on NIO
     * ```
     *
     * @param enabled whether sockets may read and write in batches where the JVM allows it
     *     (default true); see [SnmpEngine.usesBatchedIo]
     */
    public fun batchedIo(enabled: Boolean): SnmpEngineBuilder = apply { batchedIo = enabled }

    /** @param community the community of v1 and v2c managers that name none (default "public") */
    public fun defaultCommunity(community: String): SnmpEngineBuilder = apply { defaultCommunity = community }

    /**
     * @return a running engine
     * @throws io.ksnmp.coroutines.agent.AgentStateException if the state file cannot be read, written or locked
     */
    public fun build(): SnmpEngine = SnmpEngine(
        defaultVersion, receiveBufferSize, packetTrace, droppedMessages, crypto ?: JceUsmCrypto.create(), null, busyPoll, engineId, stateFile,
        batchedIo, defaultCommunity,
    )

    internal companion object {
        @JvmSynthetic internal fun create(): SnmpEngineBuilder = SnmpEngineBuilder()
    }
}
