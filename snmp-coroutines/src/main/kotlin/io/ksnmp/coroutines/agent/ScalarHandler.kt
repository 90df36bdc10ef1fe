package io.ksnmp.coroutines.agent

import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Variable

/**
 * The behaviour of one scalar object: how its value is read and, when [writable], checked and
 * written. Every method runs on the engine's event loop: quick, never blocking.
 *
 * A set is two-phase: [check] for every binding of the request first (after the agent checked
 * the type), then [set] for each; if a later binding's [set] throws, the bindings already written
 * get their previous value (read with [get] before writing) back through [set].
 *
 * ```
 * mib.scalar(Oid.parse("1.3.6.1.4.1.99999.1.0"), object : ScalarHandler(SmiType.INTEGER, writable = true) {
 *     override fun get() = Integer32.of(level)
 *     override fun check(value: Variable) = if ((value as Integer32).value() in 0..7) ErrorStatus.NO_ERROR else ErrorStatus.WRONG_VALUE
 *     override fun set(value: Variable) { level = (value as Integer32).value() }
 * })
 * ```
 *
 * @property type the type of the value; a set with another type is answered wrongType
 * @property writable whether sets are allowed (else notWritable)
 */
public abstract class ScalarHandler @JvmOverloads constructor(
    public val type: SmiType,
    public val writable: Boolean = false,
) {
    /** @return the current value; throwing makes the agent answer genErr */
    public abstract fun get(): Variable

    /**
     * The check phase of a set.
     *
     * @param value the value to write, of [type]
     * @return [ErrorStatus.NO_ERROR] or the error to answer (wrongValue, wrongLength, inconsistentValue…)
     */
    public open fun check(value: Variable): ErrorStatus = ErrorStatus.NO_ERROR

    /**
     * The commit phase of a set, also used to undo (with the previous value); throwing fails the
     * set with commitFailed (or undoFailed when it was an undo).
     *
     * @param value the checked value
     */
    public open fun set(value: Variable) {
        throw UnsupportedOperationException("not writable")
    }
}

/**
 * A scalar holding its value: read-only to SNMP unless made writable, always writable by the
 * application through [value] (from any thread).
 *
 * ```
 * val sysContact = mib.writableScalar(Oid.parse("1.3.6.1.2.1.1.4.0"), OctetString.of("ops@example.net"), ValueCheck.length(0, 255))
 * sysContact.value = OctetString.of("noc@example.net")
 * ```
 */
public class MutableScalar @JvmOverloads constructor(
    initial: Variable,
    writable: Boolean = true,
    private val valueCheck: ValueCheck? = null,
) : ScalarHandler(SmiType.of(initial), writable) {
    /** The current value; a new one must be of the same [type]. */
    @Volatile
    public var value: Variable = initial
        set(v) {
            require(type.matches(v)) { "the value must be of type $type" }
            field = v
        }

    override fun get(): Variable = value

    override fun check(value: Variable): ErrorStatus = valueCheck?.check(value) ?: ErrorStatus.NO_ERROR

    override fun set(value: Variable) {
        this.value = value
    }

    override fun toString(): String = "MutableScalar($type, ${if (writable) "read-write" else "read-only"})"
}
