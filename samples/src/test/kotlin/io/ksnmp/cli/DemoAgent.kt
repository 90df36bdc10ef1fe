package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.SnmpAgent
import io.ksnmp.usm.SecurityLevel
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * The demo objects served by an embedded agent on a free loopback port, for tests: communities
 * `public` (read) and `private` (write), and the SNMPv3 user [USER] at authPriv, read-write.
 */
class DemoAgent private constructor(private val engine: SnmpEngine, val agent: SnmpAgent) : AutoCloseable {
    val address: InetSocketAddress get() = agent.address
    val registry: MibRegistry get() = agent.mib

    override fun close() = engine.close()

    companion object {
        const val USER: String = DemoUser.NAME
        const val AUTH_PASS: String = DemoUser.AUTH_PASS
        const val PRIV_PASS: String = DemoUser.PRIV_PASS

        @JvmStatic
        fun start(): DemoAgent {
            val engine = SnmpEngine()
            val user = DemoUser.usmUser()
            val options = AgentOptions.builder().address(InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .readCommunity("public").writeCommunity("private")
                .user(AgentUser(user, SecurityLevel.AUTH_PRIV, AgentAccess.READ_WRITE)).build()
            return DemoAgent(engine, engine.agent(options, DemoMib().registry))
        }
    }
}
