package io.ksnmp.smi

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerWriter
import io.ksnmp.testing.hex
import io.ksnmp.testing.toHex
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** OBJECT IDENTIFIER contents (X.690 §8.19) read and written by [SmiCodec]. */
class OidCodecSpec : FunSpec({
    fun read(hex: String): Oid = hex.hex().let { SmiCodec.readOid(BerReader(it, 0, it.size)) }
    fun write(oid: Oid): String = BerWriter(8).apply { SmiCodec.writeOid(this, oid) }.toByteArray().toHex()

    test("the first subidentifier splits into two arcs") {
        read("06 03 2b 06 01") shouldBe Oid.parse("1.3.6.1")
        read("06 03 88 37 03") shouldBe Oid.parse("2.999.3")
        read("06 01 00") shouldBe Oid.parse("0.0")
        read("06 00") shouldBe Oid.empty()
    }

    test("arcs up to 2^32-1, in any position") {
        read("06 06 2b 8f ff ff ff 7f") shouldBe Oid.parse("1.3.4294967295")
        read("06 05 90 80 80 80 4f") shouldBe Oid.parse("2.4294967295")
    }

    test("larger arcs, truncated and non-minimal subidentifiers are refused") {
        shouldThrow<BerDecodingException> { read("06 06 2b 90 80 80 80 00") }
        shouldThrow<BerDecodingException> { read("06 05 90 80 80 80 50") } // 2.4294967296
        shouldThrow<BerDecodingException> { read("06 02 2b 86") }
        shouldThrow<BerDecodingException> { read("06 03 2b 80 06") }
        shouldThrow<BerDecodingException> { read("06 02 80 01") }
    }

    test("at most 128 arcs") {
        read("06 7f 2b" + " 01".repeat(126)).size() shouldBe 128
        val e = shouldThrow<BerDecodingException> { read("06 81 80 2b" + " 01".repeat(127)) }
        e.offset() shouldBe 130
    }

    test("writing merges the first two arcs; one arc is padded as Net-SNMP does") {
        write(Oid.parse("1.3.6.1")) shouldBe "06 03 2b 06 01"
        write(Oid.parse("2.999.3")) shouldBe "06 03 88 37 03"
        write(Oid.parse("1.3.4294967295")) shouldBe "06 06 2b 8f ff ff ff 7f"
        write(Oid.parse("2.4294967295")) shouldBe "06 05 90 80 80 80 4f"
        write(Oid.parse("1")) shouldBe "06 01 28"
        write(Oid.empty()) shouldBe "06 00"
    }

    test("OIDs BER cannot represent are refused rather than corrupted") {
        shouldThrow<IllegalArgumentException> { write(Oid.parse("3.1")) }
        shouldThrow<IllegalArgumentException> { write(Oid.parse("1.40")) }
    }

    test("order compares arcs as numbers even when their encodings differ in length") {
        (Oid.parse("1.3.256") < Oid.parse("1.3.16384")) shouldBe true   // 82 00 vs 81 80 00
        (Oid.parse("1.3.16383") < Oid.parse("1.3.16384")) shouldBe true
        (Oid.parse("1.3.127") < Oid.parse("1.3.128")) shouldBe true
        (Oid.parse("1.3.128.1") < Oid.parse("1.3.129")) shouldBe true
        (Oid.parse("1.3.6") < Oid.parse("1.3.6.0")) shouldBe true
        Oid.parse("1.3.6.1").compareTo(Oid.of(1, 3, 6, 1)) shouldBe 0
    }

    test("arc access on the compact form") {
        val oid = Oid.parse("1.3.6.1.4.1.4294967295.300.7")
        oid.size() shouldBe 9
        oid.arc(6) shouldBe 4_294_967_295L
        oid.arc(7) shouldBe 300L
        oid.lastArc() shouldBe 7L
        oid.parent() shouldBe Oid.parse("1.3.6.1.4.1.4294967295.300")
        oid.parent().parent().parent().lastArc() shouldBe 1L
        shouldThrow<IndexOutOfBoundsException> { oid.arc(9) }
        shouldThrow<IndexOutOfBoundsException> { oid.arc(-1) }
    }
})
