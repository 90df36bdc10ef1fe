package io.ksnmp.coroutines.notification.internal

import io.ksnmp.coroutines.internal.EngineRandom
import io.ksnmp.coroutines.internal.EngineCore
import io.ksnmp.coroutines.internal.KeyRef
import io.ksnmp.coroutines.internal.KeyWaiter
import io.ksnmp.coroutines.notification.SenderUser
import io.ksnmp.message.V3Message
import io.ksnmp.usm.LocalizedKeys
import io.ksnmp.usm.RemoteEngine
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.Usm
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmUser
import java.util.HexFormat

/**
 * The engines that send SNMPv3 traps to a receiver, each authoritative for its own traps (RFC
 * 3414 §1.5.2): the users' keys localized per sender engine, and each sender's boots and time as
 * its authenticated traps showed them, for the time window of a non-authoritative receiver (RFC
 * 3414 §3.2 step 7b). At most [maxEngines] senders are remembered, the least recently heard
 * forgotten first. Loop thread only.
 */
internal class TrapSenders(
    private val engine: EngineCore,
    anyEngineUsers: List<UsmUser>,
    /** Users bound to one sender engine, with their keys localized to it. */
    senderUsers: List<Pair<SenderUser, LocalizedKeys>>,
    private val maxEngines: Int,
) {
    sealed interface Outcome {
        class Accepted(val accepted: UsmIncoming.Accepted) : Outcome

        class Rejected(val failure: UsmFailure) : Outcome

        /** A user of any engine, not yet localized to this sender's engine ID. */
        class NeedsKeys(val user: UsmUser, val engineId: ByteArray) : Outcome
    }

    private val usm = Usm(engine.keyCache.crypto(), EngineRandom.secureRandom())
    private val anyByName = anyEngineUsers.associateBy { it.name().toString(Charsets.ISO_8859_1) }
    private val bound = senderUsers.associate { (u, keys) -> (hex(u.engineId) + "/" + u.user.name().toString(Charsets.ISO_8859_1)) to keys }
    private val boundNames = senderUsers.map { it.first.user.name().toString(Charsets.ISO_8859_1) }.toSet()
    private val remotes = object : LinkedHashMap<String, RemoteEngine>(64, 0.75f, true) {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<String, RemoteEngine>?): Boolean = size > maxEngines
    }
    private var missing: UsmUser? = null
    private val lookup = UserLookup { engineId, userName ->
        val name = String(userName, Charsets.ISO_8859_1)
        bound[hex(engineId) + "/" + name] ?: anyByName[name]?.let { user -> engine.keysOrNull(user, engineId) ?: null.also { missing = user } }
    }

    /** How many sender engines are remembered. */
    val size: Int get() = remotes.size

    /** Checks a trap whose authoritative engine (its sender) is [engineId]. */
    fun unsecure(bytes: ByteArray, length: Int, message: V3Message, engineId: ByteArray): Outcome {
        missing = null
        val key = hex(engineId)
        val remote = remotes[key]
        val now = engine.nowMillis()
        return when (val result = usm.unsecureFromAuthoritative(bytes, 0, length, message, remote, lookup, now)) {
            is UsmIncoming.Rejected -> {
                val user = missing
                if (result.failure() == UsmFailure.UNKNOWN_USER_NAME && user != null) Outcome.NeedsKeys(user, engineId) else Outcome.Rejected(result.failure())
            }
            is UsmIncoming.Accepted -> {
                val name = result.parameters().userName().toString(Charsets.ISO_8859_1)
                if (result.keysOrNull() == null && name !in anyByName && name !in boundNames) return Outcome.Rejected(UsmFailure.UNKNOWN_USER_NAME)
                if (result.level().isAuth && remote == null) {
                    val params = result.parameters()
                    remotes[key] = RemoteEngine.discovered(engineId, params.engineBoots(), params.engineTime(), now).also {
                        it.acceptAuthenticated(params.engineBoots(), params.engineTime(), now)
                    }
                }
                Outcome.Accepted(result)
            }
        }
    }

    /** Localizes [needs]' keys off the loop, then calls [then] on the loop (true when they are ready). */
    fun localize(needs: Outcome.NeedsKeys, then: (Boolean) -> Unit) {
        engine.localize(needs.user, needs.engineId, object : KeyWaiter {
            override var awaitedKeys: KeyRef? = null

            override fun onKeys(keys: LocalizedKeys) = then(true)

            override fun onKeysFailed(error: Throwable) = then(false)
        })
    }

    private fun hex(id: ByteArray): String = HexFormat.of().formatHex(id)
}
