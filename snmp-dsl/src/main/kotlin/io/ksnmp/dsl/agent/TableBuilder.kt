package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.MibColumn
import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.coroutines.agent.RowCreationCheck
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.smi.Oid

/**
 * A table of an agent's MIB: its columns, whether sets create rows, and its first rows. Rows
 * change at run time on the [MibTable] that [MibBuilder.table] returns ([row], [removeRow],
 * [MibTable.addRow], [MibTable.set]).
 *
 * ```
 * val ifTable = table("1.3.6.1.2.1.2.2.1") {
 *     column(1, SmiType.INTEGER)
 *     column(2, SmiType.OCTET_STRING)
 *     column(18, SmiType.OCTET_STRING, writable = true, check = ValueCheck.length(0, 64))
 *     row(1) { it[1] = 1; it[2] = "eth0" }
 * }
 * ```
 */
@SnmpDsl
public class TableBuilder internal constructor(
    /** The entry's OID (`…Table.1`). */
    public val entry: Oid,
) {
    private val columns = ArrayList<MibColumn>()
    private val rows = ArrayList<Pair<Oid, RowBuilder.(RowBuilder) -> Unit>>()
    private var creationCheck: RowCreationCheck? = null

    /** Whether a set of a writable column in a missing row creates the row (default false: noCreation). */
    public var creatable: Boolean = false

    /**
     * A column.
     *
     * @param id its sub-identifier under the entry
     * @param type the type of its values
     * @param writable whether sets may write it
     * @param check what a written value must satisfy
     */
    public fun column(id: Int, type: SmiType, writable: Boolean = false, check: ValueCheck? = null) {
        columns.add(MibColumn(id, type, writable, check))
    }

    /** Decides which rows a set may create (see [RowCreationCheck]); implies [creatable]. */
    public fun creationCheck(check: RowCreationCheck) {
        creatable = true
        creationCheck = check
    }

    /** A first row with an integer index. */
    public fun row(index: Int, block: RowBuilder.(RowBuilder) -> Unit) {
        rows.add(Oid.of(index) to block)
    }

    /** A first row with any index. */
    public fun row(index: Oid, block: RowBuilder.(RowBuilder) -> Unit) {
        rows.add(index to block)
    }

    internal fun build(register: (Oid, List<MibColumn>, Boolean, RowCreationCheck?) -> MibTable): MibTable {
        val table = register(entry, columns.toList(), creatable, creationCheck)
        for ((index, block) in rows) table.row(index, block)
        return table
    }

    override fun toString(): String = "TableBuilder($entry, ${columns.size} columns)"
}
