package io.ksnmp.cli

/**
 * A command line the tool cannot run, or an input file it names that is not what it should be:
 * exit code 2 with this one-line message (which names the option or the file, and the line).
 */
internal class UsageException(message: String, cause: Throwable? = null) : RuntimeException(message, cause)
