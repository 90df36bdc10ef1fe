package io.ksnmp.smi

import io.ksnmp.testing.Generators
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.comparables.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.property.PropTestConfig
import io.kotest.property.checkAll

@OptIn(io.kotest.common.ExperimentalKotest::class)
class OidSpec : FunSpec({
    test("parse accepts a leading dot and prints without it") {
        Oid.parse(".1.3.6.1.2.1.1.1.0").toString() shouldBe "1.3.6.1.2.1.1.1.0"
        Oid.parse("1.3.6.1.2.1.1.1.0").toDottedString() shouldBe ".1.3.6.1.2.1.1.1.0"
        Oid.parse("1.3.4294967295").arc(2) shouldBe 4_294_967_295L
    }

    test("parse refuses malformed text") {
        listOf("", ".", "1..3", "1.3.", "1.a", "1.4294967296", "-1.3", " 1.3").forEach { text ->
            shouldThrow<IllegalArgumentException> { Oid.parse(text) }
        }
        shouldThrow<IllegalArgumentException> { Oid.parse((1..129).joinToString(".")) }
        Oid.parse((1..128).joinToString(".")).size() shouldBe 128
    }

    test("compare is lexicographic on unsigned arcs, prefixes first") {
        Oid.parse("1.3.6.1") shouldBeLessThan Oid.parse("1.3.6.1.0")
        Oid.parse("1.3.6.1.2") shouldBeLessThan Oid.parse("1.3.6.1.10")
        Oid.parse("1.3.6.1.2147483647") shouldBeLessThan Oid.parse("1.3.6.1.2147483648")
        Oid.parse("1.3.6.1.2147483648") shouldBeLessThan Oid.parse("1.3.6.1.4294967295")
        Oid.parse("1.3.6.2") shouldBeLessThan Oid.parse("1.3.6.10.1")
    }

    test("compare agrees with the order of the dotted arcs as unsigned numbers") {
        checkAll(2_000, PropTestConfig(seed = 7L), Generators.shortOid, Generators.shortOid) { a, b ->
            val expected = a.toIntArray().map { it.toUInt() }.zip(b.toIntArray().map { it.toUInt() })
                .firstOrNull { (x, y) -> x != y }?.let { (x, y) -> x.compareTo(y) } ?: a.size().compareTo(b.size())
            Integer.signum(a.compareTo(b)) shouldBe Integer.signum(expected)
            (a == b) shouldBe (expected == 0)
        }
    }

    test("startsWith, parent, child, append, suffixAfter") {
        val ifDescr = Oid.parse("1.3.6.1.2.1.2.2.1.2")
        val row = ifDescr.child(3)
        row.toString() shouldBe "1.3.6.1.2.1.2.2.1.2.3"
        row.startsWith(ifDescr) shouldBe true
        ifDescr.startsWith(row) shouldBe false
        row.startsWith(row) shouldBe true
        row.parent() shouldBe ifDescr
        row.suffixAfter(ifDescr) shouldBe Oid.of(3)
        ifDescr.append(Oid.parse("7.8")) shouldBe Oid.parse("1.3.6.1.2.1.2.2.1.2.7.8")
        shouldThrow<IllegalStateException> { Oid.empty().parent() }
        shouldThrow<IllegalArgumentException> { Oid.parse("1.3").suffixAfter(ifDescr) }
    }

    test("index helpers write RFC 2578 §7.7 encodings and read them back") {
        val column = Oid.parse("1.3.6.1.4.1.99.1.1.2")
        val name = column
            .withIntegerIndex(7)
            .withStringIndex("ab", false)
            .withIpAddressIndex(IpAddress.parse("192.0.2.1"))
            .withOidIndex(Oid.parse("1.3.6"), false)
            .withStringIndex(byteArrayOf(0, 255.toByte()), true)
        name.suffixAfter(column).toString() shouldBe "7.2.97.98.192.0.2.1.3.1.3.6.0.255"
        val index = name.indexAfter(column)
        index.nextInteger() shouldBe 7L
        index.nextOctetString(false) shouldBe OctetString.of("ab")
        index.nextIpAddress() shouldBe IpAddress.parse("192.0.2.1")
        index.nextOid(false) shouldBe Oid.parse("1.3.6")
        index.nextOctets(true) shouldBe byteArrayOf(0, 255.toByte())
        index.hasNext() shouldBe false
        index.requireEnd()
    }

    test("an implied OID index takes every remaining arc") {
        val column = Oid.parse("1.3.6.1.6.3.16.1.2.1.3")
        val name = column.withIntegerIndex(3).withOidIndex(Oid.parse("1.3.6.1"), true)
        val index = name.indexAfter(column)
        index.nextInteger() shouldBe 3L
        index.nextOid(true) shouldBe Oid.parse("1.3.6.1")
    }

    test("malformed indexes fail with a typed error naming the arc") {
        val column = Oid.parse("1.3.6.1.4.1.99.1.1.2")
        shouldThrow<IndexDecodingException> { column.child(5).child(97).indexAfter(column).nextOctets(false) }.arcPosition() shouldBe 10
        shouldThrow<IndexDecodingException> { column.child(300).indexAfter(column).nextIpAddress() }
        shouldThrow<IndexDecodingException> { column.child(1).child(256).indexAfter(column).nextOctets(false) }
        shouldThrow<IndexDecodingException> { column.indexAfter(column).nextInteger() }
        shouldThrow<IndexDecodingException> { column.child(1).indexAfter(column).requireEnd() }
    }

    test("construction refuses out-of-range arcs and too many arcs") {
        shouldThrow<IllegalArgumentException> { Oid.of(1, -3) }
        shouldThrow<IllegalArgumentException> { Oid.of(1L, 4_294_967_296L) }
        shouldThrow<IllegalArgumentException> { Oid.of(*IntArray(129)) }
        shouldThrow<IllegalArgumentException> { Oid.of(*IntArray(128)).child(1) }
    }
})
