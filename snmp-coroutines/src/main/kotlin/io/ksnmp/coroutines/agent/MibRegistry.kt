package io.ksnmp.coroutines.agent

import io.ksnmp.coroutines.agent.internal.LambdaScalar
import io.ksnmp.coroutines.agent.internal.MibNode
import io.ksnmp.coroutines.agent.internal.ReplayStore
import io.ksnmp.coroutines.agent.internal.ScalarNode
import io.ksnmp.coroutines.agent.internal.SetPlan
import io.ksnmp.coroutines.agent.internal.TableNode
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable
import java.util.concurrent.ConcurrentSkipListMap

/**
 * The managed objects an [SnmpAgent] serves: scalars (fixed, mutable or backed by handlers),
 * tables whose rows change at run time, and a read-only replay of a recorded walk. Safe to
 * change from any thread while agents serve it; one registry may serve several agents.
 *
 * Scalars and tables own their subtree (a scalar `…x.0` owns `…x`, a table owns its entry);
 * subtrees may not nest. Replayed bindings fill in everything else: where a replayed name lies
 * in a registered subtree, the registered object wins. Lookups are binary searches (tree map of
 * subtrees, sorted array of replayed bindings): get-next is O(log n) however many bindings are
 * replayed.
 *
 * ```
 * val mib = MibRegistry()
 * mib.scalar(Oid.parse("1.3.6.1.2.1.1.1.0"), OctetString.of("ksnmp demo"))
 * mib.scalar(Oid.parse("1.3.6.1.2.1.1.3.0"), SmiType.TIME_TICKS) { TimeTicks.of(uptimeHundredths()) }
 * val sysContact = mib.writableScalar(Oid.parse("1.3.6.1.2.1.1.4.0"), OctetString.of("ops"), ValueCheck.length(0, 255))
 * val ifTable = mib.table(Oid.parse("1.3.6.1.2.1.2.2.1"), listOf(MibColumn(1, SmiType.INTEGER), MibColumn(2, SmiType.OCTET_STRING)))
 * ifTable.addRow(Oid.of(1), Integer32.of(1), OctetString.of("eth0"))
 * mib.replay(WalkRecording.parse(path))   // any Iterable<VarBind>, in any order
 * ```
 *
 * Every handler runs on the serving engine's event loop: quick, never blocking.
 */
public class MibRegistry {
    private val nodes = ConcurrentSkipListMap<Oid, MibNode>()
    private val lock = Any()

    @Volatile
    private var replayed: ReplayStore = ReplayStore.EMPTY

    /**
     * A read-only scalar with a fixed value.
     *
     * @param oid the instance, normally `object.0`
     * @throws IllegalArgumentException if its subtree overlaps a registered one
     */
    public fun scalar(oid: Oid, value: Variable): MibRegistry = scalar(oid, MutableScalar(value, writable = false))

    /**
     * A read-only scalar whose value [getter] computes at each request.
     *
     * ```
     * mib.scalar(sysUpTime, SmiType.TIME_TICKS) { TimeTicks.of((System.nanoTime() - start) / 10_000_000) }
     * ```
     */
    public fun scalar(oid: Oid, type: SmiType, getter: ValueGetter): MibRegistry =
        scalar(oid, LambdaScalar(type, getter, null, null))

    /**
     * A read-write scalar made of a getter and a setter, with an optional check of written values.
     *
     * ```
     * mib.scalar(oid, SmiType.INTEGER, { Integer32.of(level) }, { v -> level = (v as Integer32).value() }, ValueCheck.range(0, 7))
     * ```
     */
    @JvmOverloads
    public fun scalar(oid: Oid, type: SmiType, getter: ValueGetter, setter: ValueSetter, check: ValueCheck? = null): MibRegistry =
        scalar(oid, LambdaScalar(type, getter, setter, check))

    /**
     * A scalar holding its value, writable by sets (checked by [check]) and by the application.
     *
     * @return the scalar, whose [MutableScalar.value] the application reads and changes
     */
    @JvmOverloads
    public fun writableScalar(oid: Oid, initial: Variable, check: ValueCheck? = null): MutableScalar =
        MutableScalar(initial, writable = true, valueCheck = check).also { scalar(oid, it) }

