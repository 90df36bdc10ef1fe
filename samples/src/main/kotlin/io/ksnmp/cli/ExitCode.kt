package io.ksnmp.cli

/** The tool's exit codes, as scripts see them. */
internal object ExitCode {
    /** Everything asked for was done. */
    const val OK: Int = 0

    /**
     * The agent answered with an error, or the exchange failed for an SNMP reason; or `ksnmp agent`
     * could not start (its port or state file in use, say).
     */
    const val SNMP_ERROR: Int = 1

    /**
     * The command line is wrong, or a file it names cannot be used: a walk recording that cannot
     * be read or is malformed, a malformed state file.
     */
    const val USAGE: Int = 2

    /** The agent did not answer in time. */
    const val TIMEOUT: Int = 3
}
