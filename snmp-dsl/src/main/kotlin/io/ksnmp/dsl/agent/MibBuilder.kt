package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.coroutines.agent.MutableScalar
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.internal.SmiValues
import io.ksnmp.dsl.io.readWalkRecording
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.text.WalkRecording
import kotlinx.io.Source

/**
 * A [MibRegistry] made in a block: scalars with fixed values, getters or writable values and
 * checks, tables, and recorded walks replayed around them.
 *
 * ```
 * val start = TimeSource.Monotonic.markNow()
 * val mib = mibRegistry {
 *     scalar("1.3.6.1.2.1.1.1.0", "router 1")
 *     scalar("1.3.6.1.2.1.1.3.0", SmiType.TIME_TICKS) { get { start.elapsedNow() } }
 *     val contact = writable("1.3.6.1.2.1.1.4.0", "ops@example.net", ValueCheck.length(0, 255))
 *     table("1.3.6.1.2.1.2.2.1") {
 *         column(1, SmiType.INTEGER); column(2, SmiType.OCTET_STRING)
 *         row(1) { it[1] = 1; it[2] = "eth0" }
 *     }
 *     replay(Path.of("switch.walk"))
 * }
 * ```
 */
public fun mibRegistry(block: MibBuilder.() -> Unit): MibRegistry = MibRegistry().also { MibBuilder(it).apply(block) }

/**
 * Adds objects to [registry]; the receiver of [mibRegistry] and of [AgentBuilder.mib]. Names are
 * dotted strings or [Oid]s; a scalar's name is its instance (`object.0`), a table's its entry.
 * Plain Kotlin values map to SMI types as in [io.ksnmp.dsl.varBinds]; where a type is given, a
 * number becomes that type.
 */
@SnmpDsl
public class MibBuilder internal constructor(
    /** The registry the objects go to. */
    public val registry: MibRegistry,
) {
    /**
     * A read-only scalar with a fixed value: a [io.ksnmp.smi.Variable], an `Int` (INTEGER),
     * `UInt` (Gauge32), `ULong` (Counter64), `String` or `ByteArray` (OCTET STRING), an [Oid],
     * an `Inet4Address` or a `Duration` (TimeTicks).
     *
     * ```
     * scalar("1.3.6.1.2.1.1.1.0", "router 1")
     * scalar("1.3.6.1.2.1.1.7.0", 72)
     * ```
     * A name has no declared type, so the value's Kotlin type is checked when the scalar is
     * registered, not by the compiler; a declared scalar (`scalar(SystemGroup.sysDescr, "router 1")`)
     * is checked by the compiler.
     *
     * @throws IllegalArgumentException for a value of another type (a `Long`, a `Double`…) or a subtree that overlaps a registered one
     */
    public fun scalar(oid: String, value: Any) {
        scalar(Oid.parse(oid), value)
    }

    /** [scalar] with an [Oid]. */
    public fun scalar(oid: Oid, value: Any) {
        registry.scalar(oid, SmiValues.of(value))
    }

    /**
     * A getter for a name needs the scalar's type, which a name lacks: this does not compile
     * (rather than registering the lambda as a value). Give the type, or use a declared scalar.
     */
    @Deprecated("a scalar by name needs its type: scalar(oid, SmiType.X) { get { … } }, or a declared scalar: scalar(SystemGroup.sysDescr) { … }", level = DeprecationLevel.ERROR)
    public fun scalar(oid: String, getter: () -> Any): Nothing = throw UnsupportedOperationException()

    /** See the dotted form: a getter for a name without a type does not compile. */
    @Deprecated("a scalar by name needs its type: scalar(oid, SmiType.X) { get { … } }, or a declared scalar: scalar(SystemGroup.sysDescr) { … }", level = DeprecationLevel.ERROR)
    public fun scalar(oid: Oid, getter: () -> Any): Nothing = throw UnsupportedOperationException()

    /**
     * A scalar whose getter (and, for a writable one, setter and checks) [block] sets.
     *
     * ```
     * scalar("1.3.6.1.2.1.1.3.0", SmiType.TIME_TICKS) { get { start.elapsedNow() } }
     * ```
     */
    public fun scalar(oid: String, type: SmiType, block: ScalarBuilder.() -> Unit) {
        scalar(Oid.parse(oid), type, block)
    }

    /** [scalar] with an [Oid]. */
    public fun scalar(oid: Oid, type: SmiType, block: ScalarBuilder.() -> Unit) {
        registry.scalar(oid, ScalarBuilder(type).apply(block).build())
    }

    /**
     * A scalar holding its value, writable by sets (each checked by [check] first) and by the
     * application through the returned [MutableScalar.value].
     *
     * ```
     * val contact = writable("1.3.6.1.2.1.1.4.0", "ops@example.net", ValueCheck.length(0, 255))
     * contact.value = OctetString.of("noc@example.net")
     * ```
     *
     * @throws IllegalArgumentException for an [initial] value of no SMI type (as [scalar]) or an overlapping subtree
     */
    public fun writable(oid: String, initial: Any, check: ValueCheck? = null): MutableScalar = writable(Oid.parse(oid), initial, check)

    /** [writable] with an [Oid]. */
    public fun writable(oid: Oid, initial: Any, check: ValueCheck? = null): MutableScalar =
        registry.writableScalar(oid, SmiValues.of(initial), check)

    /** A table, its columns and first rows set in [block]; see [TableBuilder]. @return the table, to change its rows at run time */
    public fun table(entry: String, block: TableBuilder.() -> Unit): MibTable = table(Oid.parse(entry), block)

    /** [table] with an [Oid]. */
    public fun table(entry: Oid, block: TableBuilder.() -> Unit): MibTable =
        TableBuilder(entry).apply(block).build { e, columns, creatable, check -> registry.table(e, columns, creatable, check) }

    /** Replays bindings (a recorded walk, in any order), read-only, under the registered objects. */
    public fun replay(varBinds: Iterable<VarBind>) {
        registry.replay(varBinds)
    }

    /** Replays the walk text `snmpwalk -On` printed, read from [source] to its end. */
    public fun replay(source: Source) {
        registry.replay(source.readWalkRecording())
    }

    /** Replays the walk text `snmpwalk -On` printed into [file] (read as UTF-8). */
    public fun replay(file: java.nio.file.Path) {
        registry.replay(WalkRecording.parse(java.nio.file.Files.readString(file)))
    }

    override fun toString(): String = "MibBuilder($registry)"
}
