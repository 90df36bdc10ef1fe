package io.ksnmp.cli

import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser

/**
 * The SNMPv3 user and level of a command line: `-u`, `-l`, `-a`/`-A`, `-x`/`-X`.
 *
 * Without `-l` the level is the highest the given passwords allow (Net-SNMP would fall back to
 * noAuthNoPriv). Without `-a` or `-x` the protocols are SHA and AES, Net-SNMP's defaults.
 */
internal class SecuritySettings(val user: UsmUser, val level: SecurityLevel) {
    companion object {
        fun from(args: Arguments): SecuritySettings {
            val name = args.value("u") ?: throw UsageException("SNMPv3 needs a user name (-u NAME)")
            val authPassword = args.value("A")
            val privPassword = args.value("X")
            if (args.has("a") && authPassword == null) throw UsageException("-a needs an authentication passphrase (-A)")
            if (args.has("x") && privPassword == null) throw UsageException("-x needs a privacy passphrase (-X)")
            if (privPassword != null && authPassword == null) throw UsageException("privacy (-X) needs authentication (-A) too")
            val possible = when {
                privPassword != null -> SecurityLevel.AUTH_PRIV
                authPassword != null -> SecurityLevel.AUTH_NO_PRIV
                else -> SecurityLevel.NO_AUTH_NO_PRIV
            }
            val level = args.value("l")?.let(ProtocolNames::level) ?: possible
            if (level.isPriv && privPassword == null) throw UsageException("authPriv needs a privacy passphrase (-X)")
            if (level.isAuth && authPassword == null) throw UsageException("${if (level.isPriv) "authPriv" else "authNoPriv"} needs an authentication passphrase (-A)")
            val builder = try {
                UsmUser.builder(name)
            } catch (e: IllegalArgumentException) {
                throw UsageException("a user name has 1 to 32 octets")
            }
            if (level.isAuth) {
                val protocol = args.value("a")?.let(ProtocolNames::auth) ?: io.ksnmp.usm.AuthProtocol.HMAC_SHA_96
                requirePassphrase(authPassword!!, "-A")
                builder.auth(protocol, authPassword)
            }
            if (level.isPriv) {
                val protocol = args.value("x")?.let(ProtocolNames::priv) ?: io.ksnmp.usm.PrivProtocol.AES128
                requirePassphrase(privPassword!!, "-X")
                builder.priv(protocol, privPassword)
            }
            return SecuritySettings(builder.securityLevel(level).build(), level)
        }

        private fun requirePassphrase(passphrase: String, option: String) {
            if (passphrase.length < 8) throw UsageException("the passphrase of $option must have at least 8 characters")
        }
    }
}
