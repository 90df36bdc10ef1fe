package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.ScalarHandler
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.internal.SmiValues
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Variable

/**
 * The behaviour of a scalar made by [MibBuilder.scalar] with a block: a getter, and for a
 * writable scalar a setter and checks. Each runs on the engine's event loop: quick, never blocking.
 *
 * ```
 * scalar("1.3.6.1.4.1.99999.1.0", SmiType.INTEGER) {
 *     get { level }                               // an Int, as the scalar's type
 *     set { v -> level = (v as Integer32).value() }
 *     check(ValueCheck.range(0, 7))
 *     check { v -> if ((v as Integer32).value() == 3) ErrorStatus.INCONSISTENT_VALUE else ErrorStatus.NO_ERROR }
 * }
 * ```
 */
@SnmpDsl
public class ScalarBuilder internal constructor(
    /** The scalar's SMI type: what a set must carry and what the getter's value becomes. */
    public val type: SmiType,
) {
    private var getter: (() -> Any)? = null
    private var setter: ((Variable) -> Unit)? = null
    private var checks: ValueCheck? = null

    /**
     * How the value is read at each request: a [Variable] of [type] or a plain Kotlin value of it
     * (an `Int` for INTEGER, Gauge32, Counter32, TimeTicks, a `String` for OCTET STRING, a
     * `Duration` for TimeTicks…). Throwing, or a value of another type, makes the agent answer genErr.
     */
    public fun get(getter: () -> Any) {
        this.getter = getter
    }

    /** Makes the scalar writable: how a checked value is written (throwing: commitFailed). */
    public fun set(setter: (Variable) -> Unit) {
        this.setter = setter
    }

    /** Adds a check of written values, run after the type check and those added before. */
    public fun check(check: ValueCheck) {
        checks = checks?.and(check) ?: check
    }

    internal fun build(): ScalarHandler {
        val read = checkNotNull(getter) { "a scalar needs get { }" }
        val write = setter
        val check = checks
        val t = type
        return object : ScalarHandler(t, write != null) {
            override fun get(): Variable = SmiValues.of(t, read())

            override fun check(value: Variable): ErrorStatus = check?.check(value) ?: ErrorStatus.NO_ERROR

            override fun set(value: Variable) {
                (write ?: throw UnsupportedOperationException("not writable"))(value)
            }

            override fun toString(): String = "scalar($t${if (write != null) ", read-write" else ""})"
        }
    }

    override fun toString(): String = "ScalarBuilder($type)"
}
