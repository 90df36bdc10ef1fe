package io.ksnmp.coroutines.agent.internal

import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.coroutines.agent.ScalarHandler
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable
import java.util.concurrent.atomic.AtomicReferenceArray

/**
 * A registered subtree of a registry: every instance under [root] belongs to this node. Subtrees
 * of a registry's nodes never nest, so the node holding an OID is the one with the greatest root
 * not after it, if that root is a prefix of it.
 */
internal sealed class MibNode(val root: Oid) {
    /** @return the value of the instance [oid] (under [root]), or noSuchObject / noSuchInstance */
    abstract fun get(oid: Oid): Variable

    /** @return the first instance of this subtree after [oid], or null */
    abstract fun next(oid: Oid): VarBind?

    /** The check phase of a set of [oid] (under [root]) to [value]. */
    abstract fun prepareSet(oid: Oid, value: Variable): SetPlan
}

/** A scalar: its object's OID is the root, the instance is normally `root.0`. */
internal class ScalarNode(val instance: Oid, val handler: ScalarHandler) : MibNode(instance.parent()) {
    override fun get(oid: Oid): Variable = if (oid == instance) handler.get() else NoSuchInstance.INSTANCE

    override fun next(oid: Oid): VarBind? = if (oid < instance) VarBind.of(instance, handler.get()) else null

    override fun prepareSet(oid: Oid, value: Variable): SetPlan {
        if (oid != instance) return SetPlan.fail(if (handler.writable) ErrorStatus.NO_CREATION else ErrorStatus.NOT_WRITABLE)
        if (!handler.writable) return SetPlan.fail(ErrorStatus.NOT_WRITABLE)
        if (!handler.type.matches(value)) return SetPlan.fail(ErrorStatus.WRONG_TYPE)
        val checked = handler.check(value)
        if (checked.isError) return SetPlan.fail(checked)
        return SetPlan.of(object : SetAction {
            private var previous: Variable? = null

            override fun commit() {
                previous = handler.get()
                handler.set(value)
            }

            override fun undo() {
                previous?.let { handler.set(it) }
            }
        })
    }
}

/** A table: the entry's OID is the root; instances are `root.column.index`. */
internal class TableNode(val table: MibTable) : MibNode(table.entry) {
    private val depth = root.size()

    override fun get(oid: Oid): Variable {
        if (oid.size() <= depth) return NoSuchObject.INSTANCE
        val column = oid.arc(depth)
        val at = table.position(column)
        if (at < 0) return NoSuchObject.INSTANCE
        if (oid.size() == depth + 1) return NoSuchInstance.INSTANCE
        val index = oid.suffixAfter(root.child(column))
        return table.rows[index]?.get(at) ?: NoSuchInstance.INSTANCE
    }

    override fun next(oid: Oid): VarBind? {
        var at: Int
        var after: Oid?
        if (oid.size() <= depth) {
            at = 0
            after = null
        } else {
            val column = oid.arc(depth)
            val exact = table.position(column)
            if (exact >= 0) {
                at = exact
                after = oid.suffixAfter(root.child(column))
            } else {
                at = table.positionAfter(column)
                after = null
            }
        }
        while (at < table.columns.size) {
            val rows = if (after == null) table.rows else table.rows.tailMap(after, false)
            for ((index, row) in rows) {
                val value = row.get(at) ?: continue
                return VarBind.of(root.child(table.columns[at].id.toLong()).append(index), value)
            }
            at++
            after = null
        }
        return null
    }

    override fun prepareSet(oid: Oid, value: Variable): SetPlan {
        if (oid.size() <= depth) return SetPlan.fail(ErrorStatus.NOT_WRITABLE)
        val columnId = oid.arc(depth)
        val at = table.position(columnId)
        if (at < 0) return SetPlan.fail(ErrorStatus.NOT_WRITABLE)
        val column = table.columns[at]
        if (!column.writable) return SetPlan.fail(ErrorStatus.NOT_WRITABLE)
        if (oid.size() == depth + 1) return SetPlan.fail(ErrorStatus.NO_CREATION)
        val index = oid.suffixAfter(root.child(columnId))
        if (!table.rows.containsKey(index)) {
            val creation = table.mayCreate(index)
            if (creation.isError) return SetPlan.fail(creation)
        }
        if (!column.type.matches(value)) return SetPlan.fail(ErrorStatus.WRONG_TYPE)
        val checked = column.check?.check(value) ?: ErrorStatus.NO_ERROR
        if (checked.isError) return SetPlan.fail(checked)
        return SetPlan.of(object : SetAction {
            private var created = false
            private var previous: Variable? = null
            private var row: AtomicReferenceArray<Variable?>? = null

            override fun commit() {
                var r = table.rows[index]
                if (r == null) {
                    r = AtomicReferenceArray(table.columns.size)
                    val raced = table.rows.putIfAbsent(index, r)
                    if (raced != null) r = raced else created = true
                }
                row = r
                previous = r.get(at)
                r.set(at, value)
            }

            override fun undo() {
                if (created) table.rows.remove(index, row) else row?.set(at, previous)
            }
        })
    }
}
