package io.ksnmp.dsl

import io.ksnmp.coroutines.DroppedMessageListener
import io.ksnmp.coroutines.PacketTraceListener
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.UsmCrypto
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.Job
import java.nio.file.Path
import kotlin.time.Duration

/**
 * Makes and starts an [SnmpEngine] with its SNMPv3 users.
 *
 * ```
 * val engine = snmpEngine {
 *     defaultVersion = SnmpVersion.V2C
 *     stateFile = Path.of("ksnmp.state")          // engine ID and boots kept across restarts
 *     busyPoll = 100.microseconds
 *     droppedMessages { dropped -> metrics.count(dropped.reason) }
 *     user("admin") {
 *         auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass")
 *         priv(PrivProtocol.AES128, "priv-pass")
 *     }
 *     namespace("site-a") { user("ops") { auth(AuthProtocol.HMAC_SHA_96, "site-a-pass") } }
 * }
 * engine.use { val router = it.manager("192.0.2.1") { user = "admin" } }
 * ```
 *
 * @throws IllegalArgumentException for an invalid setting or user (a short passphrase, privacy without authentication…)
 * @throws io.ksnmp.coroutines.agent.AgentStateException if the state file cannot be read, written or locked
 */
public fun snmpEngine(block: EngineBuilder.() -> Unit = {}): SnmpEngine = EngineBuilder().apply(block).build()

/**
 * The settings of an engine made by [snmpEngine]; each property is the [SnmpEngine] constructor
 * parameter of the same name, with the same default.
 */
@SnmpDsl
public class EngineBuilder internal constructor() {
    /** The version of managers that name none (default SNMPv3). */
    public var defaultVersion: SnmpVersion = SnmpVersion.V3

    /** SO_RCVBUF asked for the engine's sockets, or null for the system's (default 4 MiB). */
    public var receiveBufferSize: Int? = SnmpEngine.DEFAULT_RECEIVE_BUFFER

    private var engineIdValue: ByteArray? = null

    /** This engine's snmpEngineID (5..32 octets), or null for the state file's, else a random one; copied both ways. */
    public var engineId: ByteArray?
        get() = engineIdValue?.clone()
        set(value) {
            require(value == null || value.size in 5..32) { "an snmpEngineID has 5..32 octets" }
            engineIdValue = value?.clone()
        }

    /** Where the engine ID and snmpEngineBoots persist, or null to keep nothing. */
    public var stateFile: Path? = null

    /**
     * How long the event loop polls without blocking while requests wait: null (the default) for
     * the adaptive polling, driven by the round trips the engine observes; zero never polls; see [SnmpEngine].
     */
    public var busyPoll: Duration? = null

    /** Whether sockets may read and write datagrams in batches where the JVM allows it (default true). */
    public var batchedIo: Boolean = true

    /** The community of v1 and v2c managers that name none (default "public"). */
    public var defaultCommunity: String = "public"

    /** The USM primitives, or null for the JDK's. */
    public var crypto: UsmCrypto? = null

    /** A job whose end closes the engine, or null. */
    public var parent: Job? = null

    private var packetTrace: PacketTraceListener? = null
    private var droppedMessages: DroppedMessageListener? = null
    private val users = ArrayList<Triple<String, UsmUser, Boolean>>()

    /**
     * Sees every datagram sent and received, secrets masked (on the event loop: quick, never blocking).
     *
     * ```
     * packetTrace { event -> log.debug(event.toString()) }
     * ```
     */
    public fun packetTrace(listener: PacketTraceListener) {
        packetTrace = listener
    }

    /**
     * Told about every received datagram that was dropped, and why (on the event loop).
     *
     * ```
     * droppedMessages { dropped -> metrics.count(dropped.reason) }
     * ```
     */
    public fun droppedMessages(listener: DroppedMessageListener) {
        droppedMessages = listener
    }

    /**
     * An SNMPv3 user of the default namespace ("").
     *
     * @param name the user's name
     * @param default whether it becomes the namespace's default user (else the first one is)
     */
    public fun user(name: String, default: Boolean = false, block: UserBuilder.() -> Unit = {}) {
        users.add(Triple("", UserBuilder(name).apply(block).build(), default))
    }

    /** A user made elsewhere (see [usmUser]), in the default namespace. */
    public fun user(user: UsmUser, default: Boolean = false) {
        users.add(Triple("", user, default))
    }

    /**
     * Users of a namespace: the same name may carry different credentials in different
     * namespaces (one per group of agents); a manager picks its namespace.
     */
    public fun namespace(name: String, block: NamespaceBuilder.() -> Unit) {
        NamespaceBuilder(name) { ns, u, d -> users.add(Triple(ns, u, d)) }.apply(block)
    }

    internal fun build(): SnmpEngine {
        val engine = SnmpEngine(
            defaultVersion = defaultVersion,
            receiveBufferSize = receiveBufferSize,
            packetTrace = packetTrace,
            droppedMessages = droppedMessages,
            crypto = crypto ?: JceUsmCrypto.create(),
            parent = parent,
            busyPoll = busyPoll,
            engineId = engineIdValue,
            stateFile = stateFile,
            batchedIo = batchedIo,
            defaultCommunity = defaultCommunity,
        )
        try {
            for ((namespace, user, default) in users) engine.addUser(user, namespace, default)
        } catch (e: Throwable) {
            engine.close()
            throw e
        }
        return engine
    }

    override fun toString(): String = "EngineBuilder(default $defaultVersion, ${users.size} users)"
}
