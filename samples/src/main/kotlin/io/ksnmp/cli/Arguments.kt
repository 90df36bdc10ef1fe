package io.ksnmp.cli

/**
 * A command line split the way Net-SNMP's tools read theirs: single-letter options whose value is
 * attached (`-v2c`, `-Cr50`) or the next word (`-v 2c`), the `-C` and `-O` families keyed by their
 * letter (`Cr`, `On`), long options (`--json`, `--port 1161`), and the remaining words in order.
 *
 * A word is an option when it starts with `-` and is not a negative number, so `set … i -5` works;
 * after `--` every word is positional.
 */
internal class Arguments private constructor(
    /** The options by key (`v`, `c`, `Cr`, `json`…); a repeated option keeps its last value. */
    val options: Map<String, String>,
    /** The words that are not options, in order. */
    val positionals: List<String>,
    /** Every value of each option that takes one, for those that may repeat (`--user`, `-c`). */
    private val repeated: Map<String, List<String>>,
) {
    /** All values given for [key], in order. */
    fun values(key: String): List<String> = repeated[key].orEmpty()

    fun has(key: String): Boolean = key in options

    fun value(key: String): String? = options[key]

    fun int(key: String, default: Int): Int {
        val text = options[key] ?: return default
        return text.toIntOrNull()?.takeIf { it >= 0 } ?: throw UsageException("option ${display(key)} needs a whole number, not '$text'")
    }

    companion object {
        // Output and walk options: -O takes its letters as a value (-Onq, -O nq; every -O is kept),
        // -CE the walk's end OID (-CE .1.3.6.1.2.1.3); the walk switches combine (-Cip).
        private val OUTPUT_AND_WALK_WITH_VALUE = setOf("O", "CE")
        private val OUTPUT_AND_WALK_SWITCHES = setOf("CI", "Ct")

        /** Options that take a value (single letters, or a `-C`/`-3` letter pair). */
        private val WITH_VALUE = setOf(
            "v", "c", "u", "l", "a", "A", "x", "X", "n", "E", "e", "t", "r", "Cr", "Cn",
            "Z", "3m", "3M", "3k", "3K", // SNMPv3: -Z BOOTS,TIME and keys in hex (ProtocolKeys)
        ) + OUTPUT_AND_WALK_WITH_VALUE

        /** Options that are switches. */
        private val SWITCHES = setOf(
            "Cc", "Cp", "Ci", "json", "help", "h", "any-community",
            "d", "V", "version", // -d: PacketDump; -V, --version: ToolVersion
        ) + OUTPUT_AND_WALK_SWITCHES

        /** Long options that take a value. */
        private val LONG_WITH_VALUE = setOf(
            "walk-file", "port", "address", "community", "write-community", "state-file", "limit", "user", "count", "timeout",
        )

        private val FAMILY_EXAMPLE = mapOf('C' to "r10", '3' to "m 0x…")

        private val NEGATIVE_NUMBER = Regex("-[0-9][0-9.]*") // not -3m…: a key option

        fun parse(given: List<String>): Arguments {
            val words = ArrayList(given)
            val options = LinkedHashMap<String, String>()
            val repeated = LinkedHashMap<String, MutableList<String>>()
            val positionals = ArrayList<String>()
            var i = 0
            var optionsEnded = false
            while (i < words.size) {
                val word = words[i++]
                when {
                    optionsEnded || !word.startsWith("-") || word == "-" || NEGATIVE_NUMBER.matches(word) -> positionals += word
                    word == "--" -> optionsEnded = true
                    word.startsWith("--") -> {
                        val body = word.substring(2)
                        val eq = body.indexOf('=')
                        val name = if (eq >= 0) body.substring(0, eq) else body
                        when (name) {
                            in LONG_WITH_VALUE -> {
                                val value = if (eq >= 0) body.substring(eq + 1) else words.getOrNull(i++) ?: throw UsageException("option --$name needs a value")
                                options[name] = value
                                repeated.getOrPut(name) { ArrayList() } += value
                            }
                            in SWITCHES -> options[name] = ""
                            else -> throw UsageException("unknown option --$name")
                        }
                    }
                    else -> {
                        val letter = word[1]
                        val key = if (letter == 'C' || letter == '3') {
                            if (word.length < 3) throw UsageException("option -$letter needs a letter, as in -${letter}${FAMILY_EXAMPLE[letter]}")
                            word.substring(1, 3)
                        } else {
                            letter.toString()
                        }
                        val rest = word.substring(1 + key.length)
                        when (key) {
                            in SWITCHES -> {
                                options[key] = ""
                                when {
                                    rest.isEmpty() -> Unit
                                    letter == 'C' && "C${rest[0]}" in SWITCHES -> words.add(i, "-C$rest") // read next
                                    else -> throw UsageException("option -$key takes no value")
                                }
                            }
                            in WITH_VALUE -> {
                                val value = rest.ifEmpty { words.getOrNull(i++) ?: throw UsageException("option -$key needs a value") }
                                options[key] = value
                                repeated.getOrPut(key) { ArrayList() } += value
                            }
                            else -> throw UsageException("unknown option -$key")
                        }
                    }
                }
            }
            return Arguments(options, positionals, repeated)
        }

        fun display(key: String): String = if (key.length > 2) "--$key" else "-$key"
    }
}
