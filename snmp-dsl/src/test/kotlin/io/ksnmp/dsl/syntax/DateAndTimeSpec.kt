package io.ksnmp.dsl.syntax

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.localDateTime
import io.kotest.property.arbitrary.map
import io.kotest.property.checkAll
import io.ksnmp.dsl.InvalidSmiValueException
import io.ksnmp.smi.Oid
import java.time.LocalDateTime
import java.time.OffsetDateTime
import java.time.ZoneOffset
import io.ksnmp.smi.OctetString as SmiOctetString

/** DateAndTime (RFC 2579) as java.time: RFC 2579's own example, both forms, round trips, and what does not parse. */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class DateAndTimeSpec : FunSpec({
    val config = PropTestConfig(seed = 20261207L)
    val at = Oid.parse("1.3.6.1.2.1.25.1.2.0")

    // RFC 2579: "1992-5-26,13:30:15.0,-4:0" is 07 C8 05 1A 0D 1E 0F 00 2D 04 00.
    val rfcExample = SmiOctetString.ofHex("07C8051A0D1E0F002D0400")
    val rfcTime = OffsetDateTime.of(1992, 5, 26, 13, 30, 15, 0, ZoneOffset.ofHours(-4))

    test("RFC 2579's example reads as 1992-05-26T13:30:15-04:00 and writes back to the same octets") {
        DateAndTime.decode(at, rfcExample) shouldBe rfcTime
        DateAndTime.encode(rfcTime) shouldBe rfcExample
        LocalDateAndTime.decode(at, rfcExample) shouldBe LocalDateTime.of(1992, 5, 26, 13, 30, 15)
    }

    test("the 8-octet form (no offset) reads as a LocalDateTime, and is refused where an offset is declared") {
        val eight = SmiOctetString.ofHex("07C8051A0D1E0F05")
        LocalDateAndTime.decode(at, eight) shouldBe LocalDateTime.of(1992, 5, 26, 13, 30, 15, 500_000_000)
        LocalDateAndTime.encode(LocalDateTime.of(1992, 5, 26, 13, 30, 15, 500_000_000)) shouldBe eight
        shouldThrow<InvalidSmiValueException> { DateAndTime.decode(at, eight) }.oid shouldBe at
    }

    test("any time to the tenth of a second with any whole-minute offset round-trips") {
        val times = Arb.localDateTime(1970, 2200).map { it.withNano(it.nano / 100_000_000 * 100_000_000) }
        checkAll(config, times, Arb.int(-14 * 60..14 * 60)) { time, minutes ->
            val t = OffsetDateTime.of(time, ZoneOffset.ofTotalSeconds(minutes * 60))
            DateAndTime.decode(at, DateAndTime.encode(t)) shouldBe t
            LocalDateAndTime.decode(at, LocalDateAndTime.encode(time)) shouldBe time
        }
    }

    test("wrong lengths, a month 13, deci-seconds 10 or a direction other than + and - are InvalidSmiValueException") {
        val bad = listOf("07C8051A0D1E0F", "07C8051A0D1E0F002D04", "07C80D1A0D1E0F002D0400", "07C8051A0D1E0F0A2D0400", "07C8051A0D1E0F00200400")
        for (hex in bad) shouldThrow<InvalidSmiValueException> { DateAndTime.decode(at, SmiOctetString.ofHex(hex)) }
    }
})
