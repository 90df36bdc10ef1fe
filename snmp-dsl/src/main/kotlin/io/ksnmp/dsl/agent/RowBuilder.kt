package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.internal.SmiValues
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable

/**
 * The cells of one row of a table, by column id; columns not set are absent from the row. A
 * plain Kotlin value becomes the column's type (an `Int` in a Gauge32 column is a Gauge32, a
 * `String` an OCTET STRING); a value the column cannot hold is an [IllegalArgumentException].
 *
 * ```
 * table("1.3.6.1.2.1.2.2.1") {
 *     column(1, SmiType.INTEGER); column(2, SmiType.OCTET_STRING); column(5, SmiType.GAUGE32)
 *     row(1) { it[1] = 1; it[2] = "eth0"; it[5] = 1_000_000_000 }
 * }
 * ifTable.row(2) { this[1] = 2; this[2] = "eth1" }    // at run time, on the MibTable
 * ```
 */
@SnmpDsl
public class RowBuilder internal constructor(
    /** The row's index: the instance suffix after `entry.column`. */
    public val index: Oid,
    private val table: MibTable,
) {
    private val cells = HashMap<Int, Variable>()

    /** Sets the cell of column [column] to [value] (see the class for how plain values map). */
    public operator fun set(column: Int, value: Any) {
        val c = table.columns.firstOrNull { it.id == column } ?: throw IllegalArgumentException("no column $column in ${table.entry}")
        cells[column] = SmiValues.of(c.type, value)
    }

    internal fun values(): Map<Int, Variable> = cells

    override fun toString(): String = "RowBuilder(${table.entry}, $index)"
}

/**
 * Adds or replaces the row [index] (an integer index), its cells set in [block]; safe from any
 * thread while agents serve the table.
 *
 * ```
 * ifTable.row(3) { it[1] = 3; it[2] = "eth2" }
 * ifTable.removeRow(3)
 * ```
 */
public fun MibTable.row(index: Int, block: RowBuilder.(RowBuilder) -> Unit): Unit = row(Oid.of(index), block)

/** Adds or replaces the row [index] (any index, such as `Oid.of(192, 0, 2, 1)`), its cells set in [block]. */
public fun MibTable.row(index: Oid, block: RowBuilder.(RowBuilder) -> Unit) {
    val b = RowBuilder(index, this)
    b.block(b)
    addRow(index, b.values())
}

/**
 * Removes the row of integer index [index].
 *
 * @return whether there was one
 */
public fun MibTable.removeRow(index: Int): Boolean = removeRow(Oid.of(index))
