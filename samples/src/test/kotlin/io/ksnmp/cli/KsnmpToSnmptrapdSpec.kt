package io.ksnmp.cli

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
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
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.NotificationLine
import io.ksnmp.testing.Snmptrapd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import kotlin.io.path.createTempDirectory
import kotlin.time.Duration.Companion.seconds

/**
 * `ksnmp trap` and `ksnmp inform` → Net-SNMP's snmptrapd, checked in snmptrapd's own log (`-On`):
 * v1 (its fields given, and left empty as snmptrap leaves them), v2c traps and informs over IPv4
 * and IPv6 with every set type, SNMPv3 traps with `-e` for users across the auth and priv
 * protocols (noAuthNoPriv included) and SNMPv3 informs (snmptrapd discovered); a wrong passphrase
 * and an unknown user are typed failures. Every notification is logged once, bindings exact.
 */
class KsnmpToSnmptrapdSpec : FunSpec({
    timeout = 180_000L
    withNetSnmpTools("snmptrapd", "snmptrap") { toSnmptrapd() }
})

private val senderEngine = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "ksnmp-cli-trap".toByteArray()

/** A few users of the Debian matrix: no security, each auth protocol once, the priv protocols and both AES key extensions. */
private val users = listOf("noauth", "md5-des", "sha-aes", "sha224-nopriv", "sha256-aes192c", "sha384-aes256", "sha512-aes256c").map(InteropUser::named)

