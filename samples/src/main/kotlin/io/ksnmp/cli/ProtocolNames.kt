package io.ksnmp.cli

import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel

/**
 * Net-SNMP's names for security levels and USM protocols, as `-l`, `-a` and `-x` (and snmp.conf's
 * `defSecurityLevel`, `defAuthType`, `defPrivType`) take them: every spelling Net-SNMP 5.9 accepts,
 * in any case, and ksnmp's `3DES`. Net-SNMP refuses `AES-192C` and `AES-256C`, and so does ksnmp.
 */
internal object ProtocolNames {
    fun level(text: String): SecurityLevel = when (text.lowercase()) {
        "noauthnopriv", "noauth", "1" -> SecurityLevel.NO_AUTH_NO_PRIV
        "authnopriv", "auth", "2" -> SecurityLevel.AUTH_NO_PRIV
        "authpriv", "priv", "3" -> SecurityLevel.AUTH_PRIV
        else -> throw UsageException("-l takes noAuthNoPriv, authNoPriv or authPriv, not '$text'")
    }

    private val AUTH = mapOf(
        "MD5" to AuthProtocol.HMAC_MD5_96,
        "SHA" to AuthProtocol.HMAC_SHA_96, "SHA1" to AuthProtocol.HMAC_SHA_96, "SHA-1" to AuthProtocol.HMAC_SHA_96,
        "SHA-224" to AuthProtocol.HMAC_SHA_224_128, "SHA224" to AuthProtocol.HMAC_SHA_224_128,
        "SHA-256" to AuthProtocol.HMAC_SHA_256_192, "SHA256" to AuthProtocol.HMAC_SHA_256_192,
        "SHA-384" to AuthProtocol.HMAC_SHA_384_256, "SHA384" to AuthProtocol.HMAC_SHA_384_256,
        "SHA-512" to AuthProtocol.HMAC_SHA_512_384, "SHA512" to AuthProtocol.HMAC_SHA_512_384,
    )

    private val PRIV = mapOf(
        "DES" to PrivProtocol.DES,
        "AES" to PrivProtocol.AES128, "AES128" to PrivProtocol.AES128, "AES-128" to PrivProtocol.AES128,
        "AES192" to PrivProtocol.AES192, "AES-192" to PrivProtocol.AES192,
        "AES256" to PrivProtocol.AES256, "AES-256" to PrivProtocol.AES256,
        "AES192C" to PrivProtocol.AES192_REEDER, "AES-192-C" to PrivProtocol.AES192_REEDER,
        "AES256C" to PrivProtocol.AES256_REEDER, "AES-256-C" to PrivProtocol.AES256_REEDER,
        "3DES" to PrivProtocol.TRIPLE_DES,
    )

    fun auth(text: String): AuthProtocol =
        AUTH[text.uppercase()] ?: throw UsageException("-a takes ${AuthProtocol.values().joinToString(", ") { it.protocolName() }}, not '$text'")

    fun priv(text: String): PrivProtocol =
        PRIV[text.uppercase()] ?: throw UsageException("-x takes ${PrivProtocol.values().joinToString(", ") { it.protocolName() }}, not '$text'")
}
