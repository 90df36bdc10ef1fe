package io.ksnmp.samples

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.UsmUser
import java.net.InetSocketAddress

/**
 * SNMPv3 with a USM user at authPriv (SHA-256, AES-128). The engine discovers the agent's engine
 * ID, boots and time on the first request and shares them with every later one; keys are
 * localized off the event loop.
 *
 * ```
 * val answer = usmSample(engine, agent, "admin", "auth-password", "priv-password")
 * ```
 */
public suspend fun usmSample(engine: SnmpEngine, agent: InetSocketAddress, user: String, authPassword: String, privPassword: String): VarBindList {
    engine.addUser(
        UsmUser.builder(user)
            .auth(AuthProtocol.HMAC_SHA_256_192, authPassword)
            .priv(PrivProtocol.AES128, privPassword)
            .build(),
    )
    val router = engine.manager(agent, user = user)     // SNMPv3 is the default; the level is the user's highest
    return router.get("1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.3.0")
}
