package io.ksnmp.cli

/**
 * The agent as Net-SNMP's tools write it: `host`, `host:port`, `udp:host:port`, `udp6:[::1]:port`,
 * `[2001:db8::1]:161` or a bare IPv6 address (`::1`, port 161).
 */
internal data class AgentAddress(val host: String, val port: Int) {
    override fun toString(): String = if (':' in host) "[$host]:$port" else "$host:$port"

    companion object {
        const val DEFAULT_PORT: Int = 161

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
