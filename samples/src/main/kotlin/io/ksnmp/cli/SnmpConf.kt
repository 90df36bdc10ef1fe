package io.ksnmp.cli

import java.io.IOException
import java.nio.file.Files
import java.nio.file.Path

/**
 * The tokens of Net-SNMP's `snmp.conf` files, as its tools find them: `snmp.conf` then
 * `snmp.local.conf` in each directory of `SNMPCONFPATH` (colon-separated; set but empty: none) when it is set, else
 * in `/etc/snmp` and then `~/.snmp`; a token read later overrides one read earlier. A line is
 * `TOKEN VALUE` (the token in any case, the value the rest of the line, one pair of double quotes
 * around it removed); `#` starts a comment line; a `[snmp]` prefix is allowed, lines for other
 * applications (`[snmpd] …`) are skipped. Files that are missing or unreadable are skipped.
 *
 * Where the files are comes from [environment] and [home] only, so a caller (a test) decides.
 */
internal class SnmpConf private constructor(private val tokens: Map<String, String>) {
    /** @return the value of [token] (`defVersion`…, any case), or null */
    operator fun get(token: String): String? = tokens[token.lowercase()]

    companion object {
        val EMPTY: SnmpConf = SnmpConf(emptyMap())

        /**
         * @param environment the process environment (`SNMPCONFPATH`)
         * @param home the user's home directory, for `~/.snmp`
         */
        fun read(environment: Map<String, String>, home: Path?): SnmpConf {
            val directories = environment["SNMPCONFPATH"]?.split(':')?.filter { it.isNotEmpty() }?.map { Path.of(it) }
                ?: listOfNotNull(Path.of("/etc/snmp"), home?.resolve(".snmp"))
            val tokens = HashMap<String, String>()
            for (directory in directories) {
                for (name in FILE_NAMES) readInto(directory.resolve(name), tokens)
            }
            return SnmpConf(tokens)
        }

        private val FILE_NAMES = listOf("snmp.conf", "snmp.local.conf")

        private fun readInto(file: Path, tokens: MutableMap<String, String>) {
            val lines = try {
                if (!Files.isRegularFile(file)) return
                Files.readAllLines(file)
            } catch (e: IOException) {
                return
            }
            for (raw in lines) {
                var line = raw.trim()
                if (line.isEmpty() || line.startsWith("#")) continue
                if (line.startsWith("[")) {
                    val end = line.indexOf(']')
                    if (end < 0 || !line.substring(1, end).trim().equals("snmp", ignoreCase = true)) continue
                    line = line.substring(end + 1).trim()
                }
                val space = line.indexOfFirst { it == ' ' || it == '\t' }
                if (space < 0) continue
                var value = line.substring(space + 1).trim()
                if (value.length >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length - 1)
                tokens[line.substring(0, space).lowercase()] = value
            }
        }
    }
}
