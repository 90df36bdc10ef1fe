package io.ksnmp.cli

import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel

/** Net-SNMP's names for security levels and USM protocols, as `-l`, `-a` and `-x` take them. */
internal object ProtocolNames {
    fun level(text: String): SecurityLevel = when (text.lowercase()) {
        "noauthnopriv", "noauth", "1" -> SecurityLevel.NO_AUTH_NO_PRIV
        "authnopriv", "auth", "2" -> SecurityLevel.AUTH_NO_PRIV
        "authpriv", "priv", "3" -> SecurityLevel.AUTH_PRIV
        else -> throw UsageException("-l takes noAuthNoPriv, authNoPriv or authPriv, not '$text'")
    }

    fun auth(text: String): AuthProtocol {
        val wanted = text.uppercase()
        return AuthProtocol.values().firstOrNull { it.protocolName().equals(wanted, ignoreCase = true) }
            ?: if (wanted == "SHA1" || wanted == "SHA-1") AuthProtocol.HMAC_SHA_96 else null
            ?: throw UsageException("-a takes ${AuthProtocol.values().joinToString(", ") { it.protocolName() }}, not '$text'")
    }

    fun priv(text: String): PrivProtocol {
        val wanted = text.uppercase()
        return PrivProtocol.values().firstOrNull { it.protocolName().equals(wanted, ignoreCase = true) }
            ?: if (wanted == "AES128") PrivProtocol.AES128 else null
            ?: throw UsageException("-x takes ${PrivProtocol.values().joinToString(", ") { it.protocolName() }}, not '$text'")
    }
}