    /** A scalar with its own [ScalarHandler]. */
    public fun scalar(oid: Oid, handler: ScalarHandler): MibRegistry {
        require(oid.size() >= 2) { "a scalar's instance has at least two arcs" }
        register(ScalarNode(oid, handler))
        return this
    }

    /**
     * A table, empty until rows are added.
     *
     * @param entry the entry's OID (`…Table.1`)
     * @param columns its columns
     * @param creatable whether a set of a writable column in a missing row creates the row
     * @param creationCheck decides which rows a set may create (default: any)
     * @return the table, to add, change and remove rows
     */
    @JvmOverloads
    public fun table(entry: Oid, columns: List<MibColumn>, creatable: Boolean = false, creationCheck: RowCreationCheck? = null): MibTable {
        val table = MibTable.create(entry, columns, creatable, creationCheck)
        register(TableNode(table))
        return table
    }

    /**
     * Adds replayed bindings (a recorded walk, in any order): read-only, served as recorded.
     * A name replayed again takes the newer value; NULL and exception values are ignored.
     */
    public fun replay(varBinds: Iterable<VarBind>): MibRegistry {
        synchronized(lock) { replayed = replayed.plus(varBinds) }
        return this
    }

    /** How many replayed bindings the registry holds. */
    public val replayedSize: Int get() = replayed.size

    /**
     * Removes the scalar whose instance is [oid], or the table whose entry is [oid].
     *
     * @return whether there was one
     */
    public fun remove(oid: Oid): Boolean = synchronized(lock) {
        nodes.remove(oid)?.let { return true }
        val scalar = nodes[oid.parent()]
        scalar is ScalarNode && scalar.instance == oid && nodes.remove(oid.parent(), scalar)
    }

    private fun register(node: MibNode) = synchronized(lock) {
        val root = node.root
        nodes.floorEntry(root)?.let { require(!root.startsWith(it.key)) { "$root lies in the registered subtree ${it.key}" } }
        nodes.ceilingEntry(root)?.let { require(!it.key.startsWith(root)) { "the registered subtree ${it.key} lies in $root" } }
        nodes[root] = node
    }

    private fun nodeOrNull(oid: Oid): MibNode? = nodes.floorEntry(oid)?.value?.takeIf { oid.startsWith(it.root) }

    /**
     * What a get of [oid] answers.
     *
     * @return the value, [NoSuchInstance] (the object exists, not this instance) or [NoSuchObject]
     *     (for replayed names: noSuchInstance when a replayed name shares the parent of [oid])
     */
    public fun get(oid: Oid): Variable {
        nodeOrNull(oid)?.let { return it.get(oid) }
        val store = replayed
        store.exactOrNull(oid)?.let { return it.value() }
        return if (oid.size() > 1 && store.hasUnder(oid.parent())) NoSuchInstance.INSTANCE else NoSuchObject.INSTANCE
    }

    /** @return what a get-next of [oid] answers: the first instance after it, or null at the end of the MIB */
    public fun nextOrNull(oid: Oid): VarBind? {
        val registered = registeredNext(oid)
        val store = replayed
        var i = store.indexAfter(oid)
        while (i < store.size) {
            val candidate = store[i]
            if (registered != null && candidate.oid() >= registered.oid()) break
            val shadow = nodeOrNull(candidate.oid()) ?: return candidate
            i = store.firstNotUnder(shadow.root, i)
        }
        return registered
    }

    private fun registeredNext(oid: Oid): VarBind? {
        nodeOrNull(oid)?.next(oid)?.let { return it }
        var entry = nodes.higherEntry(oid)
        while (entry != null) {
            entry.value.next(entry.key)?.let { return it }
            entry = nodes.higherEntry(entry.key)
        }
        return null
    }

    /** @return every instance the registry serves now, in order (what a full walk would see) */
    public fun snapshot(): List<VarBind> {
        val all = ArrayList<VarBind>()
        var at = Oid.empty()
        while (true) {
            val vb = nextOrNull(at) ?: return all
            all.add(vb)
            at = vb.oid()
        }
    }

    /** The check phase of a set of one binding. */
    @JvmSynthetic internal fun prepareSet(oid: Oid, value: Variable): SetPlan =
        nodeOrNull(oid)?.prepareSet(oid, value) ?: SetPlan.fail(ErrorStatus.NOT_WRITABLE)

    override fun toString(): String = "MibRegistry(${nodes.size} objects, ${replayed.size} replayed)"
}
