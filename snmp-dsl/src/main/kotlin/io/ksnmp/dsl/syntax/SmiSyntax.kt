package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.dsl.InvalidSmiValueException
import io.ksnmp.dsl.MissingInstanceException
import io.ksnmp.dsl.MissingReason
import io.ksnmp.dsl.WrongSmiTypeException
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable
import java.time.DateTimeException

/**
 * How one SMI syntax (a base type or a textual convention) reads as a Kotlin type [T] and back:
 * `DisplayString` ↔ `String`, `TimeTicks` ↔ `Duration`, an enumerated INTEGER ↔ a Kotlin enum.
 * Every declared object carries one; the ready-made ones are in this package ([DisplayString],
 * [TimeTicks], [Counter64], [enumOf], …), and users make their own with [smiSyntax] or [map].
 *
 * ```
 * val uptime: Duration = TimeTicks.decode(oid, io.ksnmp.smi.TimeTicks.of(4225))   // 42.25 s
 * val wire: Variable = DisplayString.encode("noc@example.net")                      // STRING: "noc@example.net"
 * // an enterprise textual convention: a temperature in tenths of a degree
 * val Celsius = Integer32.map("Celsius", decode = { it / 10.0 }, encode = { (it * 10).roundToInt() })
 * ```
 *
 * Reading checks the SMI type first: another type is a [WrongSmiTypeException] naming the OID, this
 * syntax and the type that came, never a `ClassCastException`; an exception value (noSuchObject, …)
 * is a [MissingInstanceException]; a value of the right type the syntax rejects (its decoder threw
 * `IllegalArgumentException`, as `require` does) is an [InvalidSmiValueException].
 *
 * @property name the syntax's name as the MIB writes it, such as `DisplayString`; it names the
 *     syntax in exceptions
 * @property smiType the SMI type the value travels in
 */
public abstract class SmiSyntax<T : Any> protected constructor(
    public val name: String,
    public val smiType: SmiType,
) {
    /**
     * Reads a value already known to be of [smiType].
     *
     * @throws IllegalArgumentException if the value is not valid for this syntax
     */
    protected abstract fun decodeValue(value: Variable): T

    /**
     * The SMI value a set (or a notification, or an agent) sends for [value].
     *
     * @throws IllegalArgumentException if [value] has no SMI form in this syntax (a negative
     *     duration for TimeTicks, a string longer than 65,535 octets)
     */
    public abstract fun encode(value: T): Variable

    /**
     * Reads [value], received for the instance [oid], as a [T].
     *
     * @throws MissingInstanceException for noSuchObject, noSuchInstance and endOfMibView
     * @throws WrongSmiTypeException if [value] is not of [smiType]
     * @throws InvalidSmiValueException if this syntax rejects the value
     */
    public fun decode(oid: Oid, value: Variable): T = decodeAt(value) { oid }

    /** [decode] of a value received for the instance `prefix.suffix`, that name made only if the value fails. */
    internal fun decode(prefix: Oid, suffix: Oid, value: Variable): T = decodeAt(value) { prefix.append(suffix) }

    private inline fun decodeAt(value: Variable, oid: () -> Oid): T {
        if (!smiType.matches(value)) {
            val missing = MissingReason.ofOrNull(value)
            if (missing != null) throw MissingInstanceException(oid(), missing)
            throw WrongSmiTypeException(oid(), name, smiType, value::class)
        }
        return try {
            decodeValue(value)
        } catch (e: IllegalArgumentException) {
            throw InvalidSmiValueException(oid(), name, e)
        } catch (e: DateTimeException) {
            throw InvalidSmiValueException(oid(), name, e)
        }
    }

    /**
     * A syntax over this one: the values travel as this syntax's, and read as [R] through
     * [decode] and [encode]. Textual conventions and units are made this way.
     *
     * ```
     * @JvmInline value class Percent(val value: Int)
     * val PercentSyntax = Integer32.map("Percent", decode = ::Percent, encode = Percent::value)
     * ```
     *
     * @param name the new syntax's name
     * @param decode from this syntax's Kotlin value; throw `IllegalArgumentException` (`require`) to reject it
     * @param encode back to this syntax's Kotlin value
     */
    public fun <R : Any> map(name: String, decode: (T) -> R, encode: (R) -> T): SmiSyntax<R> {
        val base = this
        return object : SmiSyntax<R>(name, smiType) {
            override fun decodeValue(value: Variable): R = decode(base.decodeValue(value))

            override fun encode(value: R): Variable = base.encode(encode(value))
        }
    }

    override fun toString(): String = "$name ($smiType)"
}

/**
 * A syntax of its own, from the SMI value class [V] it travels in: the way every ready-made
 * syntax is made, and the way to add one for an enterprise MIB.
 *
 * ```
 * // a 64-bit float some vendors carry in an OCTET STRING
 * val Float64 = smiSyntax<io.ksnmp.smi.OctetString, Double>("Float64", SmiType.OCTET_STRING,
 *     decode = { ByteBuffer.wrap(it.toByteArray().also { b -> require(b.size == 8) }).double },
 *     encode = { io.ksnmp.smi.OctetString.of(ByteBuffer.allocate(8).putDouble(it).array()) })
 * ```
 *
 * @param name the syntax's name as the MIB writes it
 * @param type the SMI type the value travels in; its value class must be [V]
 * @param decode reads a value; throw `IllegalArgumentException` (`require`) to reject it
 * @param encode the SMI value for a Kotlin value
 */
public inline fun <reified V : Variable, T : Any> smiSyntax(
    name: String,
    type: SmiType,
    crossinline decode: (V) -> T,
    crossinline encode: (T) -> V,
): SmiSyntax<T> = object : SmiSyntax<T>(name, type) {
    override fun decodeValue(value: Variable): T =
        decode(value as? V ?: throw IllegalArgumentException("$name: $type does not travel as ${V::class.simpleName}"))

    override fun encode(value: T): Variable = encode(value)
}
