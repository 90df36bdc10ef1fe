package io.ksnmp.testing

/** Hex helpers for tests: `"30 03 02 01 05".hex()` and back. */
fun String.hex(): ByteArray {
    val digits = filter { !it.isWhitespace() }
    require(digits.length % 2 == 0) { "odd number of hex digits" }
    return ByteArray(digits.length / 2) { i -> digits.substring(2 * i, 2 * i + 2).toInt(16).toByte() }
}

fun ByteArray.toHex(): String = joinToString(" ") { "%02x".format(it) }
