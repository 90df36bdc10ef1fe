package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.MutableScalar
import io.ksnmp.coroutines.agent.ScalarHandler
import io.ksnmp.dsl.SnmpDsl
import io.ksnmp.dsl.mib.Scalar
import io.ksnmp.dsl.mib.WritableScalar
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Variable

/**
 * A declared scalar with a fixed value of its Kotlin type.
 *
 * ```
 * mib { scalar(SystemGroup.sysServices, 72) }
 * ```
 */
public fun <T : Any> MibBuilder.scalar(scalar: Scalar<T>, value: T) {
    registry.scalar(scalar.instanceOid, scalar.syntax.encode(value))
}

/**
 * A declared scalar whose value [getter] gives, in its Kotlin type, at each request (on the
 * engine's event loop: quick, never blocking). Served read-only, even if the MIB lets it be written.
 *
 * ```
 * val start = TimeSource.Monotonic.markNow()
 * mib {
 *     scalar(SystemGroup.sysDescr) { "router 1" }
 *     scalar(SystemGroup.sysUpTime) { start.elapsedNow() }
 * }
 * ```
 */
public fun <T : Any> MibBuilder.scalar(scalar: Scalar<T>, getter: () -> T) {
    val syntax = scalar.syntax
    registry.scalar(scalar.instanceOid, syntax.smiType) { syntax.encode(getter()) }
}

/**
 * A declared writable scalar holding its value: sets write it once the syntax reads them and
 * [check] accepts them; the application reads and writes it through [MibValue.value]. Only a
 * scalar the MIB declares writable compiles here.
 *
 * ```
 * val contact = writable(SystemGroup.sysContact, "ops@example.net") { if ('@' in it) ErrorStatus.NO_ERROR else ErrorStatus.WRONG_VALUE }
 * contact.value = "noc@example.net"
 * ```
 */
public fun <T : Any> MibBuilder.writable(scalar: WritableScalar<T>, initial: T, check: ((T) -> ErrorStatus)? = null): MibValue<T> {
    val holder = registry.writableScalar(scalar.instanceOid, scalar.syntax.encode(initial), typedCheck(scalar.instanceOid, scalar.syntax, check))
    return MibValue(scalar, holder)
}

/**
 * A declared writable scalar made of a getter, a setter and checks of its Kotlin type.
 *
 * ```
 * writable(SnmpGroup.snmpEnableAuthenTraps) {
 *     get { authTraps }
 *     set { authTraps = it }
 * }
 * ```
 */
public fun <T : Any> MibBuilder.writable(scalar: WritableScalar<T>, block: TypedScalarBuilder<T>.() -> Unit) {
    registry.scalar(scalar.instanceOid, TypedScalarBuilder(scalar).apply(block).build())
}

/**
 * The value of a writable scalar an agent holds, in its Kotlin type; see [MibBuilder.writable].
 *
 * @property scalar the declaration
 * @property holder the untyped scalar the registry serves
 */
public class MibValue<T : Any> internal constructor(
    public val scalar: Scalar<T>,
    public val holder: MutableScalar,
) {
    /** The current value: what gets answer, what sets wrote; may be changed from any thread. */
    public var value: T
        get() = scalar.syntax.decode(scalar.instanceOid, holder.value)
        set(v) {
            holder.value = scalar.syntax.encode(v)
        }

    override fun toString(): String = "MibValue(${scalar.instanceOid.toDottedString()})"
}

/** The getter, setter and checks of a writable declared scalar, in its Kotlin type; see [MibBuilder.writable]. */
@SnmpDsl
public class TypedScalarBuilder<T : Any> internal constructor(
    /** The declaration. */
    public val scalar: WritableScalar<T>,
) {
    private var getter: (() -> T)? = null
    private var setter: ((T) -> Unit)? = null
    private val checks = ArrayList<(T) -> ErrorStatus>()

    /** How the value is read at each request. */
    public fun get(getter: () -> T) {
        this.getter = getter
    }

    /** How a checked value is written (throwing: commitFailed). */
    public fun set(setter: (T) -> Unit) {
        this.setter = setter
    }

    /** Adds a check of written values: return [ErrorStatus.NO_ERROR] or the error to answer. */
    public fun check(check: (T) -> ErrorStatus) {
        checks.add(check)
    }

    internal fun build(): ScalarHandler {
        val read = checkNotNull(getter) { "a scalar needs get { }" }
        val write = checkNotNull(setter) { "a writable scalar needs set { }" }
        val oid = scalar.instanceOid
        val syntax = scalar.syntax
        val all = checks.toList()
        val valueCheck = typedCheck(oid, syntax) { v -> all.asSequence().map { it(v) }.firstOrNull { it.isError } ?: ErrorStatus.NO_ERROR }
        return object : ScalarHandler(syntax.smiType, true) {
            override fun get(): Variable = syntax.encode(read())

            override fun check(value: Variable): ErrorStatus = valueCheck.check(value)

            override fun set(value: Variable) = write(syntax.decode(oid, value))

            override fun toString(): String = "scalar(${oid.toDottedString()}, ${syntax.name}, read-write)"
        }
    }

    override fun toString(): String = "TypedScalarBuilder(${scalar.instanceOid.toDottedString()})"
}
