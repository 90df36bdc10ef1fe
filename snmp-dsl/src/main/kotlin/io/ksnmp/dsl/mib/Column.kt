package io.ksnmp.dsl.mib

import io.ksnmp.dsl.syntax.SmiSyntax
import io.ksnmp.smi.Oid

/**
 * A declared column of the table [Tbl], read-only unless it is a [WritableColumn]; made in a
 * [MibTable] with `column(…)`. `column[index]` names one cell, typed by the table's index.
 *
 * ```
 * val descr: String? = row[IfTable.ifDescr]                 // in a row of IfTable
 * val descr7: String = router.get(IfTable.ifDescr[7])       // one cell
 * router.walk(IfTable.ifDescr).collect { (ifIndex, descr) -> println("$ifIndex $descr") }
 * ```
 *
 * @property table the table the column belongs to
 */
public open class Column<Tbl : MibTable<*>, T : Any> internal constructor(
    public val table: Tbl,
    override val oid: Oid,
    override val syntax: SmiSyntax<T>,
) : MibObject<T> {
    override val writable: Boolean get() = false

    override fun equals(other: Any?): Boolean =
        other is Column<*, *> && other.javaClass == javaClass && other.oid == oid && other.syntax == syntax

    override fun hashCode(): Int = oid.hashCode()

    override fun toString(): String = "Column(${oid.toDottedString()}, ${syntax.name}${if (writable) ", writable" else ""})"
}

/**
 * A column a manager may write (MAX-ACCESS read-write or read-create): its cells go into a typed set.
 *
 * ```
 * router.set(IfTable.ifAdminStatus[7] to IfStatus.DOWN)
 * ```
 */
public class WritableColumn<Tbl : MibTable<*>, T : Any> internal constructor(table: Tbl, oid: Oid, syntax: SmiSyntax<T>) :
    Column<Tbl, T>(table, oid, syntax) {
    override val writable: Boolean get() = true
}

/**
 * One cell of a column: the column's OID and an encoded index.
 *
 * ```
 * val cell: MibInstance<String> = IfTable.ifDescr[7]
 * ```
 *
 * @property column the cell's column
 * @property index the index arcs after the column's OID
 */
public open class Cell<T : Any> internal constructor(
    public val column: Column<*, T>,
    public val index: Oid,
) : MibInstance<T> {
    override val instanceOid: Oid = column.oid.append(index)

    override val syntax: SmiSyntax<T> get() = column.syntax

    override fun equals(other: Any?): Boolean = other is Cell<*> && other.javaClass == javaClass && other.column == column && other.index == index

    override fun hashCode(): Int = instanceOid.hashCode()

    override fun toString(): String = "Cell(${instanceOid.toDottedString()}, ${syntax.name})"
}

/**
 * A cell of a [WritableColumn].
 *
 * ```
 * val admin: WritableInstance<SmiEnum<IfStatus>> = IfTable.ifAdminStatus[7]
 * ```
 */
public class WritableCell<T : Any> internal constructor(column: WritableColumn<*, T>, index: Oid) : Cell<T>(column, index), WritableInstance<T>
