package io.ksnmp.coroutines.notification

import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.UsmUser
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * An SNMPv3 user that only one sender engine may use for its traps, as snmptrapd's
 * `createUser -e ENGINEID`: its keys are localized to that engine ID when the receiver starts.
 *
 * @property user the user
 */
public class SenderUser(engineId: ByteArray, public val user: UsmUser) {
    private val id = engineId.clone()

    /** @return a copy of the sender's snmpEngineID */
    public val engineId: ByteArray get() = id.clone()

    init {
        require(engineId.size in 5..32) { "an snmpEngineID has 5..32 octets" }
    }

    override fun toString(): String = "SenderUser(${user.nameAsText()} @ ${java.util.HexFormat.of().formatHex(id)})"
}

/**
 * How a [NotificationReceiver] listens and whom it accepts.
 *
 * ```
 * val options = NotificationReceiverOptions(
 *     addresses = listOf(InetSocketAddress("0.0.0.0", 1162), InetSocketAddress("::", 1162)),
 *     communities = setOf("public"),
 *     users = listOf(opsUser),                                   // traps from any engine, informs to this one
 *     senderUsers = listOf(SenderUser(routerEngineId, routerUser)), // traps from that engine only
 * )
 * ```
 * Java: `NotificationReceiverOptions.builder().address("0.0.0.0", 1162).community("public").user(ops).build()`.
 *
 * Communities: with none given, v1 and v2c notifications are dropped ([DropReason.WRONG_COMMUNITY]
 * [io.ksnmp.coroutines.DropReason]) unless [acceptAnyCommunity] is set, as snmptrapd's
 * `disableAuthorization`. SNMPv3: a trap is secured with keys localized to its sender's engine ID
 * (the sender is authoritative for its traps), so a user of [users] is localized per new sender
 * engine on first sight, off the event loop; an inform is secured for this receiver's engine
 * (its engine's identity), which answers discovery and sends the USM reports. noAuthNoPriv
 * notifications are accepted only from a user the receiver knows.
 *
 * @property addresses the local addresses and UDP ports to bind, one socket each (port 0: a free
 *     port, the same on every address when it can be had). Default: `[::]:162`, one dual-stack
 *     socket receiving IPv4 and IPv6 (senders' IPv4 addresses are given as IPv4); do not list both
 *     wildcards (`0.0.0.0` and `::`) on one port, as `::` already has it. Where IPv6 is disabled, give `0.0.0.0`.
 * @property communities the accepted communities (v1, v2c)
 * @property acceptAnyCommunity accept v1 and v2c notifications whatever their community (off by default)
 * @property users SNMPv3 users accepted from any sender engine (traps) and for informs
 * @property senderUsers SNMPv3 users accepted only from one sender engine
 * @property versions the versions accepted; others are dropped and counted
 * @property bufferCapacity how many notifications wait for a slow collector; when full, newly
 *     arrived ones are dropped and counted (an inform dropped so is not acknowledged, so its sender
 *     sends it again). A listener (see [io.ksnmp.coroutines.SnmpEngine.notificationReceiver]) has no buffer.
 * @property maxSenderEngines how many SNMPv3 sender engines are remembered (their boots and time for
 *     the time window, the keys localized for them); the least recently heard is forgotten first
 * @property maxMessageSize the largest acknowledgement or report sent, 484..65,507
 */
