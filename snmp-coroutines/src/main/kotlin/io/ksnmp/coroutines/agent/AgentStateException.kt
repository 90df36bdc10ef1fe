package io.ksnmp.coroutines.agent

import io.ksnmp.SnmpException
import java.nio.file.Path

/**
 * The agent's state file (engine ID and boots, [AgentOptions.stateFileOrNull]) could not be
 * locked, read or written, or does not hold what ksnmp writes there; the agent did not start.
 * [AgentStateInUseException] is the case of a file another running agent holds,
 * [AgentStateMalformedException] that of a file that is not what ksnmp writes (with the line).
 *
 * ```
 * try {
 *     engine.agent(AgentOptions(stateFile = Path.of("agent.state")), mib)
 * } catch (e: AgentStateInUseException) {
 *     log.error("another agent runs on ${e.stateFile} (process ${e.holderPidOrNull})")
 * } catch (e: AgentStateMalformedException) {
 *     log.error("${e.stateFile}, line ${e.lineOrNull}: ${e.reason}; fix or delete it")
 * } catch (e: AgentStateException) {
 *     log.error("cannot use ${e.stateFile}: ${e.message}")
 * }
 * ```
 *
 * @property stateFile the state file, as configured
 * @param message what went wrong, naming the file (never a secret); for people, never parsed
 * @param cause the I/O or format error underneath, if any
 */
public open class AgentStateException @JvmOverloads constructor(
    public val stateFile: Path,
    message: String,
    cause: Throwable? = null,
) : SnmpException(message, cause)
