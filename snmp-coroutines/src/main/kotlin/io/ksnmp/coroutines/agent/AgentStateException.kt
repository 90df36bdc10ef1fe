package io.ksnmp.coroutines.agent

import io.ksnmp.SnmpException

/**
 * The agent's state file (engine ID and boots) could not be read or written; the agent did not start.
 *
 * @param message what went wrong (names the file, never a secret)
 * @param cause the I/O or format error
 */
public class AgentStateException(message: String, cause: Throwable?) : SnmpException(message, cause)
