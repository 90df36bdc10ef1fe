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
})
