package io.ksnmp.cli

import io.ksnmp.SnmpException
import io.ksnmp.coroutines.agent.AgentStateMalformedException
import io.ksnmp.errors.DecryptionErrorException
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.ImproperResponseException
import io.ksnmp.errors.NonIncreasingOidException
import io.ksnmp.errors.NotInTimeWindowException
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.UnknownEngineIdException
import io.ksnmp.errors.UnknownUserNameException
import io.ksnmp.errors.UnsupportedSecurityLevelException
import io.ksnmp.errors.WrongDigestException
import java.net.BindException
import java.net.UnknownHostException

/**
 * One line saying what went wrong, and the exit code that goes with it. Errors ksnmp knows get
 * their own words; every other error shows its own message (ksnmp's exceptions name the file,
 * line, address or port concerned), or its cause's when it has none, never just a class name.
 */
internal class Failure(val message: String, val exitCode: Int) {
    companion object {
        fun of(error: Throwable, agent: AgentAddress): Failure = describe(error, agent).let { Failure(oneLine(it.message), it.exitCode) }

        private fun describe(error: Throwable, agent: AgentAddress): Failure = when (error) {
            is UsageException -> Failure(textOf(error) ?: "bad command line", ExitCode.USAGE)
            is CommandError -> Failure(textOf(error) ?: "command failed", ExitCode.SNMP_ERROR)
            is SnmpTimeoutException -> Failure("Timeout: No Response from $agent (${error.sends()} sends in ${error.timeout().toMillis() / 1000.0} s)", ExitCode.TIMEOUT)
            is ErrorResponseException -> Failure(errorStatus(error), ExitCode.SNMP_ERROR)
            is NonIncreasingOidException -> Failure("Error: OID not increasing: ${error.previous().toDottedString()} >= ${error.received().toDottedString()}", ExitCode.SNMP_ERROR)
            is ImproperResponseException -> Failure("Error: the agent's answer does not match the request", ExitCode.SNMP_ERROR)
            is UnknownUserNameException -> Failure("Error: Unknown user name (the agent has no such user)", ExitCode.SNMP_ERROR)
            is WrongDigestException -> Failure("Error: Authentication failure (incorrect password, community or key)", ExitCode.SNMP_ERROR)
            is UnsupportedSecurityLevelException -> Failure("Error: Unsupported security level (the user cannot use it at this agent)", ExitCode.SNMP_ERROR)
            is UnknownEngineIdException -> Failure("Error: Unknown engine ID", ExitCode.SNMP_ERROR)
            is NotInTimeWindowException -> Failure("Error: Not in time window", ExitCode.SNMP_ERROR)
            is DecryptionErrorException -> Failure("Error: Decryption error (wrong privacy protocol or passphrase)", ExitCode.SNMP_ERROR)
            is SnmpClosedException -> Failure("Error: interrupted", ExitCode.SNMP_ERROR)
            is UnknownHostException -> Failure("Unknown host (${agent.host})", ExitCode.USAGE)
            is AgentStateMalformedException -> Failure(malformedState(error), ExitCode.USAGE)
            // ksnmp's messages say what and where: the state file (AgentStateException), the
            // address and port that could not be bound (BindException from the engine or agent).
            is SnmpException, is BindException -> Failure("Error: ${textOf(error) ?: words(error)}", ExitCode.SNMP_ERROR)
            else -> Failure("Error: ${error.javaClass.simpleName}${textOf(error)?.let { ": $it" } ?: ""}", ExitCode.SNMP_ERROR)
        }

        /** The error's message; when it has none, its cause's (or the cause's cause's…), else null. */
        private fun textOf(error: Throwable): String? =
            generateSequence(error) { e -> e.cause?.takeIf { it !== e } }.take(MAX_CAUSES)
                .firstNotNullOfOrNull { e -> e.message?.takeIf { it.isNotBlank() } }

        /** `SnmpClosedException` → `snmp closed`: the type, in words, for an error that says nothing else. */
        private fun words(error: Throwable): String =
            error.javaClass.simpleName.removeSuffix("Exception").replace(Regex("(?<=[a-z])(?=[A-Z])"), " ").lowercase()

        /** `agent.state:2: engineId is not hexadecimal (…)`: file and line as compilers print them, like a bad walk file's. */
        private fun malformedState(error: AgentStateMalformedException): String =
            "${error.stateFile}${error.lineOrNull?.let { ":$it" } ?: ""}: ${error.reason} " +
                "(an agent state file holds engineId=<hex> and engineBoots=<n> lines; delete it to start over with a new engine ID)"

        private const val MAX_CAUSES = 8

        /** Line breaks in a message (a quoted value, say) become spaces: the tool's errors are one line. */
        private fun oneLine(text: String): String = text.replace(Regex("""\s*[\r\n]+\s*"""), " ").trim()

        /** `Error in packet: noSuchName (2) at index 1 (.1.3.6.1.2.1.1.99.0)`. */
        private fun errorStatus(error: ErrorResponseException): String {
            val oid = error.oidOrNull()?.let { " (${it.toDottedString()})" } ?: ""
            return "Error in packet: ${error.status().name()} (${error.status().code()}) at index ${error.index()}$oid"
        }
    }
}
