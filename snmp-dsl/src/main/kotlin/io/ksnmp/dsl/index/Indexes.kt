package io.ksnmp.dsl.index

import io.ksnmp.dsl.syntax.PhysicalAddress
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.syntax.UnknownEnumNumber
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import java.net.Inet4Address
import java.net.InetAddress

/**
 * An `INTEGER` (or `Integer32`) index part as an [Int]: one arc, 0..2,147,483,647 (RFC 2578 §7.7
 * allows only non-negative integers in an index).
 *
 * ```
 * object IfTable : MibTable<Int>("1.3.6.1.2.1.2.2.1", integerIndex()) { … }
 * ```
 */
public fun integerIndex(): IndexCodec<Int> = IntegerIndex

/**
 * An `Unsigned32` (or `Gauge32`, `TimeTicks`) index part as a [Long]: one arc, 0..4,294,967,295.
 *
 * ```
 * val index = unsignedIndex()
 * ```
 */
public fun unsignedIndex(): IndexCodec<Long> = UnsignedIndex

/**
 * A text index part (`DisplayString`, `SnmpAdminString`) as a UTF-8 [String]: its length then
 * one arc per octet, or with [implied] (`IMPLIED`, only as the last part) the octets alone.
 *
 * ```
 * object NsExtendConfigTable : MibTable<String>("1.3.6.1.4.1.8072.1.3.2.2.1", stringIndex()) { … }
 * ```
 *
 * Octets that are not UTF-8 read as U+FFFD; use [octetsIndex] for exact octets.
 */
public fun stringIndex(implied: Boolean = false): IndexCodec<String> =
    octetsIndex(implied).map({ it.asUtf8() }, { OctetString.of(it) })

/**
 * An `OCTET STRING` index part as its octets: its length then one arc per octet, or with
 * [implied] (`IMPLIED`, only as the last part) the octets alone.
 *
 * ```
 * val vacmGroupName = octetsIndex()
 * ```
 */
public fun octetsIndex(implied: Boolean = false): IndexCodec<OctetString> = OctetsIndex(implied)

/**
 * A fixed-length `OCTET STRING` index part (`OCTET STRING (SIZE (n))`): [length] arcs, no length arc.
 *
 * ```
 * val dot1dTpFdbAddress = fixedOctetsIndex(6)
 * ```
 */
public fun fixedOctetsIndex(length: Int): IndexCodec<OctetString> {
    require(length >= 0) { "a length is not negative" }
    return FixedOctetsIndex(length)
}

/**
 * A `MacAddress` index part: 6 arcs.
 *
 * ```
 * object FdbTable : MibTable<PhysicalAddress>("1.3.6.1.2.1.17.4.3.1", macAddressIndex()) { … }
 * ```
 */
public fun macAddressIndex(): IndexCodec<PhysicalAddress> = fixedOctetsIndex(6).map(::PhysicalAddress) { it.octets }

/**
 * An `IpAddress` index part as an [Inet4Address]: four arcs.
 *
 * ```
 * object IpAddrTable : MibTable<Inet4Address>("1.3.6.1.2.1.4.20.1", ipAddressIndex()) { … }
 * ```
 */
public fun ipAddressIndex(): IndexCodec<Inet4Address> = IpAddressIndex

/**
 * An `OBJECT IDENTIFIER` index part: its arc count then its arcs, or with [implied] (`IMPLIED`,
 * only as the last part) the arcs alone.
 *
 * ```
 * val vacmViewTreeFamily = index(stringIndex(), oidIndex())
 * ```
 */
public fun oidIndex(implied: Boolean = false): IndexCodec<Oid> = OidIndex(implied)

/**
 * An enumerated `INTEGER` index part as the enum [E] (numbers it does not name as
 * [UnknownEnumNumber]): one arc.
 *
 * ```
 * val byType = index(enumIndex<InetAddressType>(), octetsIndex())
 * ```
 */
public inline fun <reified E> enumIndex(): IndexCodec<SmiEnum<E>> where E : Enum<E>, E : SmiEnum<E> =
    enumIndex(enumValues<E>().asList())

/** [enumIndex] with the enum's values given. */
public fun <E : SmiEnum<E>> enumIndex(values: Collection<E>): IndexCodec<SmiEnum<E>> {
    val byNumber = values.associateBy { it.number }
    return integerIndex().map({ byNumber[it] ?: UnknownEnumNumber(it) }, { it.number })
}

