package io.ksnmp.cli

/** A command line the tool cannot run: exit code 2 with this one-line message. */
internal class UsageException(message: String) : RuntimeException(message)
