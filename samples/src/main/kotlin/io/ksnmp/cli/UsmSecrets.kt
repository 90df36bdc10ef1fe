package io.ksnmp.cli

import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.UsmSecret

/**
 * The authentication and privacy secrets of a command line: a passphrase (`-A`, `-X`), a master
 * key (`-3m`, `-3M`: the passphrase already hashed, Ku) or a key localized to the agent's engine
 * (`-3k`, `-3K`: Kul, the privacy key already extended if its protocol needs that), keys in hex
 * as Net-SNMP takes them (`0x` optional). A localized key belongs to one engine: `-e`'s, or the
 * one [Target] discovered.
 */
internal class UsmSecrets private constructor(private val args: Arguments, engineId: ByteArray?) {
    val auth: UsmSecret? = secret(args, "A", "3m", "3k", engineId)
    val priv: UsmSecret? = secret(args, "X", "3M", "3K", engineId)

    /**
     * Keys are as long as [protocol]'s digest (Net-SNMP's `-3m`, `-3k` and `-3M`: its hash of the
     * passphrase, localized or not); a localized privacy key (`-3K`) may be longer, extended.
     */
    fun checkKeyLengths(protocol: AuthProtocol) {
        for (option in listOf("3m", "3k", "3M")) {
            val length = args.value(option)?.let { Hex.parse(it, "-$option").size } ?: continue
            if (length != protocol.digestLength()) {
                throw UsageException("-$option takes ${protocol.digestLength()} octets for ${protocol.protocolName()} (-a), not $length")
            }
        }
    }

    companion object {
        fun from(args: Arguments, securityEngineId: ByteArray?): UsmSecrets = UsmSecrets(args, securityEngineId)

        private fun secret(args: Arguments, passphrase: String, master: String, localized: String, engineId: ByteArray?): UsmSecret? {
            val given = listOf(passphrase, master, localized).filter(args::has)
            if (given.size > 1) throw UsageException("give one of ${given.joinToString(", ") { "-$it" }}, not more")
            return when (given.firstOrNull()) {
                null -> null
                passphrase -> {
                    val text = args.value(passphrase)!!
                    if (text.length < UsmSecret.MIN_PASSWORD_LENGTH) throw UsageException("the passphrase of -$passphrase must have at least 8 characters")
                    UsmSecret.password(text)
                }
                master -> UsmSecret.masterKey(Hex.parse(args.value(master)!!, "-$master"))
                else -> {
                    val id = engineId ?: throw UsageException("-$localized is a key localized to one engine: give that engine's ID with -e")
                    UsmSecret.localizedKey(Hex.parse(args.value(localized)!!, "-$localized"), id)
                }
            }
        }
    }
}
