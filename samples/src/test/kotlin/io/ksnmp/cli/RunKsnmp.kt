package io.ksnmp.cli

import java.io.ByteArrayOutputStream
import java.io.PrintStream

/** What one in-process run of the tool printed and returned. */
data class KsnmpRun(val exitCode: Int, val stdout: String, val stderr: String) {
    val lines: List<String> get() = stdout.lines().filter { it.isNotEmpty() }

    override fun toString(): String = "exit=$exitCode\n--- stdout\n$stdout--- stderr\n$stderr"
}

/**
 * Runs `ksnmp WORDS…` in this JVM, stdout and stderr captured; [terminal] as if stderr were one.
 * No snmp.conf is read (an empty `SNMPCONFPATH`): the machine's defaults do not reach the tests.
 */
fun ksnmp(vararg words: String, terminal: Boolean = false): KsnmpRun = ksnmp(words.toList(), terminal)

fun ksnmp(words: List<String>, terminal: Boolean = false): KsnmpRun {
    val out = ByteArrayOutputStream()
    val err = ByteArrayOutputStream()
    val code = PrintStream(out, true, Charsets.UTF_8).use { o ->
        PrintStream(err, true, Charsets.UTF_8).use { e -> Ksnmp(o, e, terminal, environment = mapOf("SNMPCONFPATH" to ""), home = null).run(words) }
    }
    return KsnmpRun(code, out.toString(Charsets.UTF_8), err.toString(Charsets.UTF_8))
}
