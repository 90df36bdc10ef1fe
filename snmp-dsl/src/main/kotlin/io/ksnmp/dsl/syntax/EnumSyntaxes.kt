package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.Integer32 as SmiInteger32
import io.ksnmp.smi.OctetString as SmiOctetString

/**
 * An enumerated INTEGER as the Kotlin enum [E]; numbers [E] does not name read as
 * [UnknownEnumNumber] (and can be written back).
 *
 * ```
 * enum class IfStatus(override val number: Int) : SmiEnum<IfStatus> { UP(1), DOWN(2), TESTING(3) }
 * val ifOperStatus = column(8, enumOf<IfStatus>())
 * ```
 */
public inline fun <reified E> enumOf(): SmiSyntax<SmiEnum<E>> where E : Enum<E>, E : SmiEnum<E> =
    enumSyntax(E::class.java.simpleName, enumValues<E>().asList())

/**
 * [enumOf] with the syntax's name and the enum's values given.
 *
 * ```
 * val status = enumSyntax("IfStatus", IfStatus.entries)
 * ```
 *
 * @throws IllegalArgumentException if two values have one number
 */
public fun <E : SmiEnum<E>> enumSyntax(name: String, values: Collection<E>): SmiSyntax<SmiEnum<E>> {
    val byNumber = numbered(values)
    return smiSyntax<SmiInteger32, SmiEnum<E>>(name, SmiType.INTEGER, { byNumber[it.value()] ?: UnknownEnumNumber(it.value()) }, { SmiInteger32.of(it.number) })
}

/**
 * `BITS` as the set of the bits that are on, each a value of the enum [E] whose numbers are the
 * bits' positions (RFC 2578 §7.1.4: bit 0 is the first octet's high bit). Bits [E] does not name
 * read as [UnknownEnumNumber]. Written in as many octets as the highest bit [E] names needs (or
 * the set's highest bit, if higher).
 *
 * ```
 * enum class Feature(override val number: Int) : SmiEnum<Feature> { SSH(0), TELNET(1), HTTP(2) }
 * val enabledFeatures = scalar(5, bitsOf<Feature>())       // Set<SmiEnum<Feature>>
 * ```
 */
public inline fun <reified E> bitsOf(): SmiSyntax<Set<SmiEnum<E>>> where E : Enum<E>, E : SmiEnum<E> =
    bitsSyntax(E::class.java.simpleName, enumValues<E>().asList())

/**
 * [bitsOf] with the syntax's name and the enum's values given.
 *
 * @throws IllegalArgumentException if two values have one number or a number is negative
 */
public fun <E : SmiEnum<E>> bitsSyntax(name: String, values: Collection<E>): SmiSyntax<Set<SmiEnum<E>>> {
    val byNumber = numbered(values)
    require(byNumber.keys.all { it >= 0 }) { "bit positions are not negative" }
    val width = (byNumber.keys.maxOrNull() ?: -1) / 8 + 1
    return smiSyntax<SmiOctetString, Set<SmiEnum<E>>>(
        name, SmiType.OCTET_STRING,
        { octets ->
            val bytes = octets.toByteArray()
            buildSet {
                for (bit in 0 until bytes.size * 8) {
                    if (bytes[bit / 8].toInt() and (0x80 ushr (bit % 8)) != 0) add(byNumber[bit] ?: UnknownEnumNumber(bit))
                }
            }
        },
        { set ->
            require(set.all { it.number >= 0 }) { "bit positions are not negative" }
            val bytes = ByteArray(maxOf(width, (set.maxOfOrNull { it.number } ?: -1) / 8 + 1))
            for (value in set) bytes[value.number / 8] = (bytes[value.number / 8].toInt() or (0x80 ushr (value.number % 8))).toByte()
            SmiOctetString.of(bytes)
        },
    )
}

private fun <E : SmiEnum<E>> numbered(values: Collection<E>): Map<Int, E> {
    val byNumber = values.associateBy { it.number }
    require(byNumber.size == values.size) { "two values have one number" }
    return byNumber
}
