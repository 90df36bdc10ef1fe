package io.ksnmp.cli

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import kotlin.time.Duration.Companion.seconds

/**
 * Net-SNMP's `snmptrap` and `snmpinform` → `ksnmp trapd --count N`: v1 and v2c traps and a v2c
 * inform; SNMPv3 traps whose users are bound to the sender's engine ID (`--user …@ENGINEID`,
 * `snmptrap -e`) and SNMPv3 informs (trapd discovered and authoritative) for users across the auth
 * and priv protocols, over IPv4 and IPv6; a bound user's trap from another engine dropped. What
 * trapd prints carries each notification's bindings exactly, in the tool's `-On` form, as text
 * and as `--json`.
 */
class NetSnmpToKsnmpTrapdSpec : FunSpec({
    timeout = 240_000L
    withNetSnmpTools("snmptrap", "snmpinform") { toKsnmpTrapd() }
})

private val sender = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "net-snmp-sender".toByteArray()
private val otherSender = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "another-sender".toByteArray()

/** Users across the protocols, as in the Debian matrix; the ones that send informs are named apart. */
private val trapUsers = listOf("noauth", "md5-des", "sha-aes", "sha224-nopriv", "sha256-aes192c", "sha384-aes256", "sha512-aes256c").map(InteropUser::named)
private val informUsers = trapUsers.map { InteropUser(it.auth, it.priv, name = "i-${it.name}") }

/** The user as `--user` takes it: `NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]`. */
private fun spec(u: InteropUser): String = buildString {
    append(u.name)
    u.auth?.let { append(":${it.protocolName()}:${u.authPassword}") }
    u.priv?.let { append(":${it.protocolName()}:${u.privPassword}") }
}

