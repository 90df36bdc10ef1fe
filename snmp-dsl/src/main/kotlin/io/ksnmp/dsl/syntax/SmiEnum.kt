package io.ksnmp.dsl.syntax

/**
 * A named number of an enumerated INTEGER or a named bit of a BITS: a Kotlin enum implements it
 * with its MIB numbers, and [UnknownEnumNumber] stands for a number the enum does not name, so a
 * value an agent sends is never thrown away.
 *
 * ```
 * enum class IfStatus(override val number: Int) : SmiEnum<IfStatus> { UP(1), DOWN(2), TESTING(3) }
 *
 * val status: SmiEnum<IfStatus> = row[IfTable.ifOperStatus]!!
 * when (status) {
 *     IfStatus.UP -> println("up")
 *     is UnknownEnumNumber -> println("number ${status.number}, unknown to this MIB")
 *     else -> println(status)
 * }
 * router.set(IfTable.ifAdminStatus[7] to IfStatus.DOWN)
 * ```
 *
 * @param E the enum, so that values of one enumeration cannot be set where another is declared
 */
public interface SmiEnum<E> {
    /** The number the MIB gives this value (for BITS: the bit's position, 0 first). */
    public val number: Int
}

/**
 * A number an enumerated INTEGER (or a bit of a BITS) has that the Kotlin enum [E] does not name:
 * an agent implementing a later revision of the MIB, or a vendor's extension. Equal by number.
 *
 * ```
 * val other: SmiEnum<IfStatus> = UnknownEnumNumber(8)
 * ```
 */
public class UnknownEnumNumber<E>(override val number: Int) : SmiEnum<E> {
    override fun equals(other: Any?): Boolean = other is UnknownEnumNumber<*> && other.number == number

    override fun hashCode(): Int = number

    override fun toString(): String = "unknown($number)"
}
