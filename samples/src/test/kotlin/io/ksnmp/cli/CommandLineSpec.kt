package io.ksnmp.cli

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.Null
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel

/** How the tool reads its command line: options as Net-SNMP's tools take them, agents, set values. */
class CommandLineSpec : FunSpec({
    context("options attached or separate, -C and -O letters, long options, negative numbers as words") {
        test("attached and separate values") {
            val a = Arguments.parse(listOf("-v2c", "-c", "public", "-Cr50", "-Cn", "1", "--json", "host", ".1.3"))
            a.options shouldBe mapOf("v" to "2c", "c" to "public", "Cr" to "50", "Cn" to "1", "json" to "")
            a.positionals shouldBe listOf("host", ".1.3")
        }
        test("a negative number is a word, -- ends the options") {
            val a = Arguments.parse(listOf("host", ".1.3.6.1.4.1.1.0", "i", "-5", "--", "-c"))
            a.positionals shouldBe listOf("host", ".1.3.6.1.4.1.1.0", "i", "-5", "-c")
            a.options shouldBe emptyMap()
        }
        test("--name=value and --name value; a repeated option keeps every value") {
            Arguments.parse(listOf("--port=1161", "--walk-file", "f.txt")).options shouldBe mapOf("port" to "1161", "walk-file" to "f.txt")
            val users = Arguments.parse(listOf("--user", "a", "--user=b:SHA:authpass1"))
            users.values("user") shouldBe listOf("a", "b:SHA:authpass1")
            users.value("user") shouldBe "b:SHA:authpass1"
        }
        withData(
            nameFn = { it.joinToString(" ") },
            listOf("-q"), listOf("-c"), listOf("--nope"), listOf("-C"), listOf("-Cx3"), listOf("-Cpx"), listOf("-O"), listOf("--port"), listOf("-Cp1"),
        ) { words -> shouldThrow<UsageException> { Arguments.parse(words) } }
        test("-O letters are a value, every -O kept; a run of -C switches is each of them") {
            val a = Arguments.parse(listOf("-Onq", "-O", "v", "-Cip", "-CE", ".1.3.6.2", "host"))
            a.values("O") shouldBe listOf("nq", "v")
            listOf("Ci", "Cp").all(a::has) shouldBe true
            a.value("CE") shouldBe ".1.3.6.2"
            a.positionals shouldBe listOf("host")
        }
        test("numbers are checked") {
            shouldThrow<UsageException> { Arguments.parse(listOf("-Cr", "ten")).int("Cr", 10) }
            Arguments.parse(listOf("-Cr", "25")).int("Cr", 10) shouldBe 25
            Arguments.parse(emptyList()).int("Cr", 10) shouldBe 10
        }
    }

    context("agent addresses") {
        withData(
            "localhost" to AgentAddress("localhost", 161),
            "10.0.0.1:1161" to AgentAddress("10.0.0.1", 1161),
            "udp:10.0.0.1:1161" to AgentAddress("10.0.0.1", 1161),
            "udp6:[::1]:1161" to AgentAddress("::1", 1161),
            "[2001:db8::1]" to AgentAddress("2001:db8::1", 161),
            "::1" to AgentAddress("::1", 161),
            "UDP:router.example.net" to AgentAddress("router.example.net", 161),
        ) { (text, address) -> AgentAddress.parse(text) shouldBe address }
        withData("tcp:host:161", "host:0", "host:70000", "host:x", "[::1", "[::1]x", ":161", "udp:") { text ->
            shouldThrow<UsageException> { AgentAddress.parse(text) }
        }
    }

    context("set values by Net-SNMP's type letters") {
        val oid = ".1.3.6.1.2.1.1.4.0"
        withData(
            nameFn = { "${it.first} ${it.second}" },
            Triple("i", "-5", Integer32.of(-5)),
            Triple("u", "4294967295", Gauge32.of(4294967295L)),
            Triple("c", "7", Counter32.of(7)),
            Triple("t", "12345", TimeTicks.of(12345)),
            Triple("a", "192.0.2.1", IpAddress.parse("192.0.2.1")),
            Triple("o", ".1.3.6.1.4.1", ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1"))),
            Triple("s", "noc@example.net", OctetString.of("noc@example.net")),
            Triple("s", "", OctetString.empty()),
            Triple("x", "0A1b2C", OctetString.of(byteArrayOf(0x0a, 0x1b, 0x2c))),
            Triple("x", "0a 1b:2c", OctetString.of(byteArrayOf(0x0a, 0x1b, 0x2c))),
            Triple("d", "10.27.255", OctetString.of(byteArrayOf(10, 27, 255.toByte()))),
            Triple("b", "0 3 9", OctetString.of(byteArrayOf(0x90.toByte(), 0x40))),
            Triple("n", "", Null.INSTANCE),
        ) { (type, text, value: Variable) ->
            SetValues.parse(listOf(oid, type, text)) shouldBe listOf(VarBind.of(Oid.parse(oid), value))
        }
        withData(
            nameFn = { it.joinToString(" ") },
            listOf(oid, "i", "2147483648"), listOf(oid, "u", "-1"), listOf(oid, "a", "1.2.3"), listOf(oid, "x", "abc"),
            listOf(oid, "d", "256"), listOf(oid, "=", "x"), listOf(oid, "z", "1"), listOf(oid, "s"), listOf("sysContact.0", "s", "x"),
        ) { words -> shouldThrow<UsageException> { SetValues.parse(words) } }
    }

    context("SNMPv3 options") {
        fun security(vararg words: String) = SecuritySettings.from(Arguments.parse(words.toList()))

        test("protocols by Net-SNMP's names, the level from -l") {
            val s = security("-u", "admin", "-l", "authPriv", "-a", "SHA-512", "-A", "authpass1", "-x", "AES256C", "-X", "privpass1")
            s.level shouldBe SecurityLevel.AUTH_PRIV
            s.user.authProtocolOrNull() shouldBe AuthProtocol.HMAC_SHA_512_384
            s.user.privProtocolOrNull() shouldBe PrivProtocol.AES256_REEDER
        }
        test("without -l the level is what the passphrases allow; -a and -x default to SHA and AES") {
            security("-u", "u", "-A", "authpass1").let {
                it.level shouldBe SecurityLevel.AUTH_NO_PRIV
                it.user.authProtocolOrNull() shouldBe AuthProtocol.HMAC_SHA_96
            }
            security("-u", "u", "-A", "authpass1", "-X", "privpass1").user.privProtocolOrNull() shouldBe PrivProtocol.AES128
            security("-u", "u").level shouldBe SecurityLevel.NO_AUTH_NO_PRIV
            security("-u", "u", "-l", "noAuthNoPriv", "-A", "authpass1").user.authProtocolOrNull() shouldBe null
        }
        withData(
            nameFn = { it.joinToString(" ") },
            listOf("-l", "authPriv"),
            listOf("-u", "u", "-l", "authPriv", "-A", "authpass1"),
            listOf("-u", "u", "-l", "authNoPriv"),
            listOf("-u", "u", "-a", "SHA"),
            listOf("-u", "u", "-X", "privpass1"),
            listOf("-u", "u", "-A", "short"),
            listOf("-u", "u", "-a", "SHA-999", "-A", "authpass1"),
            listOf("-u", "u", "-A", "authpass1", "-x", "RC4", "-X", "privpass1"),
            listOf("-u", "u", "-l", "extreme"),
            listOf("-u", "a-user-name-longer-than-thirty-two-octets"),
        ) { words -> shouldThrow<UsageException> { SecuritySettings.from(Arguments.parse(words)) } }
    }
})