private fun FunSpec.toKsnmpTrapd() {
    /** Runs a Net-SNMP sender with [words] and [markWords] last; it must exit 0 (an inform: acknowledged). */
    fun tool(name: String, words: List<String>, markWords: List<String>) {
        val result = NetSnmpTools.run(name, listOf("-r", "2", "-t", "5") + words + markWords, 60.seconds)
        withClue("$name ${words.joinToString(" ")}\n$result") { result.exitCode shouldBe 0 }
    }

    test("v1 traps (enterprise-specific, linkDown), a v2c trap over IPv6 and a v2c inform, printed with their bindings") {
        BackgroundKsnmp.start("trapd", "--port", "0", "--count", "4", "--timeout", "120", "-c", "public").use { trapd ->
            val v4 = "udp:127.0.0.1:${trapd.port}"
            val v6 = "udp6:[::1]:${trapd.port}"
            val (m1, w1) = Sent.mark("v1 enterprise-specific")
            val (m2, w2) = Sent.mark("v1 linkDown")
            val (m3, w3) = Sent.mark("v2c trap")
            val (m4, w4) = Sent.mark("v2c inform")
            tool("snmptrap", listOf("-v1", "-c", "public", v4, ".1.3.6.1.4.1.8072.2.3", "192.0.2.7", "6", "17", "555") + Sent.ifIndex7Words, w1)
            tool("snmptrap", listOf("-v1", "-c", "public", v4, ".1.3.6.1.4.1.8072.2.3", "192.0.2.8", "2", "0", "556") + Sent.ifIndex7Words, w2)
            tool("snmptrap", listOf("-v2c", "-c", "public", v6, "4321", ".1.3.6.1.6.3.1.1.5.4") + Sent.ifIndex7Words, w3)
            tool("snmpinform", listOf("-v2c", "-c", "public", v4, "77", Sent.LINK_DOWN), w4)
            val run = trapd.await(120)
            withClue(run) {
                run.exitCode shouldBe ExitCode.OK
                val printed = printedNotifications(run.stdout)
                printed shouldHaveSize 4
                printed.carrying(m1).let {
                    it.header shouldMatch Regex("""trap from 127\.0\.0\.1:\d+: SNMPv1, community public""")
                    it.varBinds shouldBe Sent.v1(555, ".1.3.6.1.4.1.8072.2.3.0.17", ".1.3.6.1.4.1.8072.2.3", "192.0.2.7", Sent.ifIndex7, m1)
                }
                printed.carrying(m2).varBinds shouldBe Sent.v1(556, Sent.LINK_DOWN, ".1.3.6.1.4.1.8072.2.3", "192.0.2.8", Sent.ifIndex7, m2)
                printed.carrying(m3).let {
                    it.header shouldMatch Regex("""trap from \[::1]:\d+: SNMPv2c, community public""")
                    it.varBinds shouldBe Sent.v2(4321, ".1.3.6.1.6.3.1.1.5.4", Sent.ifIndex7, m3)
                }
                printed.carrying(m4).let {
                    it.header shouldMatch Regex("""inform from 127\.0\.0\.1:\d+: SNMPv2c, community public""")
                    it.varBinds shouldBe Sent.v2(77, Sent.LINK_DOWN, m4)
                }
            }
        }
    }

    test("SNMPv3 traps from users bound to the sender's engine ID and informs with discovery, IPv4 and IPv6; another engine's trap dropped") {
        val options = trapUsers.flatMap { listOf("--user", "${spec(it)}@${Sent.hex(sender)}") } + informUsers.flatMap { listOf("--user", spec(it)) }
        val count = trapUsers.size + informUsers.size
        BackgroundKsnmp.start(listOf("trapd", "--port", "0", "--count", "$count", "--timeout", "180") + options).use { trapd ->
            fun to(i: Int) = if (i % 2 == 0) "udp:127.0.0.1:${trapd.port}" else "udp6:[::1]:${trapd.port}"
            val (dropped, droppedWords) = Sent.mark("bound user, other engine")
            tool("snmptrap", listOf("-v3", "-e", Sent.hex(otherSender)) + trapUsers[2].netSnmpOptions() + listOf(to(0), "1", Sent.LINK_DOWN), droppedWords)
            val traps = trapUsers.mapIndexed { i, u ->
                val (mark, words) = Sent.mark("v3 trap ${u.name}")
                tool("snmptrap", listOf("-v3", "-e", Sent.hex(sender)) + u.netSnmpOptions() + listOf(to(i), "${100 + i}", Sent.LINK_DOWN) + Sent.ifIndex7Words, words)
                Triple(u, i, mark)
            }
            val informs = informUsers.mapIndexed { i, u ->
                val (mark, words) = Sent.mark("v3 inform ${u.name}")
                tool("snmpinform", listOf("-v3") + u.netSnmpOptions() + listOf(to(i + 1), "${200 + i}", Sent.LINK_DOWN), words)
                Triple(u, i, mark)
            }
            val run = trapd.await(180)
            withClue(run) {
                run.exitCode shouldBe ExitCode.OK
                val printed = printedNotifications(run.stdout)
                printed shouldHaveSize count
                for ((u, i, mark) in traps) {
                    val p = printed.carrying(mark)
                    val from = if (i % 2 == 0) """127\.0\.0\.1""" else """\[::1]"""
                    p.header shouldMatch Regex("""trap from $from:\d+: SNMPv3, user ${u.name}, ${u.level}, engine ID ${Sent.hex(sender)}""")
                    p.varBinds shouldBe Sent.v2(100L + i, Sent.LINK_DOWN, Sent.ifIndex7, mark)
                }
                for ((u, i, mark) in informs) {
                    val p = printed.carrying(mark)
                    val from = if (i % 2 == 1) """127\.0\.0\.1""" else """\[::1]"""
                    p.header shouldMatch Regex("""inform from $from:\d+: SNMPv3, user ${u.name}, ${u.level}, engine ID 0x[0-9A-F]+""")
                    p.varBinds shouldBe Sent.v2(200L + i, Sent.LINK_DOWN, mark)
                }
                (dropped.toString() in run.stdout) shouldBe false
                val dropLines = run.stderr.lines().filter { "dropped" in it }
                dropLines shouldHaveSize 1
                dropLines.single() shouldMatch Regex("""ksnmp trapd: dropped \d+ octets from 127\.0\.0\.1:\d+: security check failed \(.+\)""")
            }
        }
    }

    test("--json: a v2c trap and an SNMPv3 trap, one object a line") {
        val u = InteropUser.named("sha-aes")
        BackgroundKsnmp.start("trapd", "--port", "0", "--count", "2", "--timeout", "120", "--json", "-c", "public", "--user", "${spec(u)}@${Sent.hex(sender)}").use { trapd ->
            val to = "udp:127.0.0.1:${trapd.port}"
            tool("snmptrap", listOf("-v2c", "-c", "public", to, "12", Sent.LINK_DOWN), listOf(".1.3.6.1.2.1.1.5.0", "s", "router \"7\""))
            tool("snmptrap", listOf("-v3", "-e", Sent.hex(sender)) + u.netSnmpOptions() + listOf(to, "13", Sent.LINK_DOWN), Sent.ifIndex7Words)
            val run = trapd.await(120)
            withClue(run) {
                run.exitCode shouldBe ExitCode.OK
                val snmpTrapOid = """{"oid":".1.3.6.1.6.3.1.1.4.1.0","type":"OID","value":".1.3.6.1.6.3.1.1.5.3","text":".1.3.6.1.6.3.1.1.5.3"}"""
                run.lines.map { it.replace(Regex(""""source":"127\.0\.0\.1:\d+""""), "\"source\":\"127.0.0.1:*\"") } shouldBe listOf(
                    """{"type":"trap","version":"2c","source":"127.0.0.1:*","community":"public","upTime":12,"trapOid":".1.3.6.1.6.3.1.1.5.3","varBinds":[""" +
                        """{"oid":".1.3.6.1.2.1.1.3.0","type":"Timeticks","value":12,"text":"(12) 0:00:00.12"},$snmpTrapOid,""" +
                        """{"oid":".1.3.6.1.2.1.1.5.0","type":"STRING","value":"router \"7\"","text":"router \"7\""}]}""",
                    """{"type":"trap","version":"3","source":"127.0.0.1:*","user":"sha-aes","securityLevel":"authPriv","engineId":"${Sent.hex(sender)}",""" +
                        """"context":"","upTime":13,"trapOid":".1.3.6.1.6.3.1.1.5.3","varBinds":[""" +
                        """{"oid":".1.3.6.1.2.1.1.3.0","type":"Timeticks","value":13,"text":"(13) 0:00:00.13"},$snmpTrapOid,""" +
                        """{"oid":".1.3.6.1.2.1.2.2.1.1.7","type":"INTEGER","value":7,"text":"7"}]}""",
                )
            }
        }
    }
}
