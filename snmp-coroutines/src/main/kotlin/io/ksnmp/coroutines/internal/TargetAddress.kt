package io.ksnmp.coroutines.internal

import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * Where a manager sends: an address literal is parsed at once; a host name is resolved once, off
 * the event loop, on the first request, and kept for the manager's life.
 */
internal class TargetAddress(val host: String, val port: Int, given: InetSocketAddress?) {
    @Volatile
    var resolvedOrNull: InetSocketAddress? = given ?: literalOrNull(host, port)

    /** Resolves the host name; blocking, so never on the loop thread. */
    fun resolveBlocking(): InetSocketAddress {
        resolvedOrNull?.let { return it }
        val address = InetSocketAddress(InetAddress.getByName(host), port)
        resolvedOrNull = address
        return address
    }

    override fun toString(): String = resolvedOrNull?.toString() ?: "$host:$port"

    private companion object {
        private val IPV4_LITERAL = Regex("""\d{1,3}(\.\d{1,3}){3}""")

        /** Parses an IPv4 or IPv6 literal without touching DNS; null for anything else. */
        fun literalOrNull(host: String, port: Int): InetSocketAddress? {
            val bare = host.removePrefix("[").removeSuffix("]")
            val literal = IPV4_LITERAL.matches(bare) || (bare.contains(':') && bare.all { it.isLetterOrDigit() || it == ':' || it == '.' || it == '%' })
            // InetAddress.getByName does no lookup for a literal address.
            return if (literal) InetSocketAddress(InetAddress.getByName(bare), port) else null
        }
    }
}
