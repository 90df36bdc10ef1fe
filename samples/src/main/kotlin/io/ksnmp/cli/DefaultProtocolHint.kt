package io.ksnmp.cli

import io.ksnmp.errors.DecryptionErrorException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.WrongDigestException
import io.ksnmp.usm.SecurityLevel

/**
 * A second error line when the protocol ksnmp chose for a missing `-a` or `-x` may be why an
 * SNMPv3 exchange failed: ksnmp's defaults are SHA and AES, Net-SNMP's usual builds (Debian's
 * among them) default to MD5 and DES, so a command line that works with `snmpget` can fail here.
 *
 * The line starts with `ksnmp: hint` and holds [MARKER], which scripts and tests may look for.
 */
internal object DefaultProtocolHint {
    /** A stable marker in the hint's line. */
    const val MARKER: String = "[default-protocol]"

    /**
     * @param error what failed
     * @param args the command line with snmp.conf's defaults (no `-a` there: ksnmp chose)
     * @param level the security level of the request that failed
     * @return the hint's line, or null when the defaults cannot be the cause
     */
    fun of(error: Throwable, args: Arguments, level: SecurityLevel): String? {
        val authChosen = level.isAuth && !args.has("a")
        val privChosen = level.isPriv && !args.has("x")
        val chosen = when (error) {
            // A wrong authentication protocol gives a wrong digest; a wrong privacy protocol a
            // decryption error, or (snmpd) a datagram dropped silently: a timeout.
            is WrongDigestException -> listOfNotNull(authChosen.option("-a", SecuritySettings.DEFAULT_AUTH.protocolName(), "MD5", "defAuthType"))
            is DecryptionErrorException, is SnmpTimeoutException -> listOfNotNull(
                authChosen.option("-a", SecuritySettings.DEFAULT_AUTH.protocolName(), "MD5", "defAuthType"),
                privChosen.option("-x", SecuritySettings.DEFAULT_PRIV.protocolName(), "DES", "defPrivType"),
            )
            else -> emptyList()
        }
        if (chosen.isEmpty()) return null
        return "hint $MARKER: ${chosen.joinToString("; ")}; if the agent's user has other protocols, name them " +
            "(-a/-x, or defAuthType/defPrivType in snmp.conf)"
    }

    private fun Boolean.option(option: String, ours: String, netSnmp: String, token: String): String? =
        if (this) "no $option given, so ksnmp used $ours (Net-SNMP's tools use $netSnmp unless snmp.conf's $token says otherwise)" else null
}
