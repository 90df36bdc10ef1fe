package io.ksnmp.dsl

import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmSecret
import io.ksnmp.usm.UsmUser

/**
 * Describes one SNMPv3 (USM) user: its authentication and privacy protocols with their
 * passphrases or keys, and the security level its requests use unless told otherwise. The
 * secrets are kept in [UsmSecret]s and never printed: `toString` names the user and protocols only.
 *
 * ```
 * val engine = snmpEngine {
 *     user("admin") {
 *         auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass")
 *         priv(PrivProtocol.AES128, "priv-pass")
 *     }
 *     user("monitor") { auth(AuthProtocol.HMAC_SHA_96, masterKey(kuBytes)) }   // a key, not a passphrase
 * }
 * ```
 * A user with neither is a noAuthNoPriv user.
 */
@SnmpDsl
public class UserBuilder internal constructor(
    /** The user's name (1..32 octets as UTF-8). */
    public val name: String,
) {
    private var authProtocol: AuthProtocol? = null
    private var authSecret: UsmSecret? = null
    private var privProtocol: PrivProtocol? = null
    private var privSecret: UsmSecret? = null

    /** The level requests use unless a manager names one; null: the highest the protocols allow. */
    public var securityLevel: SecurityLevel? = null

    /**
     * Authentication with a passphrase (at least 8 characters, RFC 3414 §11.2).
     *
     * ```
     * user("admin") { auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass") }
     * ```
     */
    public fun auth(protocol: AuthProtocol, passphrase: String) {
        auth(protocol, UsmSecret.password(passphrase))
    }

    /**
     * Authentication with a secret: a passphrase, a master key ([masterKey]) or a key localized
     * to one engine ([localizedKey]).
     */
    public fun auth(protocol: AuthProtocol, secret: UsmSecret) {
        authProtocol = protocol
        authSecret = secret
    }

    /**
     * Privacy with a passphrase (at least 8 characters); privacy needs [auth] too.
     *
     * ```
     * user("admin") { auth(AuthProtocol.HMAC_SHA_96, "auth-pass"); priv(PrivProtocol.AES256_REEDER, "priv-pass") }
     * ```
     */
    public fun priv(protocol: PrivProtocol, passphrase: String) {
        priv(protocol, UsmSecret.password(passphrase))
    }

    /** Privacy with a secret: a passphrase, a master key or a localized key. */
    public fun priv(protocol: PrivProtocol, secret: UsmSecret) {
        privProtocol = protocol
        privSecret = secret
    }

    /**
     * ```
     * auth(AuthProtocol.HMAC_SHA_96, masterKey(HexFormat.of().parseHex("9fb5cc0381497b3793528939ff788d5d79145211")))
     * ```
     *
     * @param ku the master key Ku (the passphrase already hashed), as long as the auth protocol's digest; copied
     * @return it as a secret
     */
    public fun masterKey(ku: ByteArray): UsmSecret = UsmSecret.masterKey(ku)

    /**
     * ```
     * auth(AuthProtocol.HMAC_SHA_96, localizedKey(kul, agentEngineId))
     * ```
     *
     * @param kul a key localized to [engineId]; copied
     * @param engineId the one engine the key works with
     * @return it as a secret
     */
    public fun localizedKey(kul: ByteArray, engineId: ByteArray): UsmSecret = UsmSecret.localizedKey(kul, engineId)

    /**
     * @return the user
     * @throws IllegalArgumentException if privacy is set without authentication, or the level is more than the protocols allow
     */
    internal fun build(): UsmUser {
        val b = UsmUser.builder(name)
        authProtocol?.let { b.auth(it, checkNotNull(authSecret)) }
        privProtocol?.let { b.priv(it, checkNotNull(privSecret)) }
        securityLevel?.let { b.securityLevel(it) }
        return b.build()
    }

    /** Names the user and its protocols, never a secret. */
    override fun toString(): String =
        "UserBuilder($name, auth=${authProtocol?.protocolName() ?: "none"}, priv=${privProtocol?.protocolName() ?: "none"})"
}

/**
 * An SNMPv3 user as a value, outside any engine: for agents, receivers or [io.ksnmp.coroutines.SnmpEngine.addUser].
 *
 * ```
 * val admin = usmUser("admin") { auth(AuthProtocol.HMAC_SHA_256_192, "auth-pass"); priv(PrivProtocol.AES128, "priv-pass") }
 * engine.addUser(admin)
 * ```
 */
public fun usmUser(name: String, block: UserBuilder.() -> Unit = {}): UsmUser = UserBuilder(name).apply(block).build()
