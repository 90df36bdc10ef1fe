package io.ksnmp.dsl.index

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import io.ksnmp.dsl.oid
import io.ksnmp.dsl.syntax.PhysicalAddress
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.syntax.UnknownEnumNumber
import io.ksnmp.smi.IndexDecodingException
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Generators
import java.net.Inet4Address
import java.net.Inet6Address
import java.net.InetAddress

private enum class AddressKind(override val number: Int) : SmiEnum<AddressKind> { IPV4(1), IPV6(2) }

/**
 * Index codecs (RFC 2578 §7.7): every codec round-trips its values through arcs (property tests),
 * gives the arcs the RFC prescribes, and fails on arcs that do not parse with
 * [IndexDecodingException] at the arc where reading failed.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class IndexCodecSpec : FunSpec({
    val config = PropTestConfig(seed = 20261207L)
    val octets = Arb.byteArray(Arb.int(0..40), Arb.byte()).map { OctetString.of(it) }
    val ipv4 = Arb.int().map { InetAddress.getByAddress(java.nio.ByteBuffer.allocate(4).putInt(it).array()) as Inet4Address }
    val ipv6 = Arb.bind(Arb.byteArray(Arb.int(16..16), Arb.byte()), Arb.int(0..1000)) { bytes, scope ->
        Inet6Address.getByAddress(null, bytes, if (scope < 500) -1 else scope) as InetAddress
    }

    fun <T : Any> IndexCodec<T>.roundTrips(value: T) {
        decode(encode(value)) shouldBe value
    }

    test("integerIndex: one arc, 0..2^31-1; unsignedIndex: one arc, 0..2^32-1") {
        checkAll(config, Arb.int(0..Int.MAX_VALUE)) { n ->
            integerIndex().encode(n) shouldBe Oid.of(n)
            integerIndex().roundTrips(n)
        }
        checkAll(config, Generators.unsigned32) { n -> unsignedIndex().roundTrips(n) }
        shouldThrow<IllegalArgumentException> { integerIndex().encode(-1) }
        shouldThrow<IndexDecodingException> { integerIndex().decode(Oid.of(0x8000_0000L)) }.arcPosition() shouldBe 0
    }

    test("stringIndex and octetsIndex: the length then the octets, or IMPLIED the octets alone") {
        stringIndex().encode("eth0") shouldBe oid(4, 101, 116, 104, 48)
        stringIndex(implied = true).encode("eth0") shouldBe oid(101, 116, 104, 48)
        checkAll(config, Arb.string(0..30)) { s ->
            stringIndex().roundTrips(s)
            stringIndex(implied = true).roundTrips(s)
        }
        checkAll(config, octets) { o ->
            octetsIndex().roundTrips(o)
            octetsIndex(implied = true).roundTrips(o)
        }
    }

    test("fixedOctetsIndex and macAddressIndex: exactly n octets, no length arc") {
        checkAll(config, Arb.byteArray(Arb.int(6..6), Arb.byte())) { b ->
            macAddressIndex().encode(PhysicalAddress.of(b)).size() shouldBe 6
            macAddressIndex().roundTrips(PhysicalAddress.of(b))
            fixedOctetsIndex(6).roundTrips(OctetString.of(b))
        }
        shouldThrow<IllegalArgumentException> { fixedOctetsIndex(6).encode(OctetString.of(ByteArray(5))) }
        shouldThrow<IndexDecodingException> { fixedOctetsIndex(6).decode(oid(1, 2, 3)) }
    }

    test("ipAddressIndex: four arcs, one per octet") {
        ipAddressIndex().encode(InetAddress.getByName("192.0.2.1") as Inet4Address) shouldBe oid(192, 0, 2, 1)
        checkAll(config, ipv4) { a -> ipAddressIndex().roundTrips(a) }
    }

    test("oidIndex: the arc count then the arcs, or IMPLIED the arcs alone") {
        oidIndex().encode(oid("1.3.6")) shouldBe oid(3, 1, 3, 6)
        checkAll(config, Generators.shortOid) { o ->
            oidIndex().roundTrips(o)
            oidIndex(implied = true).roundTrips(o)
        }
    }

    test("enumIndex: the number, unknown numbers kept") {
        val kind = enumIndex<AddressKind>()
        kind.decode(oid(2)) shouldBe AddressKind.IPV6
        kind.decode(oid(16)) shouldBe UnknownEnumNumber<AddressKind>(16)
        kind.encode(AddressKind.IPV4) shouldBe oid(1)
    }

    test("inetAddressIndex: InetAddressType, then the length and the octets (ipv4 1, ipv6 2, ipv6z 4 with the scope id)") {
        inetAddressIndex().encode(InetAddress.getByName("192.0.2.1")) shouldBe oid(1, 4, 192, 0, 2, 1)
        inetAddressIndex().encode(InetAddress.getByName("::1")) shouldBe oid(2, 16, *IntArray(15) + 1)
        checkAll(config, ipv4) { a -> inetAddressIndex().roundTrips(a) }
        checkAll(config, ipv6) { a ->
            val back = inetAddressIndex().decode(inetAddressIndex().encode(a)) as Inet6Address
            back.address.toList() shouldBe a.address.toList()
            back.scopeId shouldBe (a as Inet6Address).scopeId
        }
        inetAddressIndex().decode(oid(3, 8, 192, 0, 2, 1, 0, 0, 0, 0)) shouldBe InetAddress.getByName("192.0.2.1")
    }

    test("inetAddressIndex refuses other address types and lengths that do not fit the type") {
        shouldThrow<IndexDecodingException> { inetAddressIndex().decode(oid(16, 3, 97, 98, 99)) }.arcPosition() shouldBe 0
        shouldThrow<IndexDecodingException> { inetAddressIndex().decode(oid(1, 3, 192, 0, 2)) }.arcPosition() shouldBe 1
    }

    test("several parts: index(a, b) as a Pair and index(a, b, c) as a Triple round-trip, in order") {
        val two = index(integerIndex(), ipAddressIndex())
        two.encode(3 to (InetAddress.getByName("192.0.2.1") as Inet4Address)) shouldBe oid(3, 192, 0, 2, 1)
        checkAll(config, Arb.int(0..Int.MAX_VALUE), ipv4) { n, a -> two.roundTrips(n to a) }
        val three = index(stringIndex(), unsignedIndex(), oidIndex(implied = true))
        checkAll(config, Arb.string(0..10), Generators.unsigned32, Generators.shortOid) { s, n, o -> three.roundTrips(Triple(s, n, o)) }
        // vacmViewTreeFamilyTable's index: view name, then the subtree, both length-prefixed.
        index(stringIndex(), oidIndex()).encode("all" to oid("1")) shouldBe Oid.empty().withStringIndex("all", false).withOidIndex(oid("1"), false)
    }

    test("only the last part may be IMPLIED") {
        shouldThrow<IllegalArgumentException> { index(stringIndex(implied = true), integerIndex()) }
        shouldThrow<IllegalArgumentException> { index(integerIndex(), oidIndex(implied = true), integerIndex()) }
    }

    test("arcs that do not parse fail with IndexDecodingException at the failing arc") {
        // too few
        shouldThrow<IndexDecodingException> { ipAddressIndex().decode(oid(192, 0, 2)) }.arcPosition() shouldBe 0
        // left over
        shouldThrow<IndexDecodingException> { integerIndex().decode(oid(1, 2)) }.arcPosition() shouldBe 1
        // an octet above 255
        shouldThrow<IndexDecodingException> { stringIndex().decode(oid(2, 97, 256)) }.arcPosition() shouldBe 2
        // a length running past the end
        shouldThrow<IndexDecodingException> { stringIndex().decode(oid(5, 97)) }.arcPosition() shouldBe 0
        // nothing at all
        shouldThrow<IndexDecodingException> { index(integerIndex(), integerIndex()).decode(oid(1)) }.arcPosition() shouldBe 1
    }

    test("random arcs either decode to a value that encodes back to them, or fail with IndexDecodingException") {
        val codecs = listOf(integerIndex(), octetsIndex(), octetsIndex(implied = true), ipAddressIndex(), oidIndex(),
            index(integerIndex(), octetsIndex()), macAddressIndex())
        val arcs = Arb.list(Arb.long(0L..300L), 0..12).map { Oid.of(*it.toLongArray()) }
        checkAll(config, arcs) { index ->
            for (codec in codecs) {
                @Suppress("UNCHECKED_CAST")
                val c = codec as IndexCodec<Any>
                val value = try { c.decode(index) } catch (e: IndexDecodingException) { null }
                if (value != null) c.encode(value) shouldBe index
            }
            // ipv4z and ipv6z with zone 0 read as plain addresses, so only "decodes or throws" holds here
            try { inetAddressIndex().decode(index) } catch (e: IndexDecodingException) { }
        }
    }

    test("map adapts a codec to a type of one's own") {
        data class IfIndex(val value: Int)
        val codec = integerIndex().map(::IfIndex, IfIndex::value)
        codec.decode(oid(7)) shouldBe IfIndex(7)
        codec.encode(IfIndex(9)) shouldBe oid(9)
    }
})
