package io.ksnmp.dsl

import io.ksnmp.usm.UsmUser

/**
 * The SNMPv3 users of one namespace of an engine; see [EngineBuilder.namespace]. The first user
 * of a namespace is its default (used by managers that name no user), unless another says `default = true`.
 *
 * ```
 * snmpEngine {
 *     namespace("site-a") {
 *         user("ops") { auth(AuthProtocol.HMAC_SHA_96, "site-a-pass") }
 *     }
 * }
 * ```
 */
@SnmpDsl
public class NamespaceBuilder internal constructor(
    /** The namespace's name. */
    public val namespace: String,
    private val sink: (String, UsmUser, Boolean) -> Unit,
) {
    /**
     * A user of this namespace.
     *
     * @param name the user's name
     * @param default whether it becomes the namespace's default user
     */
    public fun user(name: String, default: Boolean = false, block: UserBuilder.() -> Unit = {}) {
        sink(namespace, UserBuilder(name).apply(block).build(), default)
    }

    /** A user made elsewhere (see [usmUser]). */
    public fun user(user: UsmUser, default: Boolean = false) {
        sink(namespace, user, default)
    }

    override fun toString(): String = "NamespaceBuilder($namespace)"
}
