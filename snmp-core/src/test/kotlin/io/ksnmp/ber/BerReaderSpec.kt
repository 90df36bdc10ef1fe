package io.ksnmp.ber

import io.ksnmp.testing.hex
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

class BerReaderSpec : FunSpec({
    fun reader(hex: String) = hex.hex().let { BerReader(it, 0, it.size) }

    context("lengths") {
        test("short form") {
            val r = reader("04 03 61 62 63")
            r.readOctets(BerTag.OCTET_STRING) shouldBe "abc".toByteArray()
        }
        test("long form, minimal and not") {
            reader("04 81 03 61 62 63").readOctets(BerTag.OCTET_STRING) shouldBe "abc".toByteArray()
            reader("04 82 00 03 61 62 63").readOctets(BerTag.OCTET_STRING) shouldBe "abc".toByteArray()
            reader("04 84 00 00 00 03 61 62 63").readOctets(BerTag.OCTET_STRING) shouldBe "abc".toByteArray()
        }
        test("indefinite length is refused") {
            shouldThrow<BerDecodingException> { reader("30 80 02 01 01 00 00").enter(BerTag.SEQUENCE) }.offset() shouldBe 1
        }
        test("a forged huge length is refused before anything is allocated") {
            val e = shouldThrow<BerDecodingException> { reader("04 84 7f ff ff ff 00").readOctets(BerTag.OCTET_STRING) }
            e.offset() shouldBe 6
        }
        test("more than four length octets are refused") {
            shouldThrow<BerDecodingException> { reader("04 85 00 00 00 00 01 61").readOctets(BerTag.OCTET_STRING) }
        }
        test("a length running past its enclosing value is refused") {
            // SEQUENCE of 3 bytes whose inner OCTET STRING claims 5
            shouldThrow<BerDecodingException> {
                val r = reader("30 03 04 05 61 62 63 64 65")
                r.enter(BerTag.SEQUENCE)
                r.readOctets(BerTag.OCTET_STRING)
            }
        }
        test("truncated length octets are refused") {
            shouldThrow<BerDecodingException> { reader("04 82 01").readOctets(BerTag.OCTET_STRING) }
        }
    }

    context("integers") {
        test("minimal and tolerated non-minimal signed forms") {
            reader("02 01 05").readInt32(BerTag.INTEGER) shouldBe 5
            reader("02 03 00 00 05").readInt32(BerTag.INTEGER) shouldBe 5
            reader("02 02 ff 80").readInt32(BerTag.INTEGER) shouldBe -128
            reader("02 04 ff ff ff 80").readInt32(BerTag.INTEGER) shouldBe -128
            reader("02 05 00 7f ff ff ff").readInt32(BerTag.INTEGER) shouldBe Int.MAX_VALUE
            reader("02 04 80 00 00 00").readInt32(BerTag.INTEGER) shouldBe Int.MIN_VALUE
        }
        test("signed values beyond 32 bits are refused") {
            shouldThrow<BerDecodingException> { reader("02 05 00 80 00 00 00").readInt32(BerTag.INTEGER) }
            shouldThrow<BerDecodingException> { reader("02 05 01 00 00 00 00").readInt32(BerTag.INTEGER) }
            shouldThrow<BerDecodingException> { reader("02 05 ff 7f ff ff ff").readInt32(BerTag.INTEGER) }
        }
        test("an empty integer is refused") {
            shouldThrow<BerDecodingException> { reader("02 00").readInt32(BerTag.INTEGER) }
        }
        test("unsigned 32-bit: five octets with a leading zero, and the negative-looking form some agents send") {
            reader("41 05 00 ff ff ff ff").readUnsigned32(BerTag.COUNTER32) shouldBe 4_294_967_295L
            reader("41 04 ff ff ff ff").readUnsigned32(BerTag.COUNTER32) shouldBe 4_294_967_295L
            reader("41 06 00 00 80 00 00 00").readUnsigned32(BerTag.COUNTER32) shouldBe 2_147_483_648L
            reader("41 01 00").readUnsigned32(BerTag.COUNTER32) shouldBe 0L
        }
        test("unsigned 32-bit values beyond 32 bits are refused") {
            shouldThrow<BerDecodingException> { reader("41 05 01 00 00 00 00").readUnsigned32(BerTag.COUNTER32) }
            shouldThrow<BerDecodingException> { reader("41 05 ff 7f ff ff ff").readUnsigned32(BerTag.COUNTER32) }
        }
        test("unsigned 64-bit up to 2^64-1, and beyond is refused") {
            reader("46 09 00 ff ff ff ff ff ff ff ff").readUnsigned64(BerTag.COUNTER64) shouldBe -1L
            reader("46 08 ff ff ff ff ff ff ff ff").readUnsigned64(BerTag.COUNTER64) shouldBe -1L
            shouldThrow<BerDecodingException> { reader("46 09 01 00 00 00 00 00 00 00 00").readUnsigned64(BerTag.COUNTER64) }
        }
        test("a wrong tag is refused") {
            val e = shouldThrow<BerDecodingException> { reader("04 01 05").readInt32(BerTag.INTEGER) }
            e.offset() shouldBe 0
        }
    }

    context("structure") {
        test("nesting deeper than the bound is refused") {
            val depth = BerReader.MAX_DEPTH + 1
            val bytes = ByteArray(depth * 2) { i -> if (i % 2 == 0) 0x30 else (depth * 2 - i - 1).toByte() }
            val r = BerReader(bytes, 0, bytes.size)
            shouldThrow<BerDecodingException> { repeat(depth) { r.enter(BerTag.SEQUENCE) } }
        }
        test("unread bytes inside a constructed value are refused at exit") {
            val r = reader("30 06 02 01 01 02 01 02")
            val token = r.enter(BerTag.SEQUENCE)
            r.readInt32(BerTag.INTEGER)
            shouldThrow<BerDecodingException> { r.exit(token) }
        }
        test("trailing bytes are refused by requireEnd") {
            val r = reader("05 00 00")
            r.readNull(BerTag.NULL)
            shouldThrow<BerDecodingException> { r.requireEnd() }
        }
        test("offsets count from the reader's start, not the array's") {
            val bytes = "ff ff 02 00".hex()
            val e = shouldThrow<BerDecodingException> { BerReader(bytes, 2, 2).readInt32(BerTag.INTEGER) }
            e.offset() shouldBe 2
        }
        test("reading at the end is refused") {
            shouldThrow<BerDecodingException> { reader("").peekTag() }
        }
    }
})
