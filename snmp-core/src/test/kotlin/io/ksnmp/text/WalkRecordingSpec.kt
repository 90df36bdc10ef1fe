package io.ksnmp.text

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerWriter
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Null
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.Oid
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.OpaqueKind
import io.ksnmp.smi.SmiCodec
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import java.io.StringReader

internal fun resourceText(name: String): String =
    WalkRecordingSpec::class.java.getResource("/walks/$name")!!.readText(Charsets.ISO_8859_1)

/** The text without its comment lines: what a tool printed. */
internal fun withoutComments(text: String): String = text.lines().filterNot { it.startsWith("#") }.joinToString("\n")

/** Through the BER codec: what an agent replaying the bindings sends and a manager decodes. */
internal fun overTheWire(bindings: List<VarBind>): List<VarBind> {
    val w = BerWriter(1024)
    SmiCodec.writeVarBindList(w, VarBindList.copyOf(bindings))
    val bytes = w.toByteArray()
    val r = BerReader(bytes, 0, bytes.size)
    val list = SmiCodec.readVarBindList(r)
    return (0 until list.size).map { list[it] }
}

@OptIn(io.kotest.common.ExperimentalKotest::class)
class WalkRecordingSpec : FunSpec({
    val config = PropTestConfig(seed = 20260517L)

    test("Net-SNMP's own forms (fixture) read and print back to the identical text, also over the wire") {
        val text = resourceText("netsnmp-forms.walk")
        val printed = withoutComments(text)
        val parsed = WalkRecording.parse(text)
        parsed shouldHaveSize 22
        WalkRecording.format(parsed) shouldBe printed
        WalkRecording.format(overTheWire(parsed)) shouldBe printed
        WalkRecording.parse(StringReader(text)) shouldBe parsed
    }

    test("Net-SNMP's forms (fixture): each value") {
        val v = WalkRecording.parse(resourceText("netsnmp-forms.walk")).associate { it.oid().toDottedString().removePrefix(".1.3.6.1.4.1.99999.1.") to it.value() }
        v["1.0"] shouldBe Integer32.of(-5)
        v["2.0"] shouldBe Gauge32.of(4_294_967_295L)
        v["3.0"] shouldBe Counter32.of(42)
        v["4.0"] shouldBe Counter64.of(-1L)
        v["5.0"] shouldBe TimeTicks.of(4_294_967_295L)
        v["6.0"] shouldBe IpAddress.parse("192.0.2.7")
        v["7.0"] shouldBe ObjectIdentifier.parse("1.3.6.1.4.1.8072.3.2.10")
        v["8.0"] shouldBe OctetString.empty()
        v["9.0"] shouldBe OctetString.of("say \"hi\" \\ bye")
        v["10.0"] shouldBe OctetString.of("two\nlines, a tab\tand # no comment\n")
        v["11.0"] shouldBe OctetString.of(ByteArray(17) { it.toByte() })
        v["12.0"] shouldBe Opaque.of(byteArrayOf(1, 2, 3, 4))
        v["13.0"] shouldBe Opaque.ofFloat(4.55127f)
        (v["14.0"] as Opaque).floatValue().toRawBits() shouldBe (-0.0f).toRawBits()
        (v["15.0"] as Opaque).floatValue().isNaN() shouldBe true
        v["16.0"] shouldBe Opaque.ofFloat(Float.NEGATIVE_INFINITY)
        v["17.0"] shouldBe Opaque.ofDouble(123456789.123)
        v["18.0"] shouldBe Opaque.ofFloat(0.007812f)
        v["19.0"] shouldBe Opaque.ofInt64(-8323327L)
        v["20.0"] shouldBe Opaque.ofUnsigned64(-1L)
        v["21.0"] shouldBe Opaque.ofCounter64(130817L)
        v["22.0"] shouldBe Null.INSTANCE
    }

    test("forms only MIBs produce (fixture): each read as the value it travels as") {
        val parsed = WalkRecording.parse(resourceText("mib-forms.walk"))
        parsed.map { it.oid().toDottedString() to it.value() } shouldBe listOf(
            ".1.3.6.1.2.1.2.2.1.7.1" to Integer32.of(1),
            ".1.3.6.1.2.1.2.2.1.8.2" to Integer32.of(7),
            ".1.3.6.1.2.1.4.13.0" to Integer32.of(-3),
            ".1.3.6.1.2.1.2.2.1.5.1" to Gauge32.of(1_000_000_000L),
            ".1.3.6.1.2.1.1.3.0" to Integer32.of(5),
            ".1.3.6.1.2.1.1.4.0" to Opaque.ofFloat(1.5f),
            ".1.3.6.1.2.1.2.2.1.6.1" to OctetString.of("0:1a:2b:3c:4d:5e"),
            ".1.3.6.1.2.1.1.1.0" to OctetString.of("Cisco IOS Software, C2960 \"LAN Base\" \\ 15.0(2)SE4\n" +
                "Technical Support: http://www.cisco.com/techsupport\nCopyright (c) 1986-2013"),
            ".1.3.6.1.2.1.3.1.1.3.1.1.192.168.1.1" to IpAddress.parse("192.168.1.1"),
            ".1.3.6.1.2.1.17.7.1.4.3.1.2.1" to OctetString.ofHex("0780"),
            ".1.3.6.1.2.1.92.1.2.3.0" to OctetString.ofHex("800001"),
            ".1.3.6.1.2.1.92.1.2.4.0" to OctetString.ofHex("00"),
            ".1.3.6.1.2.1.92.1.2.5.0" to OctetString.ofHex("00".repeat(16) + "40"),
            ".1.3.6.1.2.1.92.1.2.6.0" to OctetString.ofHex("0010"),
            ".1.3.6.1.4.1.99999.2.1.0" to io.ksnmp.smi.UInteger32.of(7),
            ".1.3.6.1.4.1.99999.2.2.0" to io.ksnmp.smi.UInteger32.of(8),
            ".1.3.6.1.4.1.99999.2.3.0" to Opaque.ofDouble(2.5),
            ".1.3.6.1.4.1.99999.3.1.0" to NoSuchObject.INSTANCE,
            ".1.3.6.1.4.1.99999.3.2.0" to NoSuchInstance.INSTANCE,
            ".1.3.6.1.4.1.99999.3.3.0" to EndOfMibView.INSTANCE,
        )
    }

    test("CRLF line ends, blank lines and comments between bindings; a quoted string keeps its CR") {
        val text = "# header\r\n\r\n.1.3.6 = INTEGER: 1\r\n   \r\n.1.3.7 = STRING: \"a\r\nb\"\r\n.1.3.8 = Hex-STRING: 01 \r\n02 \r\n"
        WalkRecording.parse(text) shouldBe listOf(
            VarBind.of("1.3.6", Integer32.of(1)),
            VarBind.of("1.3.7", OctetString.of("a\r\nb")),
            VarBind.of("1.3.8", OctetString.ofHex("0102")),
        )
        WalkRecording.parse("") shouldBe emptyList()
        WalkRecording.parse("1.3.6.1 = INTEGER: 2") shouldBe listOf(VarBind.of("1.3.6.1", Integer32.of(2)))
    }

    test("the End of MIB line snmpwalk -v1 prints after the last binding is skipped") {
        WalkRecording.parse(".1.3.6 = INTEGER: 1\nEnd of MIB\n") shouldBe listOf(VarBind.of("1.3.6", Integer32.of(1)))
        shouldThrow<WalkRecordingException> { WalkRecording.parse(".1.3.6 = INTEGER: 1\nEnd of MIBS\n") }
    }

    context("malformed input: WalkRecordingException at the binding's line") {
        withData(
            nameFn = { it.first.replace("\n", "\\n").take(60) },
            "just text" to 1,
            ".1.3.6 INTEGER: 5" to 1,
            "# ok\n.1.3.6 = INTEGER: five" to 2,
            ".1.3.6 = INTEGER: 2147483648" to 1,
            ".1.3.6 = Gauge32: -1" to 1,
            ".1.3.6 = Counter32: 4294967296" to 1,
            ".1.3.6 = Counter64: 18446744073709551616" to 1,
            ".1.3.6 = Timeticks: 5" to 1,
            ".1.3.6 = IpAddress: 1.2.3" to 1,
            ".1.3.6 = Network Address: C0:A8:01" to 1,
            ".1.3.6 = OID: .1..3" to 1,
            ".1.3.6 = STRING: \"open\n.1.3.7 = INTEGER: 1\n" to 1,
            ".1.3.6 = STRING: \"a\" b" to 1,
            ".1.3.6 = STRING: \"a\\b\"" to 1,
            ".1.3.6 = INTEGER: 1\n.1.3.7 = Hex-STRING: 0G" to 2,
            ".1.3.6 = Hex-STRING: 01\nnot hex" to 2,
            ".1.3.6 = BITS: 80 1" to 1,
            ".1.3.6 = Opaque: Float: 1e5" to 1,
            ".1.3.6 = Opaque: Int64: 9223372036854775808" to 1,
            ".1.3.6 = Opaque: Half: 1" to 1,
            ".1.3.6 = Wrong Type (should be INTEGER: 5" to 1,
            ".1.3.6 = Variable has bad type" to 1,
            ".99999999999.3 = NULL" to 1,
            "\n\n.1.3.6 = NULL\n.1.3.7 = NUL" to 4,
            "SNMPv2-MIB::sysDescr.0 = STRING: x" to 1,
            ".1.3.6 = INTEGER: 1\nSNMPv2-MIB::sysName.0 = STRING: \"a\"" to 2,
            "isox.3.6 = INTEGER: 1" to 1,
            "iso = INTEGER: 1" to 1,
            "iso.3.x = INTEGER: 1" to 1,
            ".1.3.6 = OID: isox.3" to 1,
            ".iso.org.dod.internet.mgmt.mib-2.system.sysDescr.0 = STRING: \"x\"" to 1,
            "..iso.3.6 = INTEGER: 1" to 1,
            ".1.3.6 = OID: .iso.org" to 1,
        ) { (text, line) ->
            shouldThrow<WalkRecordingException> { WalkRecording.parse(text) }.line() shouldBe line
        }
    }

    test("OIDs with the first arc named (ccitt, iso, joint-iso-ccitt; a leading dot as -Of prints) read as the numeric ones, in names and OID values") {
        val named = """
            |iso.3.6.1.2.1.1.1.0 = STRING: "router"
            |iso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.8072.3.2.10
            |iso.3.6.1.2.1.1.9.1.2.1 = OID: ccitt.0
            |iso.3.6.1.2.1.1.9.1.2.2 = OID: joint-iso-ccitt.5.3
            |iso.3.6.1.2.1.2.2.1.6.1 = Hex-STRING: 00 1A 2B 3C 4D 5E${" "}
            |iso.3.6.1.2.1.2.2.1.2.1 = STRING: "multi
            |iso.3.6.1 = INTEGER: 1"
            |ccitt.1 = No Such Object available on this agent at this OID
            |joint-iso-ccitt.1 = INTEGER: 7
            |.iso.3.6.1.2.1.1.2.0 = OID: .iso.3.6.1.4.1.8072.3.2.10
            |.ccitt.2 = OID: .joint-iso-ccitt.1
            |.iso.3.6.1.2.1.1.9.1.2.3 = OID: iso
            |""".trimMargin()
        // The same, as -On prints it; the string's content keeps its "iso." (it is text, not a name).
        val numeric = """
            |.1.3.6.1.2.1.1.1.0 = STRING: "router"
            |.1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.8072.3.2.10
            |.1.3.6.1.2.1.1.9.1.2.1 = OID: .0.0
            |.1.3.6.1.2.1.1.9.1.2.2 = OID: .2.5.3
            |.1.3.6.1.2.1.2.2.1.6.1 = Hex-STRING: 00 1A 2B 3C 4D 5E${" "}
            |.1.3.6.1.2.1.2.2.1.2.1 = STRING: "multi
            |iso.3.6.1 = INTEGER: 1"
            |.0.1 = No Such Object available on this agent at this OID
            |.2.1 = INTEGER: 7
            |.1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.8072.3.2.10
            |.0.2 = OID: .2.1
            |.1.3.6.1.2.1.1.9.1.2.3 = OID: .1
            |""".trimMargin()
        val parsed = WalkRecording.parse(named)
        parsed shouldHaveSize 11
        parsed shouldBe WalkRecording.parse(numeric)
        WalkRecording.format(parsed) shouldBe numeric
        parsed[2].value() shouldBe ObjectIdentifier.of(Oid.parse("0.0"))
    }

    test("property: a recording with its first arcs named parses as the numeric recording") {
        val names = listOf("ccitt", "iso", "joint-iso-ccitt")
        checkAll(config.copy(iterations = 300), WalkGenerators.varBinds) { bindings ->
            // Each binding's text with its first arc set to 0, 1 or 2, once as a number, once named
            // (every other one with the leading dot of -Of).
            val afterFirstArc = bindings.map { vb -> vb.toString().let { it.substring(it.indexOf('.', 1)) } }
            val numeric = afterFirstArc.mapIndexed { i, rest -> ".${i % 3}$rest\n" }.joinToString("")
            val named = afterFirstArc.mapIndexed { i, rest -> "${if (i % 2 == 0) "" else "."}${names[i % 3]}$rest\n" }.joinToString("")
            val parsed = WalkRecording.parse(named)
            parsed shouldBe WalkRecording.parse(numeric)
            parsed.map { it.oid().arc(0).toInt() } shouldBe bindings.indices.map { it % 3 }
        }
    }

    test("a string longer than an OCTET STRING holds is a WalkRecordingException") {
        shouldThrow<WalkRecordingException> { WalkRecording.parse(".1.3 = STRING: \"${"x".repeat(65_536)}\"") }.line() shouldBe 1
    }

    test("property: random bindings of every type format, parse and print back") {
        checkAll(config.copy(iterations = 1000), WalkGenerators.varBinds) { bindings ->
            val text = WalkRecording.format(bindings)
            val parsed = WalkRecording.parse(text)
            parsed.size shouldBe bindings.size
            WalkRecording.format(parsed) shouldBe text
            WalkRecording.format(overTheWire(parsed)) shouldBe text
            bindings.zip(parsed).forEach { (original, read) ->
                if (WalkGenerators.readsBackEqual(original.value())) read shouldBe original
            }
        }
    }

    test("property: a wrapped float or double prints, parses and prints the same, and a float stays a float") {
        checkAll(config.copy(iterations = 2000), WalkGenerators.floats) { f ->
            val text = ".1.3 = " + Opaque.ofFloat(f)
            val read = WalkRecording.parse(text).single().value() as Opaque
            read.toString() shouldBe text.removePrefix(".1.3 = ")
            read.kind() shouldBe OpaqueKind.FLOAT
        }
        checkAll(config.copy(iterations = 1000), WalkGenerators.doubles) { d ->
            val printed = Opaque.ofDouble(d).toString()
            (WalkRecording.parse(".1.3 = $printed").single().value() as Opaque).toString() shouldBe printed
        }
    }

    test("property: random text parses or throws WalkRecordingException, nothing else") {
        checkAll(config.copy(iterations = 3000), Arb.string(0..120)) { text ->
            try {
                WalkRecording.parse(text)
            } catch (e: WalkRecordingException) {
                (e.line() in 1..text.count { it == '\n' } + 1) shouldBe true
            }
        }
    }

    test("property: mutated recordings parse or throw WalkRecordingException, nothing else") {
        val lines = withoutComments(resourceText("netsnmp-forms.walk")) + withoutComments(resourceText("mib-forms.walk"))
        var failed = 0
        var parsed = 0
        checkAll(config.copy(iterations = 5000), Arb.list(WalkGenerators.mutation, 1..4), Arb.int(0..2)) { edits, kind ->
            val sb = StringBuilder(lines)
            for ((at, s) in edits) {
                val i = at % (sb.length + 1)
                when (kind) {
                    0 -> sb.insert(i, s)
                    1 -> sb.delete(i, minOf(sb.length, i + s.length + 1))
                    else -> if (i < sb.length) sb.setCharAt(i, s.firstOrNull() ?: ' ')
                }
            }
            try {
                WalkRecording.parse(sb.toString())
                parsed++
            } catch (e: WalkRecordingException) {
                failed++
            }
        }
        failed shouldBeGreaterThan 0
        parsed shouldBeGreaterThan 0
    }
})
