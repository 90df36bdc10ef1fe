package io.ksnmp.coroutines.notification.internal

import java.net.InetSocketAddress

/**
 * The informs already delivered, by sender address and request-id (a resent inform keeps its
 * request-id, RFC 3416 §4.2.7), the most recent [capacity] kept; loop thread only.
 */
internal class InformDeduplicator(private val capacity: Int) {
    private data class Key(val source: InetSocketAddress, val requestId: Int, val security: String)

    private val seen = object : LinkedHashMap<Key, Unit>(64, 0.75f, false) {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<Key, Unit>?): Boolean = size > capacity
    }

    /** @return whether this inform was delivered before */
    fun wasDelivered(source: InetSocketAddress, requestId: Int, security: String): Boolean = Key(source, requestId, security) in seen

    /** Remembers an inform as delivered. */
    fun delivered(source: InetSocketAddress, requestId: Int, security: String) {
        seen[Key(source, requestId, security)] = Unit
    }
}
