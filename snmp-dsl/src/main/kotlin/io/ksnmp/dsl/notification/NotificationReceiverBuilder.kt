package io.ksnmp.dsl.notification

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.SnmpAgent
import io.ksnmp.coroutines.notification.NotificationListener
import io.ksnmp.coroutines.notification.NotificationReceiver
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.coroutines.notification.SenderUser
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.UserBuilder
import io.ksnmp.dsl.usmUser
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.UsmUser
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * Starts a notification receiver on this engine, its notifications buffered for
 * [NotificationReceiver.notifications].
 *
 * ```
 * val receiver = engine.notificationReceiver {
 *     port = 1162                                   // on [::], IPv4 and IPv6; or address("127.0.0.1", 0)
 *     community("public")
 *     user("ops") { auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass"); priv(PrivProtocol.AES128, "priv-pass") }
 *     user("router", senderEngineId = routerEngineId) { auth(AuthProtocol.HMAC_SHA_96, "router-pass") }
 * }
 * launch { receiver.notifications.collect { n -> println("${n.source}: ${n.trapOid}") } }
 * ```
 *
 * @throws java.io.IOException if a socket cannot be bound
 */
public fun SnmpEngine.notificationReceiver(block: NotificationReceiverBuilder.() -> Unit): NotificationReceiver =
    notificationReceiver(notificationReceiverOptions(block))

/**
 * A receiver handing each notification to [listener] on the event loop, with no buffer (the
 * listener must be quick and must not block).
 *
 * ```
 * engine.notificationReceiver({ community("public") }) { n -> queue.offer(n) }
 * ```
 */
public fun SnmpEngine.notificationReceiver(block: NotificationReceiverBuilder.() -> Unit, listener: NotificationListener): NotificationReceiver =
    notificationReceiver(notificationReceiverOptions(block), listener)

/**
 * A receiver on this agent's own socket (see [SnmpAgent.notificationReceiver]); addresses set in [block] are not used.
 *
 * ```
 * val informs = agent.notificationReceiver { community("public") }
 * ```
 */
public fun SnmpAgent.notificationReceiver(block: NotificationReceiverBuilder.() -> Unit): NotificationReceiver =
    notificationReceiver(notificationReceiverOptions(block))

/**
 * A receiver's options as a value.
 *
 * ```
 * val options = notificationReceiverOptions { address("0.0.0.0", 162); community("public"); bufferCapacity = 1_024 }
 * ```
 */
public fun notificationReceiverOptions(block: NotificationReceiverBuilder.() -> Unit): NotificationReceiverOptions =
    NotificationReceiverBuilder().apply(block).build()

/**
 * Whom a notification receiver accepts and where it listens: each setting is the
 * [NotificationReceiverOptions] property of the same meaning, with the same default. Communities
 * and secrets are never printed.
 */
@SnmpDsl
public class NotificationReceiverBuilder internal constructor() {
    private val addresses = ArrayList<InetSocketAddress>()
    private val communities = LinkedHashSet<String>()
    private val users = ArrayList<UsmUser>()
    private val senderUsers = ArrayList<SenderUser>()

    /**
     * The port of the one dual-stack wildcard socket (`[::]`, IPv4 and IPv6) when no [address] is
     * given; 0 for a free one (see [NotificationReceiver.addresses]). Default 162.
     */
    public var port: Int = NotificationReceiverOptions.DEFAULT_PORT

    /** Accept v1 and v2c notifications whatever their community (default false). */
    public var acceptAnyCommunity: Boolean = false

    /** The versions accepted (default all). */
    public var versions: Set<SnmpVersion> = SnmpVersion.entries.toSet()

    /** How many notifications wait for a slow collector. */
    public var bufferCapacity: Int = NotificationReceiverOptions.DEFAULT_BUFFER_CAPACITY

    /** How many SNMPv3 sender engines are remembered. */
    public var maxSenderEngines: Int = NotificationReceiverOptions.DEFAULT_MAX_SENDER_ENGINES

    /** The largest acknowledgement or report sent, 484..65,507. */
    public var maxMessageSize: Int = 65_507

    /** A local address and port to bind (repeatable); with none, `[::]:`[port]. */
    public fun address(address: InetSocketAddress) {
        addresses.add(address)
    }

    /** A local address literal or host name and a port (0: a free one). */
    public fun address(host: String, port: Int) {
        addresses.add(InetSocketAddress(host, port))
    }

    /** Accepted communities (v1, v2c); repeatable. */
    public fun community(vararg community: String) {
        communities.addAll(community)
    }

    /**
     * An SNMPv3 user: accepted in traps from any sender engine and in informs to this receiver,
     * or, with [senderEngineId], only in traps from that engine (snmptrapd's `createUser -e`).
     */
    public fun user(name: String, senderEngineId: ByteArray? = null, block: UserBuilder.() -> Unit = {}) {
        user(usmUser(name, block), senderEngineId)
    }

    /** A user made elsewhere (see [usmUser]). */
    public fun user(user: UsmUser, senderEngineId: ByteArray? = null) {
        if (senderEngineId == null) users.add(user) else senderUsers.add(SenderUser(senderEngineId, user))
    }

    internal fun build(): NotificationReceiverOptions = NotificationReceiverOptions(
        addresses = addresses.ifEmpty { listOf(InetSocketAddress(InetAddress.getByAddress(ByteArray(16)), port)) },
        communities = communities,
        acceptAnyCommunity = acceptAnyCommunity,
        users = users,
        senderUsers = senderUsers,
        versions = versions,
        bufferCapacity = bufferCapacity,
        maxSenderEngines = maxSenderEngines,
        maxMessageSize = maxMessageSize,
    )

    override fun toString(): String =
        "NotificationReceiverBuilder(${addresses.ifEmpty { listOf("[::]:$port") }}, ${communities.size} communities, ${users.size + senderUsers.size} users)"
}
