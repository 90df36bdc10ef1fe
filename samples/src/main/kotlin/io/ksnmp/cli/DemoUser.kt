package io.ksnmp.cli

import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.UsmUser

/** The SNMPv3 user of the demo agent: authPriv with HMAC-SHA-256 and AES-128, passphrases shown on purpose. */
internal object DemoUser {
    const val NAME: String = "demo"
    const val AUTH_PASS: String = "demo-auth-pass"
    const val PRIV_PASS: String = "demo-priv-pass"

    fun usmUser(): UsmUser = UsmUser.builder(NAME).auth(AuthProtocol.HMAC_SHA_256_192, AUTH_PASS).priv(PrivProtocol.AES128, PRIV_PASS).build()
}
