package io.ksnmp.dsl.mib

import io.ksnmp.dsl.index.IndexCodec
import io.ksnmp.dsl.syntax.SmiSyntax
import io.ksnmp.smi.Oid

/**
 * A conceptual table declared once as a Kotlin object: its entry's OID, its INDEX as an
 * [IndexCodec] (so rows have typed indexes of type [I]), and its columns, each with its syntax.
 * A table that `AUGMENTS` another shares that table's index.
 *
 * ```
 * object IfTable : MibTable<Int>("1.3.6.1.2.1.2.2.1", integerIndex()) {
 *     val ifDescr = column(2, DisplayString)
 *     val ifAdminStatus = writableColumn(7, enumOf<IfStatus>())
 *     val ifOperStatus = column(8, enumOf<IfStatus>())
 * }
 * object IfXTable : MibTable<Int>("1.3.6.1.2.1.31.1.1.1", augments = IfTable) {
 *     val ifHCInOctets = column(6, Counter64)            // reads as ULong
 * }
 * router.table(IfTable).collect { row -> println("${row.index}: ${row[IfTable.ifDescr]} ${row[IfTable.ifOperStatus]}") }
 * ```
 *
 * `column` and `writableColumn` return columns typed by the declaring object ([Column]`<IfTable, String>`),
 * so a row of one table cannot be asked for another table's column: that does not compile.
 *
 * @property entry the entry's OID (the table's OID with `.1`); column `n` is `entry.n`
 * @property index how the rows' indexes read and write
 * @property augments the table this one augments (sharing its index and its rows), if any
 */
public abstract class MibTable<I : Any> private constructor(
    public val entry: Oid,
    public val index: IndexCodec<I>,
    public val augments: MibTable<I>?,
) {
    /** A table whose entry has the OID [entry] (dotted text) and whose rows are indexed by [index]. */
    protected constructor(entry: String, index: IndexCodec<I>) : this(Oid.parse(entry), index, null)

    /** A table whose entry `AUGMENTS` [augments]: the same index and rows, more columns. */
    protected constructor(entry: String, augments: MibTable<I>) : this(Oid.parse(entry), augments.index, augments)

    private val declared = ArrayList<Column<*, *>>()

    /** The table's columns, in the order they are declared. */
    public val columns: List<Column<*, *>> get() = declared.toList()

    /**
     * Declares the read-only column `entry.arc` (MAX-ACCESS read-only or accessible-for-notify;
     * a not-accessible index column is not declared, since no agent answers it).
     *
     * @throws IllegalArgumentException if [arc] is negative or already declared in this table
     */
    protected fun <Tbl : MibTable<I>, T : Any> Tbl.column(arc: Int, syntax: SmiSyntax<T>): Column<Tbl, T> =
        add(Column(this, entry.child(arc.toLong()), syntax))

    /**
     * Declares the column `entry.arc` that a manager may write (read-write or read-create).
     *
     * @throws IllegalArgumentException if [arc] is negative or already declared in this table
     */
    protected fun <Tbl : MibTable<I>, T : Any> Tbl.writableColumn(arc: Int, syntax: SmiSyntax<T>): WritableColumn<Tbl, T> =
        add(WritableColumn(this, entry.child(arc.toLong()), syntax))

    private fun <C : Column<*, *>> add(column: C): C {
        require(declared.none { it.oid == column.oid }) { "${column.oid} is declared twice" }
        declared.add(column)
        return column
    }

    override fun toString(): String = "${javaClass.simpleName}(${entry.toDottedString()}, ${declared.size} columns)"
}
