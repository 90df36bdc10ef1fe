package io.ksnmp.coroutines.agent.internal

import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind

/**
 * Replayed bindings, sorted by name without duplicates: every lookup is a binary search.
 *
 * @param sorted bindings in strictly increasing name order
 */
internal class ReplayStore(private val sorted: Array<VarBind>) {
    val size: Int get() = sorted.size

    operator fun get(i: Int): VarBind = sorted[i]

    /** @return the position of the first binding named after [oid] */
    fun indexAfter(oid: Oid): Int {
        var lo = 0
        var hi = sorted.size
        while (lo < hi) {
            val mid = (lo + hi) ushr 1
            if (sorted[mid].oid() <= oid) lo = mid + 1 else hi = mid
        }
        return lo
    }

    /** @return the binding named [oid], or null */
    fun exactOrNull(oid: Oid): VarBind? {
        val i = indexAfter(oid) - 1
        return if (i >= 0 && sorted[i].oid() == oid) sorted[i] else null
    }

    /** @return whether some binding's name lies strictly under [prefix] */
    fun hasUnder(prefix: Oid): Boolean {
        val i = indexAfter(prefix)
        return i < sorted.size && sorted[i].oid().startsWith(prefix)
    }

    /**
     * @param from a position whose binding lies under [root] (those are contiguous)
     * @return the position of the first binding after [from] that does not
     */
    fun firstNotUnder(root: Oid, from: Int): Int {
        var lo = from
        var hi = sorted.size
        while (lo < hi) {
            val mid = (lo + hi) ushr 1
            if (sorted[mid].oid().startsWith(root)) lo = mid + 1 else hi = mid
        }
        return lo
    }

    /** @return a store holding these bindings and [more] (which win over same-named ones); exception values and NULLs are left out */
    fun plus(more: Iterable<VarBind>): ReplayStore {
        val merged = java.util.TreeMap<Oid, VarBind>()
        for (vb in sorted) merged[vb.oid()] = vb
        for (vb in more) {
            val v = vb.value()
            if (v.isException || v is io.ksnmp.smi.Null) continue
            merged[vb.oid()] = vb
        }
        return ReplayStore(merged.values.toTypedArray())
    }

    companion object {
        val EMPTY: ReplayStore = ReplayStore(emptyArray())
    }
}
