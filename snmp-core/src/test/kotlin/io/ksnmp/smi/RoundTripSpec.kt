package io.ksnmp.smi

import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerWriter
import io.ksnmp.message.MessageCodec
import io.ksnmp.pdu.PduCodec
import io.ksnmp.testing.Generators
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.int
import io.kotest.property.checkAll

private fun encode(v: Variable): ByteArray = BerWriter(8).apply { SmiCodec.writeVariable(this, v) }.toByteArray()

private fun decode(bytes: ByteArray): Variable = BerReader(bytes, 0, bytes.size).let { r -> SmiCodec.readVariable(r).also { r.requireEnd() } }

@OptIn(io.kotest.common.ExperimentalKotest::class)
class RoundTripSpec : FunSpec({
    val config = PropTestConfig(seed = 20261121L)

    context("every type at its edges") {
        withData(
            nameFn = { v -> "${v.javaClass.simpleName}, ${encode(v).size} bytes encoded: ${v.toString().take(40)}" },
            Integer32.of(Int.MIN_VALUE), Integer32.of(-1), Integer32.of(0), Integer32.of(Int.MAX_VALUE),
            Counter32.of(0), Counter32.of(0x7fff_ffffL), Counter32.of(0x8000_0000L), Counter32.of(0xffff_ffffL),
            Gauge32.of(0), Gauge32.of(0xffff_ffffL),
            TimeTicks.of(0), TimeTicks.of(0xffff_ffffL),
            Counter64.of(0L), Counter64.of(Long.MAX_VALUE), Counter64.of(-1L),
            OctetString.empty(), OctetString.of(ByteArray(127)), OctetString.of(ByteArray(128)),
            OctetString.of(ByteArray(255)), OctetString.of(ByteArray(256)), OctetString.of(ByteArray(65_535) { it.toByte() }),
            IpAddress.parse("0.0.0.0"), IpAddress.parse("255.255.255.255"),
            Opaque.of(ByteArray(0)), Opaque.of(byteArrayOf(0x9f.toByte(), 0x78, 0x04, 0x3f, 0x80.toByte(), 0, 0)),
            ObjectIdentifier.of(Oid.parse("0.0")), ObjectIdentifier.of(Oid.of(2L, 0xffff_ffffL)),
            ObjectIdentifier.of(Oid.parse("2.999.1")), ObjectIdentifier.of(Oid.of(1L, 3L, 0xffff_ffffL, 0L)),
            ObjectIdentifier.of(Oid.of(*IntArray(128) { if (it == 0) 1 else 3 })),
            Null.INSTANCE, NoSuchObject.INSTANCE, NoSuchInstance.INSTANCE, EndOfMibView.INSTANCE,
            UInteger32.of(0), UInteger32.of(0xffff_ffffL), NsapAddress.of(ByteArray(0)), NsapAddress.of(ByteArray(21) { it.toByte() }),
        ) { v -> decode(encode(v)) shouldBe v }
    }

    test("SMIv2 draft types (RFC 1442) decode as themselves, from the octets an agent sends, and print as Net-SNMP does") {
        decode(byteArrayOf(0x47, 1, 5)) shouldBe UInteger32.of(5)
        decode(byteArrayOf(0x47, 5, 0, -1, -1, -1, -1)) shouldBe UInteger32.of(4_294_967_295L)
        decode(byteArrayOf(0x45, 4, 0x49, 0, 1, 2)) shouldBe NsapAddress.of(byteArrayOf(0x49, 0, 1, 2))
        encode(UInteger32.of(4_294_967_295L)).toList() shouldBe byteArrayOf(0x47, 5, 0, -1, -1, -1, -1).toList()
        VarBind.of(Oid.parse("1.3.6.1.4.1.99999.1.0"), UInteger32.of(5)).toString() shouldBe ".1.3.6.1.4.1.99999.1.0 = 5" // snmpget -On's line
        NsapAddress.of(byteArrayOf(0x49, 0, 1, 2)).toString() shouldBe "NsapAddress: 49 00 01 02"
    }

    test("any value round-trips") {
        checkAll(2_000, config, Generators.variable) { v -> decode(encode(v)) shouldBe v }
    }

    test("any encodable OID round-trips, 2..128 arcs, arcs 0..2^32-1") {
        checkAll(2_000, config, Generators.oid) { oid ->
            val bytes = BerWriter().apply { SmiCodec.writeOid(this, oid) }.toByteArray()
            SmiCodec.readOid(BerReader(bytes, 0, bytes.size)) shouldBe oid
        }
    }

    test("any octet string length round-trips, up to 65,535") {
        checkAll(200, config, Arb.int(0..65_535)) { n ->
            val v = OctetString.of(ByteArray(n) { (it * 31).toByte() })
            decode(encode(v)) shouldBe v
        }
    }

    test("any PDU round-trips, and re-encodes to the same bytes") {
        checkAll(1_000, config, Generators.pdu) { pdu ->
            val bytes = BerWriter().apply { PduCodec.write(this, pdu) }.toByteArray()
            val back = PduCodec.read(BerReader(bytes, 0, bytes.size))
            back shouldBe pdu
            BerWriter().apply { PduCodec.write(this, back) }.toByteArray() shouldBe bytes
        }
        checkAll(300, config, Generators.trapV1) { trap ->
            val bytes = BerWriter().apply { PduCodec.write(this, trap) }.toByteArray()
            PduCodec.read(BerReader(bytes, 0, bytes.size)) shouldBe trap
        }
    }

    test("any message round-trips") {
        checkAll(2_000, config, Generators.message) { m ->
            val bytes = MessageCodec.encode(m)
            val back = MessageCodec.decode(bytes, 0, bytes.size)
            back shouldBe m
            MessageCodec.encode(back) shouldBe bytes
        }
    }

    test("an OCTET STRING longer than 65,535 octets is refused") {
        val bytes = BerWriter().apply { writeOctets(io.ksnmp.ber.BerTag.OCTET_STRING, ByteArray(65_536)) }.toByteArray()
        io.kotest.assertions.throwables.shouldThrow<io.ksnmp.ber.BerDecodingException> { decode(bytes) }.offset() shouldBe 0
    }

    test("raw bytes inside octet strings are never altered") {
        checkAll(500, config, Arb.byteArray(Arb.int(0..600), Arb.byte())) { raw ->
            (decode(encode(OctetString.of(raw))) as OctetString).toByteArray() shouldBe raw
        }
    }
})
