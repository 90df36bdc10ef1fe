package io.ksnmp.coroutines

import io.ksnmp.pdu.PduType
import io.ksnmp.usm.UsmStats
import java.net.InetSocketAddress
import kotlinx.coroutines.channels.BufferOverflow
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow

/**
 * Something an engine, its agents or its notification receivers did that an application may want
 * to see (IPWorks' events): reports, discovery exchanges, dropped datagrams. Delivered to every
 * [SnmpEventListener] added with [SnmpEngine.addEventListener], or as [SnmpEngine.events] in
 * Kotlin, on the engine's event loop. No event carries a secret: a dropped datagram's community is
 * masked, or the octets withheld, as in the packet trace.
 *
 * ```
 * engine.addEventListener { e -> if (e is SnmpEvent.ReportReceived && !e.authenticated) log.warn("forged? $e") }
 * ```
 */
public sealed class SnmpEvent {
    /** Where the message came from, or went to. */
    public abstract val peer: InetSocketAddress

    /**
     * A Report a manager received for one of its requests.
     *
     * @property counter the usmStats… (or other) counter the Report names, or null if ksnmp does not know it
     * @property authenticated whether the Report was authenticated (an unauthenticated one may be forged)
     * @property requestType the type of the request it concerned
     */
    public class ReportReceived private constructor(
        override val peer: InetSocketAddress,
        public val counter: UsmStats?,
        public val authenticated: Boolean,
        public val requestType: PduType,
    ) : SnmpEvent() {
        override fun toString(): String = "report ${counter ?: "(unknown counter)"} from $peer for a $requestType, ${if (authenticated) "authenticated" else "unauthenticated"}"

        internal companion object {
            @JvmSynthetic internal fun create(
                peer: InetSocketAddress,
                counter: UsmStats?,
                authenticated: Boolean,
                requestType: PduType,
            ): ReportReceived = ReportReceived(peer, counter, authenticated, requestType)
        }
    }

    /**
     * A manager completed SNMPv3 discovery of an agent's engine.
     *
     * @property engine what it learned: engine ID, boots and time
     */
    public class DiscoveryCompleted private constructor(override val peer: InetSocketAddress, public val engine: RemoteEngineInfo) : SnmpEvent() {
        override fun toString(): String = "discovered $peer: $engine"

        internal companion object {
            @JvmSynthetic internal fun create(
                peer: InetSocketAddress,
                engine: RemoteEngineInfo,
            ): DiscoveryCompleted = DiscoveryCompleted(peer, engine)
        }
    }

    /** This engine's agent or notification receiver answered a discovery probe (RFC 3414 §4) from [peer]. */
    public class ProbeAnswered private constructor(override val peer: InetSocketAddress) : SnmpEvent() {
        override fun toString(): String = "answered a discovery probe from $peer"

        internal companion object {
            @JvmSynthetic internal fun create(peer: InetSocketAddress): ProbeAnswered = ProbeAnswered(peer)
        }
    }

    /**
     * A datagram dropped, and why ([dropped], as a [DroppedMessageListener] hears it), with its
     * octets: the community masked with `*`, or none at all ([bytesWithheld]) when it cannot be
     * located in a datagram that does not decode.
     */
    public class DatagramDropped private constructor(
        /** The datagram's sender and why it was dropped. */
        public val dropped: DroppedMessage,
        private val octets: ByteArray,
        /** Whether the octets were withheld because a community might be in them, unlocated. */
        public val bytesWithheld: Boolean,
    ) : SnmpEvent() {
        override val peer: InetSocketAddress get() = dropped.peer

        /** A copy of the datagram's octets, community masked (empty if [bytesWithheld]). */
        public val bytes: ByteArray get() = octets.clone()

        override fun toString(): String = "$dropped${if (bytesWithheld) ", octets withheld" else ""}"

        internal companion object {
            @JvmSynthetic internal fun create(
                dropped: DroppedMessage,
                octets: ByteArray,
                bytesWithheld: Boolean,
            ): DatagramDropped = DatagramDropped(dropped, octets, bytesWithheld)
        }
    }
}

/**
 * Hears an engine's [SnmpEvent]s, on its event loop: quick, never blocking. Exceptions it throws are ignored.
 *
 * ```
 * AutoCloseable subscription = engine.addEventListener(e -> events.offer(e));
 * ```
 */
public fun interface SnmpEventListener {
    /** @param event what happened */
    public fun onEvent(event: SnmpEvent)
}

/**
 * This engine's [SnmpEvent]s as a flow, from when it is collected until the collection ends;
 * each collector has its own listener ([SnmpEngine.addEventListener]), and a collector slower than
 * the events loses the oldest beyond [bufferCapacity] rather than holding up the event loop.
 *
 * ```
 * engine.events().filterIsInstance<SnmpEvent.ReportReceived>().collect { println(it) }
 * ```
 */
@JvmSynthetic
public fun SnmpEngine.events(bufferCapacity: Int = 1_024): Flow<SnmpEvent> =
    callbackFlow {
        val subscription = addEventListener { trySend(it) }
        awaitClose { subscription.close() }
    }.buffer(bufferCapacity, BufferOverflow.DROP_OLDEST)
