package io.ksnmp.dsl.mib

import io.ksnmp.dsl.syntax.SmiSyntax
import io.ksnmp.smi.Oid

/**
 * A declared scalar object, read-only unless it is a [WritableScalar]; made in a [MibScalars]
 * group with `scalar(…)` or `writableScalar(…)`. Its one instance is `oid.0`.
 *
 * ```
 * object SystemGroup : MibScalars("1.3.6.1.2.1.1") { val sysUpTime = scalar(3, TimeTicks) }
 * val uptime: Duration = router.get(SystemGroup.sysUpTime)
 * ```
 */
public open class Scalar<T : Any> internal constructor(
    override val oid: Oid,
    override val syntax: SmiSyntax<T>,
) : MibObject<T>, MibInstance<T> {
    override val instanceOid: Oid = oid.child(0)

    override val writable: Boolean get() = false

    override fun equals(other: Any?): Boolean =
        other is Scalar<*> && other.javaClass == javaClass && other.oid == oid && other.syntax == syntax

    override fun hashCode(): Int = oid.hashCode()

    override fun toString(): String = "Scalar(${oid.toDottedString()}, ${syntax.name}${if (writable) ", writable" else ""})"
}

/**
 * A scalar a manager may write (MAX-ACCESS read-write).
 *
 * ```
 * object SystemGroup : MibScalars("1.3.6.1.2.1.1") { val sysContact = writableScalar(4, DisplayString) }
 * router.set(SystemGroup.sysContact to "noc@example.net")
 * ```
 */
public class WritableScalar<T : Any> internal constructor(oid: Oid, syntax: SmiSyntax<T>) : Scalar<T>(oid, syntax), WritableInstance<T> {
    override val writable: Boolean get() = true
}
