package io.ksnmp.coroutines

import io.ksnmp.coroutines.future.SnmpManagerFutures
import io.ksnmp.smi.VarBindList

/**
 * What polling one target gave: a [Success] with its bindings, or a [Failure] with the error that
 * ended its request (a timeout, an error-status, a report…); never both.
 *
 * ```
 * engine.pollMany(managers, listOf(sysUpTime)).collect { r ->
 *     when (r) {
 *         is PollResult.Success -> store(r.manager, r.varBinds)
 *         is PollResult.Failure -> log.warn("${r.manager}: ${r.error}")
 *     }
 * }
 * ```
 *
 * Java callers of `SnmpEngineFutures.pollMany` get the same two classes, with the target as they
 * gave it:
 * ```
 * if (r instanceof PollResult.Success s) store(s.getTarget(), s.getVarBinds());
 * else if (r instanceof PollResult.Failure f) log.warn(f.getTarget() + ": " + f.getError());
 * ```
 */
public sealed class PollResult(
    /** The target polled. */
    @get:JvmSynthetic public val manager: SnmpManager,
) {
    /** The target polled, as the Java view: the very [SnmpManagerFutures] that was polled. */
    public val target: SnmpManagerFutures get() = manager.futures()

    /** Whether the request succeeded: whether this is a [Success]. */
    public val isSuccess: Boolean get() = this is Success

    /** The bindings of a [Success], or null. */
    public val varBindsOrNull: VarBindList? get() = (this as? Success)?.varBinds

    /** The error of a [Failure], or null. */
    public val errorOrNull: Throwable? get() = (this as? Failure)?.error

    /**
     * The target answered.
     *
     * @property varBinds its bindings
     */
    public class Success private constructor(manager: SnmpManager, public val varBinds: VarBindList) : PollResult(manager) {
        override fun toString(): String = "PollResult.Success($manager: $varBinds)"

        internal companion object {
            @JvmSynthetic internal fun create(manager: SnmpManager, varBinds: VarBindList): Success = Success(manager, varBinds)
        }
    }

    /**
     * The target's request failed.
     *
     * @property error why: the exception the request ended with
     */
    public class Failure private constructor(manager: SnmpManager, public val error: Throwable) : PollResult(manager) {
        override fun toString(): String = "PollResult.Failure($manager: $error)"

        internal companion object {
            @JvmSynthetic internal fun create(manager: SnmpManager, error: Throwable): Failure = Failure(manager, error)
        }
    }
}
