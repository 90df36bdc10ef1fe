package io.ksnmp.cli

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.NsapAddress
import io.ksnmp.smi.Null
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.UInteger32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable

/**
 * The `-O` letters and the lines they give, for what snmpd cannot be made to serve (Opaque,
 * NsapAddress, many days of timeticks); NetSnmpOptionsSpec compares the rest with Net-SNMP itself.
 */
class OutputOptionsSpec : FunSpec({
    fun line(value: Variable, vararg letters: String, name: String = ".1.3.6.1.4.1.8072.9.1.0") =
        VarBindText(OutputOptions.parse(letters.toList())).line(VarBind.of(Oid.parse(name), value))

    val values = listOf(
        Integer32.of(-7), Counter32.of(4294967295L), Gauge32.of(0), Counter64.of(-1L), UInteger32.of(42),
        TimeTicks.of(0), TimeTicks.of(8_640_123), TimeTicks.of(4_294_967_295L), OctetString.of("a \"q\" \\ b\n\tc"),
        OctetString.empty(), OctetString.of(ByteArray(33) { it.toByte() }), IpAddress.parse("192.0.2.7"),
        ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1.8072.3.2.10")), Opaque.ofFloat(4.55127f), Opaque.ofDouble(-0.5),
        Opaque.ofInt64(-1), Opaque.ofUnsigned64(-1), Opaque.ofCounter64(7), Opaque.of(byteArrayOf(1, 2)),
        NsapAddress.of(byteArrayOf(0x47, 0)), Null.INSTANCE, NoSuchObject.INSTANCE, NoSuchInstance.INSTANCE, EndOfMibView.INSTANCE,
    )

    context("without -O letters a line is what ksnmp always printed: the -On form") {
        withData(nameFn = { it.toString() }, values) { value ->
            line(value) shouldBe VarBind.of(Oid.parse(".1.3.6.1.4.1.8072.9.1.0"), value).toString()
        }
    }

    context("-Oq, -Ov and -Ot on the types snmpd does not serve") {
        withData(
            nameFn = { "${it.second} ${it.first}" },
            Triple(Opaque.ofFloat(4.55127f), "q", ".1.3.6.1.4.1.8072.9.1.0 4.551270"),
            Triple(Opaque.ofInt64(-1), "vq", "-1"),
            Triple(Opaque.ofUnsigned64(-1), "Qv", "18446744073709551615"),
            Triple(Opaque.of(byteArrayOf(1, 2)), "vq", "01 02 "),
            Triple(Opaque.of(byteArrayOf(1, 0x41)), "vT", "OPAQUE: 01 41   [.A]"),
            Triple(UInteger32.of(42), "v", "42"),
            Triple(Null.INSTANCE, "q", ".1.3.6.1.4.1.8072.9.1.0 NULL"),
            Triple(TimeTicks.of(8_640_123), "vq", "1:0:00:01.23"),
            Triple(TimeTicks.of(17_654_321), "v", "Timeticks: (17654321) 2 days, 1:02:23.21"),
            Triple(TimeTicks.of(17_654_321), "vqt", "17654321"),
            Triple(EndOfMibView.INSTANCE, "Q", ".1.3.6.1.4.1.8072.9.1.0 = No more variables left in this MIB View (It is past the end of the MIB tree)"),
        ) { (value: Variable, letters, printed) -> line(value, letters) shouldBe printed }
    }

    context("OIDs, as names and as values: numeric, iso.… (-Os, -OS), .iso.… (-Of, -Ou); the last letter wins") {
        withData(
            nameFn = { "${it.first} ${it.second}" },
            Triple("1.3.6.1", "s", "iso.3.6.1 = OID: ccitt.0"),
            Triple("1.3.6.1", "fS", "iso.3.6.1 = OID: ccitt.0"),
            Triple("1.3.6.1", "Sf", ".iso.3.6.1 = OID: .ccitt.0"),
            Triple("1.3.6.1", "u", ".iso.3.6.1 = OID: .ccitt.0"),
            Triple("2.5.4", "Sn", ".2.5.4 = OID: .0.0"),
            Triple("1", "Sq", "iso ccitt.0"),
            Triple("2.5.4", "Sq", "joint-iso-ccitt.5.4 ccitt.0"),
        ) { (name, letters, printed) -> line(ObjectIdentifier.of(Oid.parse("0.0")), letters, name = name) shouldBe printed }
    }

    test("q and t toggle (-Oqq is no q); Q keeps ' = ' whatever q says; unknown letters are refused") {
        line(Integer32.of(1), "qq") shouldBe line(Integer32.of(1))
        line(Integer32.of(1), "Q") shouldBe ".1.3.6.1.4.1.8072.9.1.0 = 1"
        line(Integer32.of(1), "Qq") shouldBe ".1.3.6.1.4.1.8072.9.1.0 = INTEGER: 1"
        line(TimeTicks.of(5), "tt") shouldBe line(TimeTicks.of(5))
        line(Integer32.of(1), "beEUX") shouldBe line(Integer32.of(1))
        shouldThrow<UsageException> { OutputOptions.parse(listOf("nz")) }
    }

    test("an unknown -O letter is a usage error, before any request is sent") {
        val run = ksnmp("get", "-Oz", "-v2c", "-c", "public", "-t", "5", "127.0.0.1:${NetSnmpToolsPorts.unused()}", ".1.3.6.1.2.1.1.1.0")
        run.exitCode shouldBe ExitCode.USAGE
        run.stdout shouldBe ""
    }

    context("OIDs typed with Net-SNMP's first-arc names are read as numbers") {
        withData(
            "iso.3.6.1.2.1.1.1.0" to "1.3.6.1.2.1.1.1.0",
            ".iso.3.6.1.2.1.1.1.0" to "1.3.6.1.2.1.1.1.0",
            "ccitt.0" to "0.0",
            ".joint-iso-ccitt.5" to "2.5",
            "iso" to "1",
            ".1.3.6" to "1.3.6",
        ) { (text, oid) -> Oids.parse(text) shouldBe Oid.parse(oid) }
        withData("ISO.3.6", "iso.org.dod", "isox.3", "SNMPv2-MIB::sysDescr.0") { text -> shouldThrow<UsageException> { Oids.parse(text) } }
    }
})