public class NotificationReceiverOptions(
    addresses: List<InetSocketAddress> = listOf(InetSocketAddress(ANY_IPV6, DEFAULT_PORT)),
    communities: Set<String> = emptySet(),
    public val acceptAnyCommunity: Boolean = false,
    users: List<UsmUser> = emptyList(),
    senderUsers: List<SenderUser> = emptyList(),
    versions: Set<SnmpVersion> = SnmpVersion.entries.toSet(),
    public val bufferCapacity: Int = DEFAULT_BUFFER_CAPACITY,
    public val maxSenderEngines: Int = DEFAULT_MAX_SENDER_ENGINES,
    public val maxMessageSize: Int = 65_507,
) {
    public val addresses: List<InetSocketAddress> = addresses.toList()
    public val communities: Set<String> = communities.toSet()
    public val users: List<UsmUser> = users.toList()
    public val senderUsers: List<SenderUser> = senderUsers.toList()
    public val versions: Set<SnmpVersion> = versions.toSet()

    init {
        require(this.addresses.isNotEmpty()) { "a receiver needs at least one address" }
        require(bufferCapacity >= 1) { "bufferCapacity must be at least 1" }
        require(maxSenderEngines >= 1) { "maxSenderEngines must be at least 1" }
        require(maxMessageSize in 484..65_507) { "maxMessageSize is 484..65507" }
        require(this.users.map { it.nameAsText() }.distinct().size == this.users.size) { "user names must differ" }
    }

    override fun toString(): String =
        "NotificationReceiverOptions($addresses, versions=$versions, ${communities.size} communities${if (acceptAnyCommunity) " (any accepted)" else ""}, " +
            "${users.size} users, ${senderUsers.size} sender users, buffer=$bufferCapacity)"

    /** Builds [NotificationReceiverOptions]; for Java callers. */
    public class Builder private constructor() {
        private val addresses = ArrayList<InetSocketAddress>()
        private val communities = LinkedHashSet<String>()
        private var acceptAnyCommunity = false
        private val users = ArrayList<UsmUser>()
        private val senderUsers = ArrayList<SenderUser>()
        private var versions: Set<SnmpVersion> = SnmpVersion.entries.toSet()
        private var bufferCapacity = DEFAULT_BUFFER_CAPACITY
        private var maxSenderEngines = DEFAULT_MAX_SENDER_ENGINES
        private var maxMessageSize = 65_507

        /** @param address a local address and port to bind (repeatable; default `[::]:162`, IPv4 and IPv6) */
        public fun address(address: InetSocketAddress): Builder = apply { addresses.add(address) }

        /** @param host a local address literal or host name @param port the port, 0 for a free one */
        public fun address(host: String, port: Int): Builder = apply { addresses.add(InetSocketAddress(host, port)) }

        /** @param community an accepted community (repeatable) */
        public fun community(community: String): Builder = apply { communities.add(community) }

        /** @param accept whether any community is accepted */
        public fun acceptAnyCommunity(accept: Boolean): Builder = apply { acceptAnyCommunity = accept }

        /** @param user an SNMPv3 user accepted from any sender engine and for informs */
        public fun user(user: UsmUser): Builder = apply { users.add(user) }

        /** @param user an SNMPv3 user accepted only in traps from the engine [engineId] */
        public fun user(user: UsmUser, engineId: ByteArray): Builder = apply { senderUsers.add(SenderUser(engineId, user)) }

        /** @param versions the versions accepted */
        public fun versions(vararg versions: SnmpVersion): Builder = apply { this.versions = versions.toSet() }

        /** @param capacity how many notifications wait for a slow collector */
        public fun bufferCapacity(capacity: Int): Builder = apply { bufferCapacity = capacity }

        /** @param count how many sender engines are remembered */
        public fun maxSenderEngines(count: Int): Builder = apply { maxSenderEngines = count }

        /** @param bytes the largest message sent */
        public fun maxMessageSize(bytes: Int): Builder = apply { maxMessageSize = bytes }

        /** @return the options */
        public fun build(): NotificationReceiverOptions = NotificationReceiverOptions(
            if (addresses.isEmpty()) listOf(InetSocketAddress(ANY_IPV6, DEFAULT_PORT)) else addresses,
            communities, acceptAnyCommunity, users, senderUsers, versions, bufferCapacity, maxSenderEngines, maxMessageSize,
        )

        internal companion object {
            @JvmSynthetic internal fun create(): Builder = Builder()
        }
    }

    /** The defaults and the Java builder. */
    public companion object {
        /** The notification port, 162 (RFC 3417). */
        public const val DEFAULT_PORT: Int = 162

        /** The default [bufferCapacity]: 65,536 notifications. */
        public const val DEFAULT_BUFFER_CAPACITY: Int = 65_536

        /** The default [maxSenderEngines]: 10,000. */
        public const val DEFAULT_MAX_SENDER_ENGINES: Int = 10_000

        private val ANY_IPV6: InetAddress = InetAddress.getByAddress(ByteArray(16))

        /** @return a builder of options */
        @JvmStatic
        public fun builder(): Builder = Builder.create()
    }
}
