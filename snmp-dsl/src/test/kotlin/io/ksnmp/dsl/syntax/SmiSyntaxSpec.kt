package io.ksnmp.dsl.syntax

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.boolean
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.dsl.InvalidSmiValueException
import io.ksnmp.dsl.MissingInstanceException
import io.ksnmp.dsl.MissingReason
import io.ksnmp.dsl.WrongSmiTypeException
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Null
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.Variable
import io.ksnmp.testing.Generators
import java.net.Inet4Address
import java.net.InetAddress
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds
import io.ksnmp.smi.Counter32 as SmiCounter32
import io.ksnmp.smi.Counter64 as SmiCounter64
import io.ksnmp.smi.Gauge32 as SmiGauge32
import io.ksnmp.smi.Integer32 as SmiInteger32
import io.ksnmp.smi.IpAddress as SmiIpAddress
import io.ksnmp.smi.ObjectIdentifier as SmiObjectIdentifier
import io.ksnmp.smi.OctetString as SmiOctetString
import io.ksnmp.smi.TimeTicks as SmiTimeTicks

/**
 * The ready-made syntaxes: each reads its SMI type as its Kotlin type and writes it back (property
 * tests over the whole range), rejects another SMI type with [WrongSmiTypeException] (OID, expected,
 * received), an exception value with [MissingInstanceException] and a value the syntax does not
 * allow with [InvalidSmiValueException].
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class SmiSyntaxSpec : FunSpec({
    val config = PropTestConfig(seed = 20261207L)
    val at = Oid.parse("1.3.6.1.4.1.99999.1.0")

    fun <T : Any> SmiSyntax<T>.roundTrip(value: Variable): T {
        val read = decode(at, value)
        encode(read) shouldBe value
        return read
    }

    test("DisplayString and SnmpAdminString read UTF-8 text and write it back; OctetString keeps the exact octets") {
        checkAll(config, Arb.string(0..200)) { text ->
            DisplayString.roundTrip(SmiOctetString.of(text)) shouldBe text
            SnmpAdminString.roundTrip(SmiOctetString.of(text)) shouldBe text
        }
        checkAll(config, Arb.byteArray(Arb.int(0..300), Arb.byte())) { bytes ->
            OctetString.roundTrip(SmiOctetString.of(bytes)).toList() shouldBe bytes.toList()
        }
        DisplayString.decode(at, SmiOctetString.of(byteArrayOf(0x63, 0xff.toByte()))) shouldBe "c\uFFFD"
    }

    test("numbers: Integer32 as Int, Counter32/Gauge32/Unsigned32 as Long, Counter64 as ULong over their whole ranges") {
        checkAll(config, Arb.int()) { n -> Integer32.roundTrip(SmiInteger32.of(n)) shouldBe n }
        checkAll(config, Generators.unsigned32) { n ->
            Counter32.roundTrip(SmiCounter32.of(n)) shouldBe n
            Gauge32.roundTrip(SmiGauge32.of(n)) shouldBe n
            Unsigned32.roundTrip(SmiGauge32.of(n)) shouldBe n
        }
        checkAll(config, Arb.long()) { bits -> Counter64.roundTrip(SmiCounter64.of(bits)) shouldBe bits.toULong() }
        Counter64.decode(at, SmiCounter64.of(-1L)) shouldBe ULong.MAX_VALUE
    }

    test("TimeTicks as a Duration of hundredths: 4225 is 42.25 s; written rounded down to the hundredth") {
        TimeTicks.roundTrip(SmiTimeTicks.of(4225)) shouldBe 42.25.seconds
        checkAll(config, Generators.unsigned32) { n -> TimeTicks.roundTrip(SmiTimeTicks.of(n)) shouldBe (n * 10).milliseconds }
        TimeTicks.encode(1.239.seconds) shouldBe SmiTimeTicks.of(123)
        shouldThrow<IllegalArgumentException> { TimeTicks.encode((-1).seconds) }
    }

    test("IpAddress as an Inet4Address, OBJECT IDENTIFIER as an Oid") {
        checkAll(config, Arb.int()) { bits ->
            IpAddress.roundTrip(SmiIpAddress.ofInt(bits)).address.toList() shouldBe SmiIpAddress.ofInt(bits).toBytes().toList()
        }
        IpAddress.decode(at, SmiIpAddress.parse("192.0.2.1")) shouldBe InetAddress.getByName("192.0.2.1") as Inet4Address
        checkAll(config, Generators.oid) { oid -> ObjectIdentifier.roundTrip(SmiObjectIdentifier.of(oid)) shouldBe oid }
    }

    test("TruthValue: 1 is true, 2 is false, anything else is an InvalidSmiValueException") {
        checkAll(config, Arb.boolean()) { b -> TruthValue.decode(at, TruthValue.encode(b)) shouldBe b }
        TruthValue.encode(true) shouldBe SmiInteger32.of(1)
        TruthValue.encode(false) shouldBe SmiInteger32.of(2)
        for (n in listOf(0, 3, -1)) {
            val e = shouldThrow<InvalidSmiValueException> { TruthValue.decode(at, SmiInteger32.of(n)) }
            e.oid shouldBe at
            e.syntax shouldBe "TruthValue"
        }
    }

    test("another SMI type is a WrongSmiTypeException naming the OID, the syntax, the expected and the received type") {
        val cases = listOf(
            Triple(DisplayString, SmiCounter32.of(7) as Variable, SmiType.OCTET_STRING),
            Triple(TimeTicks, SmiInteger32.of(7), SmiType.TIME_TICKS),
            Triple(Counter64, SmiCounter32.of(7), SmiType.COUNTER64),
            Triple(Counter32, SmiGauge32.of(7), SmiType.COUNTER32),
            Triple(IpAddress, SmiOctetString.of(byteArrayOf(192.toByte(), 0, 2, 1)), SmiType.IP_ADDRESS),
            Triple(Integer32, Null.INSTANCE, SmiType.INTEGER),
            Triple(ObjectIdentifier, Opaque.ofInt64(1), SmiType.OBJECT_IDENTIFIER),
        )
        for ((syntax, value, expected) in cases) {
            val e = shouldThrow<WrongSmiTypeException> { syntax.decode(at, value) }
            e.oid shouldBe at
            e.syntax shouldBe syntax.name
            e.expected shouldBe expected
            e.received shouldBe value::class
        }
    }

    test("noSuchObject, noSuchInstance and endOfMibView are a MissingInstanceException with the reason") {
        val cases = mapOf(NoSuchObject.INSTANCE to MissingReason.NO_SUCH_OBJECT, NoSuchInstance.INSTANCE to MissingReason.NO_SUCH_INSTANCE,
            EndOfMibView.INSTANCE to MissingReason.END_OF_MIB_VIEW)
        for ((value, reason) in cases) {
            val e = shouldThrow<MissingInstanceException> { DisplayString.decode(at, value) }
            e.oid shouldBe at
            e.reason shouldBe reason
        }
    }

    test("map makes a syntax over another: it travels as the base, and its decoder's rejections are InvalidSmiValueException") {
        val percent = Integer32.map("Percent", decode = { require(it in 0..100); it / 100.0 }, encode = { (it * 100).toInt() })
        percent.smiType shouldBe SmiType.INTEGER
        percent.decode(at, SmiInteger32.of(42)) shouldBe 0.42
        percent.encode(0.5) shouldBe SmiInteger32.of(50)
        shouldThrow<InvalidSmiValueException> { percent.decode(at, SmiInteger32.of(101)) }.syntax shouldBe "Percent"
        shouldThrow<WrongSmiTypeException> { percent.decode(at, SmiGauge32.of(1)) }.expected shouldBe SmiType.INTEGER
    }

    test("smiSyntax makes a user's own syntax the way the ready-made ones are made") {
        val hex = smiSyntax<SmiOctetString, String>("HexString", SmiType.OCTET_STRING, { it.toHex() }, { SmiOctetString.ofHex(it) })
        hex.decode(at, SmiOctetString.of(byteArrayOf(0x0a, 0x1b))) shouldBe SmiOctetString.of(byteArrayOf(0x0a, 0x1b)).toHex()
        hex.encode("0a1b") shouldBe SmiOctetString.of(byteArrayOf(0x0a, 0x1b))
        shouldThrow<WrongSmiTypeException> { hex.decode(at, SmiInteger32.of(1)) }.received shouldBe SmiInteger32::class
    }

    test("MacAddress is exactly 6 octets; PhysAddress any length; both as PhysicalAddress, printed with colons") {
        val mac = PhysicalAddress.parse("00:1a:2b:3c:4d:5e")
        mac.toString() shouldBe "00:1a:2b:3c:4d:5e"
        PhysicalAddress.parse("00-1A-2B-3C-4D-5E") shouldBe mac
        MacAddress.roundTrip(mac.octets) shouldBe mac
        checkAll(config, Arb.byteArray(Arb.int(0..20), Arb.byte())) { bytes ->
            PhysAddress.roundTrip(SmiOctetString.of(bytes)) shouldBe PhysicalAddress.of(bytes)
        }
        shouldThrow<InvalidSmiValueException> { MacAddress.decode(at, SmiOctetString.of(ByteArray(8))) }
        shouldThrow<IllegalArgumentException> { MacAddress.encode(PhysicalAddress.of(ByteArray(5))) }
        PhysicalAddress.of(ByteArray(0)).toString() shouldBe ""
    }

    test("PhysicalAddress.parse refuses what is not hex octets") {
        shouldThrow<IllegalArgumentException> { PhysicalAddress.parse("00:1g") }
    }
})
