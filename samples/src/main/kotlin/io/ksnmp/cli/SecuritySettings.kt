package io.ksnmp.cli

import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser

/**
 * The SNMPv3 user and level of a command line: `-u`, `-l`, `-a`/`-A`, `-x`/`-X`, or keys in place
 * of the passphrases (`-3m`/`-3M`/`-3k`/`-3K`, see [UsmSecrets]).
 *
 * Without `-l` the level is the highest the given secrets allow (Net-SNMP would fall back to
 * noAuthNoPriv). Without `-a` or `-x` the protocols are [DEFAULT_AUTH] and [DEFAULT_PRIV]
 * (Net-SNMP's usual builds default to MD5 and DES: [DefaultProtocolHint]).
 */
internal class SecuritySettings(val user: UsmUser, val level: SecurityLevel) {
    companion object {
        val DEFAULT_AUTH: AuthProtocol = AuthProtocol.HMAC_SHA_96
        val DEFAULT_PRIV: PrivProtocol = PrivProtocol.AES128

        /** @param securityEngineId the agent's engine ID when known (`-e`): keys localized by `-3k`/`-3K` need it */
        fun from(args: Arguments, securityEngineId: ByteArray? = null): SecuritySettings {
            val name = args.value("u") ?: throw UsageException("SNMPv3 needs a user name (-u NAME)")
            val secrets = UsmSecrets.from(args, securityEngineId)
            val auth = secrets.auth
            val priv = secrets.priv
            if (args.has("a") && auth == null) throw UsageException("-a needs an authentication passphrase (-A) or key (-3m, -3k)")
            if (args.has("x") && priv == null) throw UsageException("-x needs a privacy passphrase (-X) or key (-3M, -3K)")
            if (priv != null && auth == null) throw UsageException("privacy (-X) needs authentication (-A) too")
            val possible = when {
                priv != null -> SecurityLevel.AUTH_PRIV
                auth != null -> SecurityLevel.AUTH_NO_PRIV
                else -> SecurityLevel.NO_AUTH_NO_PRIV
            }
            val level = args.value("l")?.let(ProtocolNames::level) ?: possible
            if (level.isPriv && priv == null) throw UsageException("authPriv needs a privacy passphrase (-X) or key (-3M, -3K)")
            if (level.isAuth && auth == null) throw UsageException("${if (level.isPriv) "authPriv" else "authNoPriv"} needs an authentication passphrase (-A) or key (-3m, -3k)")
            val builder = try {
                UsmUser.builder(name)
            } catch (e: IllegalArgumentException) {
                throw UsageException("a user name has 1 to 32 octets")
            }
            val authProtocol = args.value("a")?.let(ProtocolNames::auth) ?: DEFAULT_AUTH
            secrets.checkKeyLengths(authProtocol)
            if (level.isAuth) builder.auth(authProtocol, auth!!)
            if (level.isPriv) builder.priv(args.value("x")?.let(ProtocolNames::priv) ?: DEFAULT_PRIV, priv!!)
            return SecuritySettings(builder.securityLevel(level).build(), level)
        }
    }
}
