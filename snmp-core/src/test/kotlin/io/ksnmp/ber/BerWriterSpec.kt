package io.ksnmp.ber

import io.ksnmp.testing.hex
import io.ksnmp.testing.toHex
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe

class BerWriterSpec : FunSpec({
    fun written(block: BerWriter.() -> Unit): String = BerWriter(16).apply(block).toByteArray().toHex()

    context("lengths are minimal definite") {
        withData(
            0 to "04 00",
            127 to "04 7f",
            128 to "04 81 80",
            255 to "04 81 ff",
            256 to "04 82 01 00",
            65_535 to "04 82 ff ff",
            65_536 to "04 83 01 00 00",
        ) { (length, header) ->
            val bytes = BerWriter(4).apply { writeOctets(BerTag.OCTET_STRING, ByteArray(length)) }.toByteArray()
            bytes.copyOfRange(0, bytes.size - length).toHex() shouldBe header
        }
    }

    context("integers are minimal two's complement") {
        withData(
            0L to "02 01 00", 127L to "02 01 7f", 128L to "02 02 00 80", 255L to "02 02 00 ff", 256L to "02 02 01 00",
            -1L to "02 01 ff", -128L to "02 01 80", -129L to "02 02 ff 7f",
            Int.MAX_VALUE.toLong() to "02 04 7f ff ff ff", Int.MIN_VALUE.toLong() to "02 04 80 00 00 00",
        ) { (value, hex) -> written { writeInteger(BerTag.INTEGER, value) } shouldBe hex }
    }

    test("unsigned values get a leading zero when their top bit is set") {
        written { writeUnsigned32(BerTag.COUNTER32, 0xffff_ffffL) } shouldBe "41 05 00 ff ff ff ff"
        written { writeUnsigned32(BerTag.GAUGE32, 0x8000_0000L) } shouldBe "42 05 00 80 00 00 00"
        written { writeUnsigned64(BerTag.COUNTER64, -1L) } shouldBe "46 09 00 ff ff ff ff ff ff ff ff"
        written { writeUnsigned64(BerTag.COUNTER64, Long.MAX_VALUE) } shouldBe "46 08 7f ff ff ff ff ff ff ff"
    }

    test("constructed values close around what was written since the mark") {
        written {
            val mark = mark()
            writeNull(BerTag.NULL)
            writeInt32(BerTag.INTEGER, 42)
            closeConstructed(BerTag.SEQUENCE, mark)
        } shouldBe "30 05 02 01 2a 05 00"
    }

    test("marks survive growth and locate bytes for patching in place") {
        val w = BerWriter(16)
        w.writeBytes(ByteArray(12), 0, 12) // a MAC placeholder
        val placeholderEnd = w.mark()
        w.writeHeader(BerTag.OCTET_STRING, 12)
        repeat(100) { w.writeInt32(BerTag.INTEGER, it) } // forces the array to grow
        val index = w.indexOfMark(placeholderEnd)
        w.array()[index] = 0x55
        w.toByteArray()[w.size() - placeholderEnd] shouldBe 0x55.toByte()
    }

    test("reset reuses the writer") {
        val w = BerWriter()
        w.writeNull(BerTag.NULL)
        w.reset()
        w.size() shouldBe 0
        w.writeInt32(BerTag.INTEGER, 1)
        w.toByteArray() shouldBe "02 01 01".hex()
    }
})
