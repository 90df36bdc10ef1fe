package io.ksnmp.dsl.mib

import io.ksnmp.dsl.syntax.SmiSyntax
import io.ksnmp.smi.Oid

/**
 * A declared MIB object (an OBJECT-TYPE): a [Scalar] or a [Column], with its OID, its syntax and
 * hence its Kotlin type [T], and whether it can be written.
 *
 * ```
 * val objects: List<MibObject<*>> = SystemGroup.scalars + IfTable.columns
 * objects.forEach { println("${it.oid} ${it.syntax.name} ${if (it.writable) "read-write" else "read-only"}") }
 * ```
 */
public sealed interface MibObject<T : Any> {
    /** The object's OID (for a scalar without the `.0`; for a column, the column's OID). */
    public val oid: Oid

    /** How its values read and write. */
    public val syntax: SmiSyntax<T>

    /** Whether the MIB lets a manager write it (read-write or read-create). */
    public val writable: Boolean
}

/**
 * One instance of an object, with its full name: a [Scalar] (`object.0`) or a table cell
 * (`column[index]`). A typed get takes these.
 *
 * ```
 * val uptime: Duration = router.get(SystemGroup.sysUpTime)
 * val descr: String = router.get(IfTable.ifDescr[7])
 * ```
 */
public interface MibInstance<T : Any> {
    /** The instance's name: the object's OID and the instance's index. */
    public val instanceOid: Oid

    /** How its value reads and writes. */
    public val syntax: SmiSyntax<T>
}

/**
 * An instance a manager may write: a writable [Scalar] or a cell of a writable column. Only these
 * go into a typed set, so a set of a read-only object does not compile.
 *
 * ```
 * router.set(SystemGroup.sysContact to "noc@example.net")
 * router.set(IfTable.ifAdminStatus[7] to IfStatus.DOWN)
 * ```
 */
public interface WritableInstance<T : Any> : MibInstance<T>
