package io.ksnmp.coroutines.notification.internal

import java.net.InetSocketAddress

/**
 * The informs already delivered, by sender address and request-id (a resent inform keeps its
 * request-id, RFC 3416 §4.2.7) with the security it came under (community or user), the most
 * recent [capacity] kept; loop thread only.
 */
internal class InformDeduplicator(private val capacity: Int) {
    private data class Key(val source: InetSocketAddress, val requestId: Int)

    private val seen = object : LinkedHashMap<Key, ByteArray>(64, 0.75f, false) {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<Key, ByteArray>?): Boolean = size > capacity
    }

    /** @return whether this inform was delivered before, from the same source under the same [security] */
    fun wasDelivered(source: InetSocketAddress, requestId: Int, security: ByteArray): Boolean =
        seen[Key(source, requestId)]?.contentEquals(security) == true

    /** Remembers an inform as delivered. */
    fun delivered(source: InetSocketAddress, requestId: Int, security: ByteArray) {
        seen[Key(source, requestId)] = security
    }
}
