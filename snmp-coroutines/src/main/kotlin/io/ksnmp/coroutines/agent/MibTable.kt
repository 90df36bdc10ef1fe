package io.ksnmp.coroutines.agent

import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable
import java.util.concurrent.ConcurrentSkipListMap
import java.util.concurrent.atomic.AtomicReferenceArray

/**
 * A conceptual table served by an agent: rows keyed by their index (the instance suffix after
 * `entry.column`), changed at run time from any thread. Instances are `entry.column.index`;
 * get-next walks column by column, rows in index order, skipping absent cells. Made by
 * [MibRegistry.table].
 *
 * ```
 * val ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1")
 * val ifTable = mib.table(ifEntry, listOf(
 *     MibColumn(1, SmiType.INTEGER), MibColumn(2, SmiType.OCTET_STRING),
 *     MibColumn(7, SmiType.INTEGER, writable = true, check = ValueCheck.range(1, 3)),
 * ))
 * ifTable.addRow(Oid.of(1), Integer32.of(1), OctetString.of("eth0"), Integer32.of(1))
 * ifTable.set(Oid.of(1), 7, Integer32.of(2))
 * ifTable.removeRow(Oid.of(1))
 * ```
 *
 * @property entry the entry's OID (`…Table.1`)
 * @property columns the columns, by increasing id
 * @property creatable whether a set of a writable column in a missing row creates the row (else noCreation)
 */
public class MibTable private constructor(
    public val entry: Oid,
    columns: List<MibColumn>,
    public val creatable: Boolean,
    private val creationCheck: RowCreationCheck?,
) {
    public val columns: List<MibColumn> = columns.sortedBy { it.id }
    private val ids = IntArray(this.columns.size) { this.columns[it].id }
    @get:JvmSynthetic internal val rows = ConcurrentSkipListMap<Oid, AtomicReferenceArray<Variable?>>()

    init {
        require(columns.isNotEmpty()) { "a table has columns" }
        require(ids.distinct().size == ids.size) { "column ids must differ" }
    }

    /** How many rows the table has. */
    public val size: Int get() = rows.size

    /** @return the rows' indexes, in order */
    public fun indexes(): List<Oid> = rows.keys.toList()

    /**
     * Adds or replaces a row.
     *
     * @param index the row's index (non-empty)
     * @param values one value per column, in column order; null for a cell the row lacks
     * @throws IllegalArgumentException for a wrong number of values or a value of the wrong type
     */
    public fun addRow(index: Oid, vararg values: Variable?) {
        require(values.size == columns.size) { "one value per column (${columns.size}), null for none" }
        require(index.size() > 0) { "a row index is not empty" }
        val row = AtomicReferenceArray<Variable?>(columns.size)
        values.forEachIndexed { i, v ->
            if (v != null) require(columns[i].type.matches(v)) { "column ${columns[i].id} holds ${columns[i].type}" }
            row.set(i, v)
        }
        rows[index] = row
    }

    /**
     * Adds or replaces a row given as column id → value; columns not named are absent.
     */
    public fun addRow(index: Oid, values: Map<Int, Variable>) {
        addRow(index, *Array(columns.size) { values[columns[it].id] })
    }

    /** @return whether there was such a row */
    public fun removeRow(index: Oid): Boolean = rows.remove(index) != null

    /** Removes every row. */
    public fun clear() {
        rows.clear()
    }

    /** @return whether the table has a row with [index] */
    public fun contains(index: Oid): Boolean = rows.containsKey(index)

    /**
     * Changes one cell of an existing row (null removes the cell).
     *
     * @throws IllegalArgumentException for an unknown row or column, or a value of the wrong type
     */
    public fun set(index: Oid, column: Int, value: Variable?) {
        val at = position(column)
        require(at >= 0) { "no column $column" }
        if (value != null) require(columns[at].type.matches(value)) { "column $column holds ${columns[at].type}" }
        val row = rows[index] ?: throw IllegalArgumentException("no row $index")
        row.set(at, value)
    }

    /** @return the cell's value, or null if the row, the column or the cell is absent */
    public fun getOrNull(index: Oid, column: Int): Variable? {
        val at = position(column)
        if (at < 0) return null
        return rows[index]?.get(at)
    }

    /** @return the position of column [id] in [columns], or -1 */
    @JvmSynthetic internal fun position(id: Long): Int = if (id > Int.MAX_VALUE) -1 else position(id.toInt())

    @JvmSynthetic internal fun position(id: Int): Int = java.util.Arrays.binarySearch(ids, id).let { if (it < 0) -1 else it }

    /** @return the position of the first column whose id is greater than [id], or columns.size */
    @JvmSynthetic internal fun positionAfter(id: Long): Int {
        var i = 0
        while (i < ids.size && ids[i] <= id) i++
        return i
    }

    @JvmSynthetic internal fun mayCreate(index: Oid): io.ksnmp.pdu.ErrorStatus =
        if (!creatable) io.ksnmp.pdu.ErrorStatus.NO_CREATION else creationCheck?.check(index) ?: io.ksnmp.pdu.ErrorStatus.NO_ERROR

    override fun toString(): String = "MibTable($entry, ${columns.size} columns, $size rows)"

    internal companion object {
        @JvmSynthetic internal fun create(
            entry: Oid,
            columns: List<MibColumn>,
            creatable: Boolean,
            creationCheck: RowCreationCheck?,
        ): MibTable = MibTable(entry, columns, creatable, creationCheck)
    }
}
