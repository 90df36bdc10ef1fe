package io.ksnmp.coroutines.internal

import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable

/**
 * A table row's values as a read-only map from column to value, in the order the columns were
 * asked for, without the row's holes: a view of one array (a slot per column), built once per
 * row with no hashing. Lookups compare the few column names directly.
 */
internal class ColumnValues(private val columns: List<Oid>, private val slots: Array<Variable?>) : AbstractMap<Oid, Variable>() {
    override val size: Int = slots.count { it != null }

    override fun get(key: Oid): Variable? {
        for (i in columns.indices) {
            if (columns[i] == key) return slots[i]
        }
        return null
    }

    override fun containsKey(key: Oid): Boolean = get(key) != null

    override val entries: Set<Map.Entry<Oid, Variable>> by lazy(LazyThreadSafetyMode.PUBLICATION) {
        val present = LinkedHashMap<Oid, Variable>(size * 2)
        for (i in columns.indices) slots[i]?.let { present[columns[i]] = it }
        present.entries
    }
}
