package io.ksnmp.cli

import java.net.Inet6Address
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * The agent as Net-SNMP's tools write it: `host`, `host:port`, `udp:host:port`, `udp6:[::1]:port`,
 * `[2001:db8::1]:161` or a bare IPv6 address (`::1`, port 161).
 */
internal data class AgentAddress(val host: String, val port: Int) {
    override fun toString(): String = if (':' in host) "[$host]:$port" else "$host:$port"

    /** As Net-SNMP writes a transport address: `udp:192.0.2.1:162`, `udp6:[::1]:162`. */
    fun toTransportString(): String = (if (':' in host) "udp6:" else "udp:") + this

    companion object {
        const val DEFAULT_PORT: Int = 161

        /** A socket address as the tool prints it: the host as a literal (no name lookup), IPv6 in its short form. */
        fun of(address: InetSocketAddress): AgentAddress = AgentAddress(address.address?.let(::literal) ?: address.hostString, address.port)

        /** `192.0.2.1`; `2001:db8::1` rather than Java's `2001:db8:0:0:0:0:0:1` (RFC 5952: the longest run of zero groups, the first if tied). */
        fun literal(address: InetAddress): String {
            if (address !is Inet6Address) return address.hostAddress
            val bytes = address.address
            val groups = IntArray(8) { ((bytes[2 * it].toInt() and 0xff) shl 8) or (bytes[2 * it + 1].toInt() and 0xff) }
            var bestStart = -1
            var bestLength = 1
            var i = 0
            while (i < 8) {
                var j = i
                while (j < 8 && groups[j] == 0) j++
                if (j - i > bestLength) {
                    bestStart = i
                    bestLength = j - i
                }
                i = maxOf(j, i + 1)
            }
            val hex = groups.map { Integer.toHexString(it) }
            val text = if (bestStart < 0) {
                hex.joinToString(":")
            } else {
                hex.subList(0, bestStart).joinToString(":") + "::" + hex.subList(bestStart + bestLength, 8).joinToString(":")
            }
            val scope = address.hostAddress.substringAfter('%', "")
            return if (scope.isEmpty()) text else "$text%$scope"
        }

        fun parse(text: String, defaultPort: Int = DEFAULT_PORT): AgentAddress {
            var rest = text
            for (transport in listOf("udp6:", "udpv6:", "udpipv6:", "udp:")) {
                if (rest.startsWith(transport, ignoreCase = true)) {
                    rest = rest.substring(transport.length)
                    break
                }
            }
            if (rest.matches(Regex("(?i)(tcp|tcp6|tls|dtls|unix|ssh):.*"))) {
                throw UsageException("only UDP agents are supported, not '$text'")
            }
            val (host, port) = when {
                rest.startsWith("[") -> {
                    val close = rest.indexOf(']')
                    if (close < 0) throw UsageException("no closing ']' in agent address '$text'")
                    val after = rest.substring(close + 1)
                    val port = when {
                        after.isEmpty() -> defaultPort
                        after.startsWith(":") -> port(after.substring(1), text)
                        else -> throw UsageException("cannot read agent address '$text'")
                    }
                    rest.substring(1, close) to port
                }
                rest.count { it == ':' } > 1 -> rest to defaultPort
                ':' in rest -> rest.substringBefore(':') to port(rest.substringAfter(':'), text)
                else -> rest to defaultPort
            }
            if (host.isEmpty()) throw UsageException("no host in agent address '$text'")
            return AgentAddress(host, port)
        }

        private fun port(text: String, whole: String): Int =
            text.toIntOrNull()?.takeIf { it in 1..65_535 } ?: throw UsageException("bad port '$text' in agent address '$whole'")
    }
}
