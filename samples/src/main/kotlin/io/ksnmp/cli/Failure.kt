package io.ksnmp.cli

import io.ksnmp.SnmpException
import io.ksnmp.coroutines.agent.AgentStateException
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
import java.net.UnknownHostException

/** One line saying what went wrong, and the exit code that goes with it. */
internal class Failure(val message: String, val exitCode: Int) {
    companion object {
        fun of(error: Throwable, agent: AgentAddress): Failure = when (error) {
            is UsageException -> Failure(error.message ?: "bad command line", ExitCode.USAGE)
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
            is AgentStateException -> Failure("Error: ${error.message}", ExitCode.SNMP_ERROR)
            is SnmpException -> Failure("Error: ${error.javaClass.simpleName.removeSuffix("Exception")}", ExitCode.SNMP_ERROR)
            else -> Failure("Error: ${error.javaClass.simpleName}${error.message?.let { ": $it" } ?: ""}", ExitCode.SNMP_ERROR)
        }

        /** `Error in packet: noSuchName (2) at index 1 (.1.3.6.1.2.1.1.99.0)`. */
        private fun errorStatus(error: ErrorResponseException): String {
            val oid = error.oidOrNull()?.let { " (${it.toDottedString()})" } ?: ""
            return "Error in packet: ${error.status().name()} (${error.status().code()}) at index ${error.index()}$oid"
        }
    }
}
