package io.ksnmp.dsl.mib

import io.ksnmp.dsl.syntax.SmiSyntax
import io.ksnmp.smi.Oid

/**
 * A group of scalar objects under one OID, declared once as a Kotlin object: each `scalar` or
 * `writableScalar` is the object at `oid.arc`, with its syntax and so its Kotlin type.
 *
 * ```
 * object SystemGroup : MibScalars("1.3.6.1.2.1.1") {
 *     val sysDescr = scalar(1, DisplayString)
 *     val sysUpTime = scalar(3, TimeTicks)               // reads as kotlin.time.Duration
 *     val sysContact = writableScalar(4, DisplayString)
 * }
 * val descr: String = router.get(SystemGroup.sysDescr)
 * router.set(SystemGroup.sysContact to "noc@example.net")
 * ```
 *
 * @property oid the group's OID
 */
public abstract class MibScalars protected constructor(public val oid: Oid) {
    /** A group under [oid] given as dotted text. */
    protected constructor(oid: String) : this(Oid.parse(oid))

    private val declared = ArrayList<Scalar<*>>()

    /** The group's scalars, in the order they are declared. */
    public val scalars: List<Scalar<*>> get() = declared.toList()

    /**
     * Declares a read-only scalar at `oid.arc`.
     *
     * @throws IllegalArgumentException if [arc] is negative or already declared in this group
     */
    protected fun <T : Any> scalar(arc: Int, syntax: SmiSyntax<T>): Scalar<T> = add(Scalar(oid.child(arc.toLong()), syntax))

    /**
     * Declares a scalar a manager may write at `oid.arc`.
     *
     * @throws IllegalArgumentException if [arc] is negative or already declared in this group
     */
    protected fun <T : Any> writableScalar(arc: Int, syntax: SmiSyntax<T>): WritableScalar<T> = add(WritableScalar(oid.child(arc.toLong()), syntax))

    private fun <S : Scalar<*>> add(scalar: S): S {
        require(declared.none { it.oid == scalar.oid }) { "${scalar.oid} is declared twice" }
        declared.add(scalar)
        return scalar
    }

    override fun toString(): String = "${javaClass.simpleName}(${oid.toDottedString()}, ${declared.size} scalars)"
}
