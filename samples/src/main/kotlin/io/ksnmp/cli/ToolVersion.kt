package io.ksnmp.cli

/** `-V`/`--version`: `ksnmp version: 0.1.0 (Java 25.0.1)`, as Net-SNMP's `NET-SNMP version: 5.9.3`. */
internal object ToolVersion {
    fun line(): String {
        // The jar's manifest has the project's version; classes run from a build directory have none.
        val version = ToolVersion::class.java.`package`?.implementationVersion ?: "(development build)"
        return "ksnmp version: $version (Java ${Runtime.version()})"
    }
}
