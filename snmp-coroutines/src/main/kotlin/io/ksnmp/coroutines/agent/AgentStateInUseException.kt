package io.ksnmp.coroutines.agent

import java.nio.file.Path

/**
 * Another running agent, in this process or another, holds the state file: two agents on one
 * file would share an engine ID and boots, so the second does not start. Each agent holds an
 * operating-system lock on [lockFile] (the state file's name plus `.lock`, beside it) from its
 * start until it is closed, or its engine or process ends; then the file is free again and
 * the next agent's boots go up by one.
 *
 * @property stateFile the state file, as configured
 * @property lockFile the lock file beside it, whose lock another agent holds
 * @property holderPidOrNull the process ID of the holder, when known (this process's own ID
 *     when the holder is an agent of this process)
 */
public class AgentStateInUseException(
    stateFile: Path,
    public val lockFile: Path,
    public val holderPidOrNull: Long?,
) : AgentStateException(stateFile, message(stateFile, holderPidOrNull)) {
    private companion object {
        fun message(stateFile: Path, holder: Long?): String {
            val who = when (holder) {
                null -> "another agent"
                ProcessHandle.current().pid() -> "another agent of this process"
                else -> "the agent of process $holder"
            }
            return "the agent state file $stateFile is in use by $who; one state file serves one agent at a time"
        }
    }
}
