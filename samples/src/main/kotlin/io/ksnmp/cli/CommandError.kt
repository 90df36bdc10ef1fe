package io.ksnmp.cli

/**
 * The agent answered, but not with what the command needs (a `table` OID with no columns under
 * it): exit code 1 with this one-line message, as Net-SNMP's tools exit 1 there.
 */
internal class CommandError(message: String) : RuntimeException(message)
