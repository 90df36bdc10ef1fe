package io.ksnmp.samples.dsl

import io.ksnmp.dsl.get
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import java.net.InetSocketAddress
import kotlin.time.Duration.Companion.seconds

/**
 * An engine and its SNMPv3 users declared in one block, a manager for one agent with its own
 * settings, and a typed get over SNMPv3 authPriv (discovery and key localization automatic).
 *
 * ```
 * val name = dslEngineSample(agent, "ops", "auth-password", "priv-password")
 * ```
 *
 * @return the agent's sysName
 */
public suspend fun dslEngineSample(agent: InetSocketAddress, user: String, authPassword: String, privPassword: String): String =
    snmpEngine {
        user(user) {
            auth(AuthProtocol.HMAC_SHA_256_192, authPassword)
            priv(PrivProtocol.AES128, privPassword)
        }
    }.use { engine ->
        val router = engine.manager(agent) {
            this.user = user                            // SNMPv3 is the default version; the level is the user's highest
            timeout = 5.seconds
        }
        router.get(SystemGroup.sysName)
    }
