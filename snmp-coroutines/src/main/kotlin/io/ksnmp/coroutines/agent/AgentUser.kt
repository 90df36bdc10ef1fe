package io.ksnmp.coroutines.agent

import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser

/** What an agent lets a community or an SNMPv3 user do. */
public enum class AgentAccess {
    /** get, get-next, get-bulk; a set is answered noAccess (SNMPv1: noSuchName). */
    READ_ONLY,

    /** Everything, sets included. */
    READ_WRITE,
}

/**
 * An SNMPv3 user of an agent: its credentials, the lowest security level the agent serves it at
 * (a request below it is answered authorizationError) and its access.
 *
 * ```
 * AgentUser(UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass").priv(PrivProtocol.AES128, "priv-pass").build(),
 *     minLevel = SecurityLevel.AUTH_PRIV, access = AgentAccess.READ_WRITE)
 * ```
 *
 * @property user the credentials (secrets never leave them)
 * @property minLevel the lowest level served; by default the user's own level
 * @property access read-only or read-write
 */
public class AgentUser @JvmOverloads constructor(
    public val user: UsmUser,
    public val minLevel: SecurityLevel = user.defaultSecurityLevel(),
    public val access: AgentAccess = AgentAccess.READ_ONLY,
) {
    init {
        require(user.supports(minLevel)) { "the user cannot reach $minLevel" }
    }

    override fun toString(): String = "AgentUser(${user.nameAsText()}, min $minLevel, $access)"
}