private fun FunSpec.toSnmptrapd() {
    var trapdOrNull: Snmptrapd? = null
    fun trapd(): Snmptrapd = trapdOrNull ?: fail("snmptrapd was not started")
    val marks = ArrayList<VarBind>()
    val stateDir = createTempDirectory("ksnmp-trap-state-")

    beforeSpec { trapdOrNull = Snmptrapd.start(trapSenders = listOf(senderEngine)) }
    afterSpec {
        trapdOrNull?.close()
        stateDir.toFile().deleteRecursively()
    }

    fun v4() = "127.0.0.1:${trapd().port}"
    fun v6() = "udp6:[::1]:${trapd().port}"

    /** Runs `ksnmp WORDS… MARK s …` (exit 0 expected) and returns the line snmptrapd logged for it. */
    fun sent(what: String, words: List<String>, after: List<String> = emptyList()): Pair<VarBind, NotificationLine> {
        val (mark, markWords) = Sent.mark(what)
        marks += mark
        val run = ksnmp(words + after + markWords)
        withClue(run) { run.exitCode shouldBe ExitCode.OK }
        return mark to trapd().awaitLines { mark.toString() in it.varBinds }.single()
    }

    fun trimmed(lines: List<String>) = lines.map { it.trimEnd() }

    test("a v1 trap with its enterprise, agent address, generic and specific traps, time-stamp and bindings") {
        val (mark, line) = sent("v1 trap", listOf("trap", "-v1", "-c", "public", v4(), ".1.3.6.1.4.1.8072.2.3", "192.0.2.7", "6", "17", "123456") + Sent.ifIndex7Words)
        line.version shouldBe 0
        line.pdu shouldStartWith "TRAP, SNMP v1, community public"
        line.v1Fields shouldBe listOf(".1.3.6.1.4.1.8072.2.3", "6", "17", "123456", "192.0.2.7")
        line.varBinds shouldBe trimmed(listOf(Sent.ifIndex7.toString(), mark.toString()))
    }

    test("a v1 trap with '' for ENTERPRISE and AGENT-ADDR carries what snmptrap's does; '' for UPTIME the tool's own") {
        val (_, ours) = sent("v1 trap, empty fields", listOf("trap", "-v1", "-c", "public", v4(), "", "", "3", "0", ""))
        val (netSnmpMark, netSnmpWords) = Sent.mark("snmptrap v1, empty fields")
        marks += netSnmpMark
        val tool = NetSnmpTools.run("snmptrap", listOf("-v1", "-c", "public", v4(), "", "", "3", "0", "") + netSnmpWords, 30.seconds)
        withClue(tool) { tool.exitCode shouldBe 0 }
        val theirs = trapd().awaitLines { netSnmpMark.toString() in it.varBinds }.single()
        val (enterprise, generic, specific, upTime, agent) = ours.v1Fields
        listOf(enterprise, generic, specific, agent) shouldBe theirs.v1Fields.let { listOf(it[0], it[1], it[2], it[4]) }
        enterprise shouldBe ".1.3.6.1.4.1.3.1.1"
        // The tool had run for moments, not the host's hours: under a minute.
        upTime.toLong() shouldBeLessThan 6_000L
    }

    context("v2c: a trap with every set type, and an inform, acknowledged") {
        val types = listOf(
            listOf(".1.3.6.1.4.1.8072.9999.4.1", "i", "-5") to Integer32.of(-5),
            listOf(".1.3.6.1.4.1.8072.9999.4.2", "u", "4294967295") to Gauge32.of(4294967295L),
            listOf(".1.3.6.1.4.1.8072.9999.4.3", "c", "7") to Counter32.of(7),
            listOf(".1.3.6.1.4.1.8072.9999.4.4", "t", "12345") to TimeTicks.of(12345),
            listOf(".1.3.6.1.4.1.8072.9999.4.5", "a", "192.0.2.1") to IpAddress.parse("192.0.2.1"),
            listOf(".1.3.6.1.4.1.8072.9999.4.6", "o", ".1.3.6.1.4.1.8072") to ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1.8072")),
            listOf(".1.3.6.1.4.1.8072.9999.4.7", "s", "a \"quoted\" text") to OctetString.of("a \"quoted\" text"),
            listOf(".1.3.6.1.4.1.8072.9999.4.8", "x", "00 01 FF") to OctetString.of(byteArrayOf(0, 1, -1)),
            listOf(".1.3.6.1.4.1.8072.9999.4.9", "n", "") to Null.INSTANCE,
        )
        val words = types.flatMap { it.first }
        val bindings = types.map { (w, value) -> VarBind.of(Oid.parse(w[0]), value) }.toTypedArray()
        withData(nameFn = { if (it) "IPv6" else "IPv4" }, false, true) { ipv6 ->
            val to = if (ipv6) v6() else v4()
            val (trapMark, trap) = sent("v2c trap", listOf("trap", "-v2c", "-c", "public", to, "4242", Sent.LINK_DOWN) + words)
            trap.version shouldBe 1
            trap.pdu shouldStartWith "TRAP2, SNMP v2c, community public"
            trap.from shouldStartWith if (ipv6) "UDP/IPv6" else "UDP: [127.0.0.1]"
            trap.varBinds shouldBe trimmed(Sent.v2(4242, Sent.LINK_DOWN, *bindings, trapMark))
            val (informMark, inform) = sent("v2c inform", listOf("inform", "-v2c", "-c", "public", to, "77", Sent.LINK_DOWN) + Sent.ifIndex7Words)
            inform.pdu shouldStartWith "INFORM, SNMP v2c, community public"
            inform.varBinds shouldBe trimmed(Sent.v2(77, Sent.LINK_DOWN, Sent.ifIndex7, informMark))
        }
    }

    context("SNMPv3 traps, the tool's engine authoritative with -e") {
        withData(nameFn = { it.toString() }, users) { u ->
            val (mark, line) = sent("v3 trap ${u.name}", listOf("trap", "-v3", "-e", Sent.hex(senderEngine)) + u.netSnmpOptions() + listOf(v4(), "5", Sent.LINK_DOWN) + Sent.ifIndex7Words)
            line.version shouldBe 3
            line.security shouldBe u.name
            line.pdu shouldStartWith "TRAP2, SNMP v3, user ${u.name}"
            line.varBinds shouldBe trimmed(Sent.v2(5, Sent.LINK_DOWN, Sent.ifIndex7, mark))
        }
    }

    test("SNMPv3 traps with -e and --state-file, run after run (boots counted up), over IPv6") {
        val u = InteropUser.named("sha256-aes")
        val state = stateDir.resolve("trap.state").toString()
        repeat(2) { run ->
            val (mark, line) = sent("v3 trap with state #$run", listOf("trap", "-v3", "-e", Sent.hex(senderEngine), "--state-file", state) + u.netSnmpOptions() + listOf(v6(), "6", Sent.LINK_DOWN))
            line.from shouldStartWith "UDP/IPv6"
            line.varBinds shouldBe trimmed(Sent.v2(6, Sent.LINK_DOWN, mark))
        }
    }

    context("SNMPv3 informs, snmptrapd authoritative and discovered") {
        withData(nameFn = { it.toString() }, users) { u ->
            val (mark, line) = sent("v3 inform ${u.name}", listOf("inform", "-v3") + u.netSnmpOptions() + listOf(v4(), "8", Sent.LINK_DOWN))
            line.pdu shouldStartWith "INFORM, SNMP v3, user ${u.name}"
            line.varBinds shouldBe trimmed(Sent.v2(8, Sent.LINK_DOWN, mark))
        }
    }

    test("an inform with a wrong passphrase or an unknown user fails with exit 1, one line on stderr, and is not logged") {
        val u = InteropUser.named("sha-aes")
        val (wrongMark, wrongWords) = Sent.mark("wrong passphrase")
        val (unknownMark, unknownWords) = Sent.mark("unknown user")
        val runs = listOf(
            ksnmp(listOf("inform", "-v3", "-t", "0.5", "-r", "2") + u.netSnmpOptions(authPassword = "not-the-passphrase") + listOf(v4(), "", Sent.LINK_DOWN) + wrongWords),
            ksnmp(listOf("inform", "-v3", "-t", "0.5", "-r", "2") + u.netSnmpOptions(userName = "nobody") + listOf(v4(), "", Sent.LINK_DOWN) + unknownWords),
        )
        for (run in runs) {
            withClue(run) {
                run.exitCode shouldBe ExitCode.SNMP_ERROR
                run.stdout shouldBe ""
                run.stderr.lines().filter { it.isNotEmpty() } shouldHaveSize 1
            }
        }
        trapd().lines().filter { wrongMark.toString() in it.varBinds || unknownMark.toString() in it.varBinds } shouldHaveSize 0
    }

    test("every notification sent was logged exactly once") {
        val logged = trapd().lines()
        for (mark in marks) withClue(mark) { logged.count { mark.toString() in it.varBinds } shouldBe 1 }
    }
}
