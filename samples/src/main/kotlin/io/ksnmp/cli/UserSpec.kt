package io.ksnmp.cli

import io.ksnmp.usm.UsmUser

/**
 * An SNMPv3 user written in one word, as `--user` of `ksnmp agent` and `ksnmp trapd` takes it:
 * `NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]`, e.g. `ops:SHA-256:authpass1:AES:privpass1` (protocols by
 * Net-SNMP's `-a`/`-x` names, passphrases without `:`), at the highest level its passphrases allow.
 *
 * `ksnmp trapd` also takes an `@ENGINEID` suffix: the user is then accepted only in traps from the
 * engine with that snmpEngineID (hex), as snmptrapd's `createUser -e ENGINEID`. A trailing `@` with
 * nothing after it means any engine, for a passphrase that itself contains `@`.
 */
internal class UserSpec(val user: UsmUser, val engineIdOrNull: ByteArray?) {
    companion object {
        /** `NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]`, no engine ID. */
        fun user(spec: String, option: String = "--user"): UsmUser {
            val parts = spec.split(':')
            if (parts.size !in listOf(1, 3, 5) || parts[0].isEmpty()) {
                throw UsageException("$option takes NAME, NAME:AUTH:AUTHPASS or NAME:AUTH:AUTHPASS:PRIV:PRIVPASS, not '${parts[0]}:…'")
            }
            val words = buildList {
                addAll(listOf("-u", parts[0]))
                if (parts.size >= 3) addAll(listOf("-a", parts[1], "-A", parts[2]))
                if (parts.size == 5) addAll(listOf("-x", parts[3], "-X", parts[4]))
            }
            return SecuritySettings.from(Arguments.parse(words)).user
        }

        /** `NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]][@ENGINEID]`: the engine ID is what follows the last `@`. */
        fun withEngineId(spec: String, option: String = "--user"): UserSpec {
            val at = spec.lastIndexOf('@')
            if (at < 0) return UserSpec(user(spec, option), null)
            val suffix = spec.substring(at + 1)
            val engineId = if (suffix.isEmpty()) null else Hex.engineId(suffix, "$option …@ENGINEID")
            return UserSpec(user(spec.substring(0, at), option), engineId)
        }
    }
}
