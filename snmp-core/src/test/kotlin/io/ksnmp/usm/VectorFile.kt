package io.ksnmp.usm

import io.ksnmp.testing.hex

/** A test-vector file of `key=value` lines (`#` comments) from `src/test/resources/usm`. */
class VectorFile(val name: String, val lines: List<Map<String, String>>) {
    companion object {
        fun load(name: String): VectorFile {
            val text = requireNotNull(VectorFile::class.java.getResource("/usm/$name")) { "missing /usm/$name" }.readText()
            val lines = text.lines().filter { it.isNotBlank() && !it.startsWith("#") }.map { line ->
                line.trim().split(Regex("\\s+")).associate { field -> field.substringBefore('=') to field.substringAfter('=') }
            }
            return VectorFile(name, lines)
        }
    }
}

fun Map<String, String>.bytes(key: String): ByteArray = getValue(key).hex()

fun Map<String, String>.auth(): AuthProtocol = AuthProtocol.fromName(getValue("auth"))

fun Map<String, String>.privOrNull(): PrivProtocol? = get("priv")?.takeIf { it != "none" }?.let { PrivProtocol.fromName(it) }

fun Map<String, String>.user(): UsmUser {
    val builder = UsmUser.builder(get("user") ?: get("name") ?: "vector").auth(auth(), getValue("authpass"))
    privOrNull()?.let { builder.priv(it, getValue("privpass")) }
    return builder.build()
}
