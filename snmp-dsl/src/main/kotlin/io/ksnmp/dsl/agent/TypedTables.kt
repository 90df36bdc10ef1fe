package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.MibColumn
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.WritableColumn
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable
import io.ksnmp.coroutines.agent.MibTable as AgentMibTable

/**
 * Serves a declared table: its columns as the declaration has them (types and access), rows
 * indexed by the declaration's index type and filled by column. Only columns of this table
 * compile in its rows, each with a value of its own type.
 *
 * ```
 * val ifTable = table(IfTable) {
 *     row(7) { it[IfTable.ifDescr] = "eth0"; it[IfTable.ifOperStatus] = SmiEnum.of(IfOperStatus.UP) }
 *     check(IfTable.ifAdminStatus) { ErrorStatus.NO_ERROR }
 * }
 * ifTable.row(8) { it[IfTable.ifDescr] = "eth1" }    // at run time
 * ```
 * A table that `AUGMENTS` another (IF-MIB's ifXTable) is served as a table of its own under its
 * entry: give it rows with the same indexes as the table it augments.
 *
 * @return the served table, to change its rows at run time
 */
public fun <I : Any, Tbl : MibTable<I>> MibBuilder.table(table: Tbl, block: TypedTableBuilder<I, Tbl>.() -> Unit = {}): AgentTable<I, Tbl> {
    val b = TypedTableBuilder<I, Tbl>(table).apply(block)
    val served = registry.table(table.entry, b.columns(), b.creatable)
    return AgentTable(table, served).also { t -> for ((index, row) in b.rows) t.row(index, row) }
}

/** The receiver of [MibBuilder.table] for a declared table. */
@SnmpDsl
public class TypedTableBuilder<I : Any, Tbl : MibTable<I>> internal constructor(
    /** The declaration. */
    public val table: Tbl,
) {
    internal val rows = ArrayList<Pair<I, TypedRowBuilder<Tbl>.(TypedRowBuilder<Tbl>) -> Unit>>()
    private val checks = HashMap<Oid, (Any) -> ErrorStatus>()

    /** Whether a set of a writable column in a missing row creates the row (default false). */
    public var creatable: Boolean = false

    /** A first row. */
    public fun row(index: I, block: TypedRowBuilder<Tbl>.(TypedRowBuilder<Tbl>) -> Unit) {
        rows.add(index to block)
    }

    /** A check of the values sets write to [column], after its syntax read them. */
    public fun <T : Any> check(column: WritableColumn<Tbl, T>, check: (T) -> ErrorStatus) {
        @Suppress("UNCHECKED_CAST")
        checks[column.oid] = check as (Any) -> ErrorStatus
    }

    internal fun columns(): List<MibColumn> = table.columns.map { c ->
        @Suppress("UNCHECKED_CAST")
        val syntax = c.syntax as io.ksnmp.dsl.syntax.SmiSyntax<Any>
        MibColumn(c.oid.lastArc().toInt(), syntax.smiType, c.writable, if (c.writable) typedCheck(c.oid, syntax, checks[c.oid]) else null)
    }

    override fun toString(): String = "TypedTableBuilder(${table.entry.toDottedString()})"
}

/** The cells of one row of a declared table, set by column; see [MibBuilder.table]. */
@SnmpDsl
public class TypedRowBuilder<Tbl : MibTable<*>> internal constructor() {
    internal val cells = HashMap<Int, Variable>()

    /** Sets the cell of [column] (a column of this table) to [value] (of the column's type). */
    public operator fun <T : Any> set(column: Column<Tbl, T>, value: T) {
        cells[column.oid.lastArc().toInt()] = column.syntax.encode(value)
    }

    override fun toString(): String = "TypedRowBuilder(${cells.size} cells)"
}

/**
 * A declared table an agent serves, its rows read and changed by index and column in their
 * Kotlin types, from any thread.
 *
 * ```
 * ifTable.row(3) { it[IfTable.ifDescr] = "eth2" }
 * val descr: String? = ifTable[3, IfTable.ifDescr]
 * ifTable.removeRow(3)
 * ```
 *
 * @property declaration the table's declaration
 * @property served the untyped table the registry serves
 */
public class AgentTable<I : Any, Tbl : MibTable<I>> internal constructor(
    public val declaration: Tbl,
    public val served: AgentMibTable,
) {
    /** How many rows the table has. */
    public val size: Int get() = served.size

    /** @return the rows' indexes, in order */
    public fun indexes(): List<I> = served.indexes().map { declaration.index.decode(it) }

    /** Adds or replaces the row [index], its cells set in [block]. */
    public fun row(index: I, block: TypedRowBuilder<Tbl>.(TypedRowBuilder<Tbl>) -> Unit) {
        val b = TypedRowBuilder<Tbl>()
        b.block(b)
        served.addRow(declaration.index.encode(index), b.cells)
    }

    /** @return whether there was such a row */
    public fun removeRow(index: I): Boolean = served.removeRow(declaration.index.encode(index))

    /** @return the cell's value, or null if the row or the cell is absent */
    public operator fun <T : Any> get(index: I, column: Column<Tbl, T>): T? {
        val at = declaration.index.encode(index)
        val v = served.getOrNull(at, column.oid.lastArc().toInt()) ?: return null
        return column.syntax.decode(column.oid.append(at), v)
    }

    /**
     * Changes one cell of an existing row (null removes the cell).
     *
     * @throws IllegalArgumentException for an unknown row
     */
    public operator fun <T : Any> set(index: I, column: Column<Tbl, T>, value: T?) {
        served.set(declaration.index.encode(index), column.oid.lastArc().toInt(), value?.let { column.syntax.encode(it) })
    }

    override fun toString(): String = "AgentTable(${declaration.entry.toDottedString()}, $size rows)"
}
