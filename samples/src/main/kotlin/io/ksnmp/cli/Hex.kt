package io.ksnmp.cli

/** Octets as the tool reads and prints them: hex, `0x` optional, spaces and colons between octets allowed on input. */
internal object Hex {
    /** @return the octets [text] spells, or null if it is not hex (`""` is no octets) */
    fun octetsOrNull(text: String): ByteArray? {
        val digits = text.filterNot { it == ' ' || it == ':' }.removePrefix("0x").removePrefix("0X")
        if (digits.length % 2 != 0 || digits.any { Character.digit(it, 16) < 0 }) return null
        return ByteArray(digits.length / 2) { ((Character.digit(digits[2 * it], 16) shl 4) or Character.digit(digits[2 * it + 1], 16)).toByte() }
    }

    /** The octets of [option]'s value, at least one. */
    fun parse(text: String, option: String): ByteArray =
        octetsOrNull(text)?.takeIf { it.isNotEmpty() } ?: throw UsageException("$option takes octets in hex, not '$text'")

    /** An snmpEngineID (RFC 3411: 5 to 32 octets) given as [what] (`-e`, `-E`, `--user …@ENGINEID`). */
    fun engineId(text: String, what: String): ByteArray =
        octetsOrNull(text)?.takeIf { it.size in 5..32 } ?: throw UsageException("$what takes an snmpEngineID of 5 to 32 octets in hex, not '$text'")

    fun format(bytes: ByteArray): String = "0x" + bytes.joinToString("") { "%02X".format(it.toInt() and 0xff) }
}