/**
 * The two index parts `InetAddressType, InetAddress` (INET-ADDRESS-MIB, RFC 4001) as one
 * [InetAddress]: the type's arc (ipv4(1), ipv6(2), ipv4z(3), ipv6z(4)), then the address's length
 * and octets (a zone index's 4 octets after the address for the `z` types: IPv6 zones read as the
 * scope id; an IPv4 zone must be 0). Other types (dns, unknown) do not parse.
 *
 * ```
 * object IpAddressTable : MibTable<InetAddress>("1.3.6.1.2.1.4.34.1", inetAddressIndex()) { … }
 * ```
 */
public fun inetAddressIndex(): IndexCodec<InetAddress> = InetAddressIndex

/**
 * An index of two parts, as a [Pair]; only the last part may be `IMPLIED`.
 *
 * ```
 * val ipNetToPhysical = index(integerIndex(), inetAddressIndex())
 * val (ifIndex, address) = row.index
 * ```
 */
public fun <A : Any, B : Any> index(first: IndexCodec<A>, second: IndexCodec<B>): IndexCodec<Pair<A, B>> {
    require(!first.takesRemainingArcs) { "only an index's last part may be IMPLIED" }
    return object : IndexCodec<Pair<A, B>>() {
        override val takesRemainingArcs: Boolean get() = second.takesRemainingArcs

        override fun encode(value: Pair<A, B>): Oid = first.encode(value.first).append(second.encode(value.second))

        override fun read(reader: IndexReader): Pair<A, B> = first.read(reader) to second.read(reader)
    }
}

/**
 * An index of three parts, as a [Triple]; only the last part may be `IMPLIED`. For more parts,
 * nest pairs or write an [IndexCodec] of your own.
 *
 * ```
 * val index = index(stringIndex(), integerIndex(), oidIndex(implied = true))
 * ```
 */
public fun <A : Any, B : Any, C : Any> index(first: IndexCodec<A>, second: IndexCodec<B>, third: IndexCodec<C>): IndexCodec<Triple<A, B, C>> {
    require(!first.takesRemainingArcs && !second.takesRemainingArcs) { "only an index's last part may be IMPLIED" }
    return object : IndexCodec<Triple<A, B, C>>() {
        override val takesRemainingArcs: Boolean get() = third.takesRemainingArcs

        override fun encode(value: Triple<A, B, C>): Oid =
            first.encode(value.first).append(second.encode(value.second)).append(third.encode(value.third))

        override fun read(reader: IndexReader): Triple<A, B, C> = Triple(first.read(reader), second.read(reader), third.read(reader))
    }
}

private object IntegerIndex : IndexCodec<Int>() {
    override fun encode(value: Int): Oid {
        require(value >= 0) { "an INTEGER index is not negative" }
        return Oid.of(value)
    }

    override fun read(reader: IndexReader): Int = reader.nextArcAsInt()

    /** One arc, read without a reader: a table of an INTEGER index decodes one per row. */
    override fun decode(index: Oid): Int {
        if (index.size() != 1) return super.decode(index)
        val arc = index.arc(0)
        return if (arc <= Int.MAX_VALUE) arc.toInt() else super.decode(index)
    }
}

private object UnsignedIndex : IndexCodec<Long>() {
    override fun encode(value: Long): Oid = Oid.of(value)

    override fun read(reader: IndexReader): Long = reader.nextArc()
}

private class OctetsIndex(private val implied: Boolean) : IndexCodec<OctetString>() {
    override val takesRemainingArcs: Boolean get() = implied

    override fun encode(value: OctetString): Oid = Oid.empty().withStringIndex(value.toByteArray(), implied)

    override fun read(reader: IndexReader): OctetString =
        OctetString.of(reader.nextOctets(if (implied) reader.remaining else reader.nextLength()))
}

private class FixedOctetsIndex(private val length: Int) : IndexCodec<OctetString>() {
    override fun encode(value: OctetString): Oid {
        require(value.length() == length) { "this index is $length octets" }
        return Oid.empty().withStringIndex(value.toByteArray(), true)
    }

    override fun read(reader: IndexReader): OctetString = OctetString.of(reader.nextOctets(length))
}

private object IpAddressIndex : IndexCodec<Inet4Address>() {
    override fun encode(value: Inet4Address): Oid = Oid.empty().withStringIndex(value.address, true)

    override fun read(reader: IndexReader): Inet4Address = InetAddress.getByAddress(reader.nextOctets(4)) as Inet4Address
}

private class OidIndex(private val implied: Boolean) : IndexCodec<Oid>() {
    override val takesRemainingArcs: Boolean get() = implied

    override fun encode(value: Oid): Oid = Oid.empty().withOidIndex(value, implied)

    override fun read(reader: IndexReader): Oid {
        val count = if (implied) reader.remaining else reader.nextLength()
        if (count > Oid.MAX_ARCS) reader.fail("an OID index has at most ${Oid.MAX_ARCS} arcs")
        return reader.nextOid(count)
    }
}
