package io.ksnmp.coroutines.internal

import io.ksnmp.usm.UsmUser

/** A user's keys for one authoritative engine, as a map key: the user by identity, the engine ID by content. */
internal class KeyRef(val user: UsmUser, val engineId: ByteArray) {
    override fun equals(other: Any?): Boolean =
        other is KeyRef && other.user === user && other.engineId.contentEquals(engineId)

    override fun hashCode(): Int = System.identityHashCode(user) * 31 + engineId.contentHashCode()
}
