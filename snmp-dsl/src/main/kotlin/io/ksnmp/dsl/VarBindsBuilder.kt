package io.ksnmp.dsl

import io.ksnmp.dsl.internal.SmiValues
import io.ksnmp.dsl.mib.MibInstance
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import java.net.Inet4Address
import kotlin.time.Duration

/**
 * A list of variable bindings written as `name to value`, the values plain Kotlin values mapped to
 * their SMI types: `Int` → INTEGER, `UInt` → Gauge32 (Unsigned32), `ULong` → Counter64, `String`
 * (as UTF-8) and `ByteArray` → OCTET STRING, [Oid] → OBJECT IDENTIFIER, [Inet4Address] →
 * IpAddress, [Duration] → TimeTicks, and any [Variable] as it is (`Counter32.of(5)`). A value of
 * any other type does not compile. Names are dotted strings or [Oid]s, or declared instances
 * (scalars, cells) whose values are of their declared Kotlin type.
 *
 * ```
 * val sysContact = Oid.parse("1.3.6.1.2.1.1.4.0")
 * router.set(varBinds {
 *     sysContact to "noc@example.net"
 *     "1.3.6.1.2.1.1.6.0" to "rack 4"
 *     "1.3.6.1.4.1.99999.1.0" to 42
 * })
 * router.get(varBinds { name("1.3.6.1.2.1.1.3.0"); name(sysContact) }.oids())
 * ```
 */
public fun varBinds(block: VarBindsBuilder.() -> Unit): VarBindList = VarBindsBuilder().apply(block).build()

/** The receiver of [varBinds]: each `to` adds one binding, in order. */
@SnmpDsl
public class VarBindsBuilder internal constructor() {
    private val list = ArrayList<VarBind>()

    /** Adds [varBind]. */
    public fun add(varBind: VarBind) {
        list.add(varBind)
    }

    /** Adds a name with a NULL value (as a get request carries it). */
    public fun name(oid: Oid) {
        list.add(VarBind.of(oid))
    }

    /** Adds a dotted name with a NULL value. */
    public fun name(oid: String) {
        list.add(VarBind.of(oid))
    }

    /** Adds this name with [value] as it is. */
    public infix fun Oid.to(value: Variable): Unit = bind(this, value)

    /** Adds this name with an INTEGER. */
    public infix fun Oid.to(value: Int): Unit = bind(this, value)

    /** Adds this name with a Gauge32 (Unsigned32). */
    public infix fun Oid.to(value: UInt): Unit = bind(this, value)

    /** Adds this name with a Counter64. */
    public infix fun Oid.to(value: ULong): Unit = bind(this, value)

    /** Adds this name with an OCTET STRING holding the text's UTF-8 octets. */
    public infix fun Oid.to(value: String): Unit = bind(this, value)

    /** Adds this name with an OCTET STRING. */
    public infix fun Oid.to(value: ByteArray): Unit = bind(this, value)

    /** Adds this name with an OBJECT IDENTIFIER. */
    public infix fun Oid.to(value: Oid): Unit = bind(this, value)

    /** Adds this name with an IpAddress. */
    public infix fun Oid.to(value: Inet4Address): Unit = bind(this, value)

    /** Adds this name with TimeTicks (hundredths of a second, rounded down). */
    public infix fun Oid.to(value: Duration): Unit = bind(this, value)

    /** Adds this dotted name with [value] as it is. */
    public infix fun String.to(value: Variable): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with an INTEGER. */
    public infix fun String.to(value: Int): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with a Gauge32 (Unsigned32). */
    public infix fun String.to(value: UInt): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with a Counter64. */
    public infix fun String.to(value: ULong): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with an OCTET STRING holding the text's UTF-8 octets. */
    public infix fun String.to(value: String): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with an OCTET STRING. */
    public infix fun String.to(value: ByteArray): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with an OBJECT IDENTIFIER. */
    public infix fun String.to(value: Oid): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with an IpAddress. */
    public infix fun String.to(value: Inet4Address): Unit = bind(Oid.parse(this), value)

    /** Adds this dotted name with TimeTicks (hundredths of a second, rounded down). */
    public infix fun String.to(value: Duration): Unit = bind(Oid.parse(this), value)

    /**
     * Adds a declared instance (a scalar, or a column's cell `column[index]`) with a value of its
     * Kotlin type, encoded by its syntax.
     *
     * ```
     * varBinds { SystemGroup.sysContact to "noc@example.net"; IfXTable.ifAlias[7] to "uplink" }
     * ```
     */
    public infix fun <T : Any> MibInstance<T>.to(value: T) {
        list.add(VarBind.of(instanceOid, syntax.encode(value)))
    }

    /** A declared instance with a value of another type than its own does not compile. */
    @Deprecated("the value is not of the object's type", level = DeprecationLevel.ERROR)
    public infix fun MibInstance<*>.to(value: Any?): Nothing = throw UnsupportedOperationException()

    /**
     * Stands in for Kotlin's `to` (which would make a `Pair` and add nothing) when the value has
     * no SMI mapping, such as a `Long` or a `Double`: such a binding does not compile.
     */
    @Deprecated("no SMI type for this value: use Int, UInt, ULong, String, ByteArray, Oid, Inet4Address, Duration or a Variable", level = DeprecationLevel.ERROR)
    public infix fun Oid.to(value: Any?): Nothing = throw UnsupportedOperationException()

    /** See the [Oid] form: a dotted name with a value of no SMI mapping does not compile. */
    @Deprecated("no SMI type for this value: use Int, UInt, ULong, String, ByteArray, Oid, Inet4Address, Duration or a Variable", level = DeprecationLevel.ERROR)
    public infix fun String.to(value: Any?): Nothing = throw UnsupportedOperationException()

    private fun bind(oid: Oid, value: Any) {
        list.add(VarBind.of(oid, SmiValues.of(value)))
    }

    internal fun build(): VarBindList = VarBindList.copyOf(list)

    override fun toString(): String = "VarBindsBuilder(${list.size} bindings)"
}
