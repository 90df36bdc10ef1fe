package io.ksnmp.smi

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** The Net-SNMP `-On` print forms that VarBind.toString() reproduces. */
class VariableTextSpec : FunSpec({
    test("numbers") {
        Integer32.of(-5).toString() shouldBe "INTEGER: -5"
        Gauge32.of(4_294_967_295L).toString() shouldBe "Gauge32: 4294967295"
        Counter32.of(42).toString() shouldBe "Counter32: 42"
        Counter64.of(-1L).toString() shouldBe "Counter64: 18446744073709551615"
    }

    test("time ticks: no days, one day, several days") {
        TimeTicks.of(123).toString() shouldBe "Timeticks: (123) 0:00:01.23"
        TimeTicks.of(8_640_000).toString() shouldBe "Timeticks: (8640000) 1 day, 0:00:00.00"
        TimeTicks.of(4_294_967_295L).toString() shouldBe "Timeticks: (4294967295) 497 days, 2:27:52.95"
        TimeTicks.of(360_001).toString() shouldBe "Timeticks: (360001) 1:00:00.01"
    }

    test("strings: printable, white space, escapes, empty, binary") {
        OctetString.of("eth0").toString() shouldBe "STRING: \"eth0\""
        OctetString.of("a\"b\\c").toString() shouldBe "STRING: \"a\\\"b\\\\c\""
        OctetString.of("line1\nline2").toString() shouldBe "STRING: \"line1\nline2\""
        OctetString.empty().toString() shouldBe "\"\""
        OctetString.of(byteArrayOf(0, 0x1a, 0xff.toByte())).toString() shouldBe "Hex-STRING: 00 1A FF "
        OctetString.of(ByteArray(17) { it.toByte() }).toString() shouldBe
            "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F \n10 "
    }

    test("addresses, identifiers and the exception values") {
        IpAddress.parse("127.0.0.1").toString() shouldBe "IpAddress: 127.0.0.1"
        ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1.8072.3.2.10")).toString() shouldBe "OID: .1.3.6.1.4.1.8072.3.2.10"
        Null.INSTANCE.toString() shouldBe "NULL"
        NoSuchObject.INSTANCE.toString() shouldBe "No Such Object available on this agent at this OID"
        NoSuchInstance.INSTANCE.toString() shouldBe "No Such Instance currently exists at this OID"
        EndOfMibView.INSTANCE.toString() shouldBe "No more variables left in this MIB View (It is past the end of the MIB tree)"
    }

    test("a variable binding prints as Net-SNMP's -On line") {
        VarBind.of("1.3.6.1.2.1.1.3.0", TimeTicks.of(5)).toString() shouldBe ".1.3.6.1.2.1.1.3.0 = Timeticks: (5) 0:00:00.05"
    }

    test("Opaque: wrapped numbers as Net-SNMP 5.9 prints them, other bytes as hex") {
        fun opaque(vararg b: Int) = Opaque.of(ByteArray(b.size) { b[it].toByte() })
        opaque(0x9f, 0x78, 0x04, 0x3f, 0xc0, 0, 0).toString() shouldBe "Opaque: Float: 1.500000"
        opaque(0x9f, 0x78, 0x04, 0x3f, 0xc0, 0, 0).kind() shouldBe OpaqueKind.FLOAT
        Opaque.ofFloat(0.0078125f).toString() shouldBe "Opaque: Float: 0.007812"   // an exact tie rounds to even, as glibc does
        Opaque.ofFloat(0.0234375f).toString() shouldBe "Opaque: Float: 0.023438"
        Opaque.ofFloat(-0f).toString() shouldBe "Opaque: Float: -0.000000"
        Opaque.ofFloat(Float.fromBits(0x7fc00000)).toString() shouldBe "Opaque: Float: nan"
        Opaque.ofFloat(Float.fromBits(0xffc00000.toInt())).toString() shouldBe "Opaque: Float: -nan"
        Opaque.ofFloat(Float.POSITIVE_INFINITY).toString() shouldBe "Opaque: Float: inf"
        Opaque.ofFloat(2147483648f).toString() shouldBe "Opaque: Float: 2147483648.000000"
        // Net-SNMP labels a double "Float" too, and cuts %f at 127 characters:
        Opaque.ofDouble(-1.0).toString() shouldBe "Opaque: Float: -1.000000"
        Opaque.ofDouble(Double.MAX_VALUE).toString() shouldBe "Opaque: Float: " +
            "1797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586327668781715404589535143824642343213"
        opaque(0x9f, 0x7a, 0x03, 0x80, 0xff, 0x01).toString() shouldBe "Opaque: Int64: -8323327"
        opaque(0x9f, 0x7a, 0x00).toString() shouldBe "Opaque: Int64: 0"
        opaque(0x9f, 0x7b, 0x09, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff).toString() shouldBe "Opaque: UInt64: 18446744073709551615"
        opaque(0x9f, 0x76, 0x03, 0x01, 0xff, 0x01).toString() shouldBe "Opaque: Counter64: 130817"
        // Not a wrapped type: wrong length, unknown inner tag, trailing bytes, truncated.
        opaque(0x9f, 0x78, 0x03, 0x3f, 0xc0, 0).toString() shouldBe "OPAQUE: 9F 78 03 3F C0 00 "
        opaque(0x9f, 0x77, 0x01, 0x01).toString() shouldBe "OPAQUE: 9F 77 01 01 "
        opaque(0x9f, 0x78, 0x04, 0x3f, 0xc0, 0, 0, 0).kind() shouldBe OpaqueKind.BYTES
        opaque(0x9f, 0x78).toString() shouldBe "OPAQUE: 9F 78 "
        opaque().toString() shouldBe "OPAQUE: "
    }

    test("Opaque: the wrapped numbers' factories and getters") {
        Opaque.ofFloat(4.55127f).toByteArray() shouldBe byteArrayOf(0x9f.toByte(), 0x78, 4, 0x40, 0x91.toByte(), 0xa4.toByte(), 0x01)
        Opaque.ofFloat(4.55127f).floatValue() shouldBe 4.55127f
        Opaque.ofDouble(2.5).doubleValue() shouldBe 2.5
        Opaque.ofInt64(-128).toByteArray() shouldBe byteArrayOf(0x9f.toByte(), 0x7a, 1, 0x80.toByte())
        Opaque.ofInt64(128).toByteArray() shouldBe byteArrayOf(0x9f.toByte(), 0x7a, 2, 0, 0x80.toByte())
        Opaque.ofInt64(Long.MIN_VALUE).longValue() shouldBe Long.MIN_VALUE
        Opaque.ofUnsigned64(-1L).toByteArray().size shouldBe 12
        Opaque.ofUnsigned64(-1L).longValue() shouldBe -1L
        Opaque.ofCounter64(0).toByteArray() shouldBe byteArrayOf(0x9f.toByte(), 0x76, 1, 0)
        io.kotest.assertions.throwables.shouldThrow<IllegalStateException> { Opaque.ofInt64(1).floatValue() }
        io.kotest.assertions.throwables.shouldThrow<IllegalStateException> { Opaque.of(byteArrayOf(1)).longValue() }
    }
})
