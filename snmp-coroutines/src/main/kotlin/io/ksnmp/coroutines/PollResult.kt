package io.ksnmp.coroutines

import io.ksnmp.smi.VarBindList

/**
 * What polling one target gave: its bindings, or the error that ended its request (a timeout,
 * an error-status, a report…), never both.
 *
 * ```
 * engine.pollMany(managers, listOf(sysUpTime)).collect { r ->
 *     r.varBindsOrNull?.let { store(r.manager, it) } ?: log.warn("${r.manager}: ${r.errorOrNull}")
 * }
 * ```
 *
 * @property manager the target
 * @property varBindsOrNull its bindings, when the request succeeded
 * @property errorOrNull why it failed, when it did
 */
public class PollResult internal constructor(
    public val manager: SnmpManager,
    public val varBindsOrNull: VarBindList?,
    public val errorOrNull: Throwable?,
) {
    /** Whether the request succeeded. */
    public val isSuccess: Boolean get() = errorOrNull == null

    override fun toString(): String = "PollResult($manager: ${varBindsOrNull ?: errorOrNull})"
}
