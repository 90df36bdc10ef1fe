package io.ksnmp.cli

/**
 * What `snmp.conf` gives the options a command line leaves out, as Net-SNMP's tools take it:
 * `defVersion` (-v), `defCommunity` (-c), `defSecurityName` (-u), `defSecurityLevel` (-l),
 * `defContext` (-n), `defAuthType` (-a), `defPrivType` (-x), `defAuthPassphrase` (-A) and
 * `defPrivPassphrase` (-X), both falling back to `defPassphrase`, and the keys `defAuthMasterKey`
 * (-3m), `defPrivMasterKey` (-3M), `defAuthLocalizedKey` (-3k), `defPrivLocalizedKey` (-3K).
 *
 * Each default is given as the option's words, put before the command line's own, so an option on
 * the command line always wins. A secret the command line gives in any form (-A, -3m or -3k) leaves
 * snmp.conf's authentication secrets out (likewise for privacy), and `defAuthType`/`defPrivType`
 * apply only where there is a secret, so a noAuthNoPriv command line is not made to need one.
 */
internal object ConfDefaults {
    private val PLAIN = listOf("defVersion" to "v", "defCommunity" to "c", "defSecurityName" to "u", "defSecurityLevel" to "l", "defContext" to "n")

    /** Per secret: the command line's options for it, then snmp.conf's tokens, the first present taken. */
    private val AUTH_OPTIONS = listOf("A", "3m", "3k")
    private val AUTH_TOKENS = listOf("defAuthPassphrase" to "A", "defPassphrase" to "A", "defAuthMasterKey" to "3m", "defAuthLocalizedKey" to "3k")
    private val PRIV_OPTIONS = listOf("X", "3M", "3K")
    private val PRIV_TOKENS = listOf("defPrivPassphrase" to "X", "defPassphrase" to "X", "defPrivMasterKey" to "3M", "defPrivLocalizedKey" to "3K")

    /** @return the words standing for [conf]'s defaults of the options [commandLine] does not give */
    fun words(conf: SnmpConf, commandLine: Arguments): List<String> = buildList {
        fun add(option: String, value: String) = addAll(listOf("-$option", value))
        for ((token, option) in PLAIN) if (!commandLine.has(option)) conf[token]?.let { add(option, it) }
        val auth = secret(conf, commandLine, AUTH_OPTIONS, AUTH_TOKENS)?.also { (option, value) -> add(option, value) }
        val priv = secret(conf, commandLine, PRIV_OPTIONS, PRIV_TOKENS)?.also { (option, value) -> add(option, value) }
        if (auth != null || AUTH_OPTIONS.any(commandLine::has)) if (!commandLine.has("a")) conf["defAuthType"]?.let { add("a", it) }
        if (priv != null || PRIV_OPTIONS.any(commandLine::has)) if (!commandLine.has("x")) conf["defPrivType"]?.let { add("x", it) }
    }

    /** The option and value of snmp.conf's secret, unless the command line gives one itself. */
    private fun secret(conf: SnmpConf, commandLine: Arguments, options: List<String>, tokens: List<Pair<String, String>>): Pair<String, String>? {
        if (options.any(commandLine::has)) return null
        return tokens.firstNotNullOfOrNull { (token, option) -> conf[token]?.let { option to it } }
    }
}
