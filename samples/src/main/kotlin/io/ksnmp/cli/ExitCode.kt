package io.ksnmp.cli

/** The tool's exit codes, as scripts see them. */
internal object ExitCode {
    /** Everything asked for was done. */
    const val OK: Int = 0

    /** The agent answered with an error, or the exchange failed for an SNMP reason. */
    const val SNMP_ERROR: Int = 1

    /** The command line is wrong. */
    const val USAGE: Int = 2

    /** The agent did not answer in time. */
    const val TIMEOUT: Int = 3
}
