package io.ksnmp.coroutines.agent

import java.nio.file.Path

/**
 * The agent's state file does not hold what ksnmp writes there (`engineId=<hex>` and
 * `engineBoots=<n>` lines): it is empty, a line is missing, or [lineOrNull] is not what it
 * should be. The file is left as it was; fix it, or delete it to start over with a new engine ID.
 *
 * ```
 * catch (e: AgentStateMalformedException) {
 *     System.err.println("${e.stateFile}:${e.lineOrNull ?: 1}: ${e.reason}")   // agent.state:2: engineId is not hexadecimal
 * }
 * ```
 *
 * @property lineOrNull the 1-based line that is wrong, or null when the file as a whole is
 *     (empty, or without an engineId or engineBoots line)
 * @property reason what is wrong, without the file or the line; for people, never parsed
 */
public class AgentStateMalformedException @JvmOverloads constructor(
    stateFile: Path,
    public val lineOrNull: Int?,
    public val reason: String,
    cause: Throwable? = null,
) : AgentStateException(stateFile, message(stateFile, lineOrNull, reason), cause) {
    private companion object {
        fun message(stateFile: Path, line: Int?, reason: String): String =
            "the agent state file $stateFile is malformed: ${line?.let { "line $it: " } ?: ""}$reason " +
                "(expected engineId=<hex> and engineBoots=<n> lines; delete the file to start over with a new engine ID)"
    }
}
