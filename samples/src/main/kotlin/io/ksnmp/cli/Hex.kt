package io.ksnmp.cli

/** Engine IDs and other octets as the tool reads and prints them: hex, `0x` optional on input. */
internal object Hex {
    fun parse(text: String, option: String): ByteArray {
        val digits = text.removePrefix("0x").removePrefix("0X")
        if (digits.isEmpty() || digits.length % 2 != 0 || digits.any { Character.digit(it, 16) < 0 }) {
            throw UsageException("$option takes octets in hex, not '$text'")
        }
        return ByteArray(digits.length / 2) { ((Character.digit(digits[2 * it], 16) shl 4) or Character.digit(digits[2 * it + 1], 16)).toByte() }
    }

    fun format(bytes: ByteArray): String = "0x" + bytes.joinToString("") { "%02X".format(it.toInt() and 0xff) }
}
