package io.ksnmp.cli

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldMatch
import io.kotest.matchers.string.shouldStartWith
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.TimeTicks
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyDerivation
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * `ksnmp trap`, `ksnmp inform` and `ksnmp trapd` without Net-SNMP: their command lines, and the
 * tool sending to itself (v1, v2c, v3 traps from a bound and from an unknown engine, a v3 inform,
 * text and JSON); a wrong community dropped and told; an inform nobody answers; a receiver that
 * waits too long or cannot listen.
 */
class NotificationCommandsSpec : FunSpec({
    timeout = 120_000L

    context("trap and inform operands, trapd options: a bad command line exits 2 with one line on stderr") {
        val unused = "127.0.0.1:${NetSnmpToolsPorts.unused()}"
        val v2c = listOf("-v2c", "-c", "public", unused)
        withData(
            nameFn = { it.joinToString(" ") { w -> if (w.isEmpty()) "''" else w } },
            listOf("trap", "-v2c", "-c", "public"),
            listOf("trap") + v2c,
            listOf("trap") + v2c + listOf(""),
            listOf("trap") + v2c + listOf("", Sent.LINK_DOWN, Sent.IF_INDEX_7, "i"),
            listOf("trap") + v2c + listOf("-5", Sent.LINK_DOWN),
            listOf("trap") + v2c + listOf("4294967296", Sent.LINK_DOWN),
            listOf("trap") + v2c + listOf("", "IF-MIB::linkDown"),
            listOf("inform", "-v1", "-c", "public", unused, "", Sent.LINK_DOWN),
            listOf("inform", "-v2c", "-c", "public", "-e", "0x8000000001020304", unused, "", Sent.LINK_DOWN),
            listOf("trap", "-e", "0x8000000001020304") + v2c + listOf("", Sent.LINK_DOWN),
            listOf("trap", "-v3", "-u", "ops", "-e", "0x01020304", unused, "", Sent.LINK_DOWN),
            listOf("trap", "-v1", "-c", "public", unused, ".1.3.6.1.4.1.8072", "192.0.2.7", "7", "0", ""),
            listOf("trap", "-v1", "-c", "public", unused, ".1.3.6.1.4.1.8072", "192.0.2.7", "6", "-1", ""),
            listOf("trap", "-v1", "-c", "public", unused, ".1.3.6.1.4.1.8072", "192.0.2.7", "6", "1"),
            listOf("trapd", "extra"),
            listOf("trapd", "--count", "0"),
            listOf("trapd", "--timeout", "soon"),
            listOf("trapd", "--port", "70000"),
            listOf("trapd", "-E", "0x01"),
            listOf("trapd", "--user", "ops:SHA:authpass1@0x0102"),
            listOf("trapd", "--user", "ops:SHA:authpass1", "--user", "ops:MD5:authpass2"),
            listOf("trapd", "--user", "ops:SHA:short"),
        ) { words ->
            val run = ksnmp(words)
            withClue(run) {
                run.exitCode shouldBe ExitCode.USAGE
                run.stdout shouldBe ""
                run.stderr.lines().filter { it.isNotEmpty() } shouldHaveSize 1
            }
        }
    }

    context("trapd's --user: the agent's form, and @ENGINEID binding it to one sender") {
        test("NAME:AUTH:AUTHPASS:PRIV:PRIVPASS@ENGINEID") {
            val spec = UserSpec.withEngineId("ops:SHA-512:authpass1:AES256C:privpass1@0x80001F8805")
            spec.engineIdOrNull shouldBe byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5)
            spec.user.nameAsText() shouldBe "ops"
            spec.user.authProtocolOrNull() shouldBe AuthProtocol.HMAC_SHA_512_384
            spec.user.privProtocolOrNull() shouldBe PrivProtocol.AES256_REEDER
        }
        test("without @ any engine; a trailing @ lets a passphrase hold an @") {
            UserSpec.withEngineId("watcher").let {
                it.engineIdOrNull.shouldBeNull()
                it.user.defaultSecurityLevel() shouldBe SecurityLevel.NO_AUTH_NO_PRIV
            }
            val at = UserSpec.withEngineId("ops:SHA:pass@word1@")
            at.engineIdOrNull.shouldBeNull()
            at.user.sameCredentials(UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_96, "pass@word1").build()) shouldBe true
            at.user.sameCredentials(UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_96, "pass@word2").build()) shouldBe false
            UserSpec.withEngineId("ops@").engineIdOrNull.shouldBeNull()
        }
        withData("ops@xyz", "ops@0x0102", "ops:SHA@0x8000000001020304", ":SHA:authpass1") { spec ->
            shouldThrow<UsageException> { UserSpec.withEngineId(spec) }
        }
    }

    context("what the operands become") {
        test("UPTIME: hundredths of a second, or '' for the engine's") {
            NotifyCommands.upTime("").shouldBeNull()
            NotifyCommands.upTime("4294967295") shouldBe TimeTicks.of(4294967295L)
        }
        test("AGENT-ADDR: dotted, or a name with an IPv4 address") {
            NotifyCommands.agentAddress("192.0.2.7") shouldBe IpAddress.parse("192.0.2.7")
            NotifyCommands.agentAddress("localhost") shouldBe IpAddress.parse("127.0.0.1")
        }
        withData(
            "::1" to "::1", "::" to "::", "2001:db8:0:0:0:0:0:1" to "2001:db8::1", "2001:db8:0:1:0:0:0:1" to "2001:db8:0:1::1",
            "1:0:0:2:0:0:3:4" to "1::2:0:0:3:4", "1:2:3:4:5:6:7:8" to "1:2:3:4:5:6:7:8", "fe80:0:0:0:0:0:0:0" to "fe80::", "192.0.2.1" to "192.0.2.1",
        ) { (text, short) -> AgentAddress.literal(InetAddress.getByName(text)) shouldBe short }
    }

    test("inform -e (and -Z) name the receiver's engine, as snmpinform's do: the inform is the only datagram sent, no discovery") {
        val receiverEngine = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "cli-receiver".toByteArray()
        BackgroundKsnmp.start(
            "trapd", "--port", "0", "--count", "1", "--timeout", "60", "-E", Sent.hex(receiverEngine),
            "--user", "watcher:MD5:watcher-auth-pass",
        ).use { trapd ->
            val (mark, words) = Sent.mark("v3 inform with -e")
            val run = ksnmp(
                listOf("inform", "-d", "-v3", "-e", Sent.hex(receiverEngine), "-Z", "1,0", "-u", "watcher", "-l", "authNoPriv", "-a", "MD5", "-A", "watcher-auth-pass",
                    "127.0.0.1:${trapd.port}", "80", Sent.LINK_DOWN) + words,
            )
            withClue(run) {
                run.exitCode shouldBe ExitCode.OK
                run.stderr.lines().count { it.startsWith("Sending ") } shouldBe 1
            }
            val received = trapd.await()
            withClue(received) {
                printedNotifications(received.stdout).carrying(mark).header shouldStartWith "inform from 127.0.0.1:"
            }
        }
    }

    test("trap -3k/-3K take keys localized to the sender's own engine (-e), which is authoritative for its traps") {
        val sender = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "cli-keys".toByteArray()
        val crypto = JceUsmCrypto.create()
        val authKul = KeyDerivation.localize(crypto, AuthProtocol.HMAC_SHA_256_192, KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_256_192, "keys-auth-pass".toByteArray()), sender)
        val privKul = KeyDerivation.localize(crypto, AuthProtocol.HMAC_SHA_256_192, KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_256_192, "keys-priv-pass".toByteArray()), sender)
        BackgroundKsnmp.start(
            "trapd", "--port", "0", "--count", "1", "--timeout", "60",
            "--user", "keys:SHA-256:keys-auth-pass:AES:keys-priv-pass@${Sent.hex(sender)}",
        ).use { trapd ->
            val (mark, words) = Sent.mark("v3 trap with localized keys")
            val run = ksnmp(
                listOf("trap", "-v3", "-e", Sent.hex(sender), "-u", "keys", "-l", "authPriv", "-a", "SHA-256", "-x", "AES",
                    "-3k", Sent.hex(authKul), "-3K", Sent.hex(privKul), "127.0.0.1:${trapd.port}", "81", Sent.LINK_DOWN) + words,
            )
            withClue(run) { run.exitCode shouldBe ExitCode.OK }
            val received = trapd.await()
            withClue(received) {
                printedNotifications(received.stdout).carrying(mark).header shouldStartWith "trap from 127.0.0.1:"
            }
        }
    }

    context("ksnmp trap and inform to ksnmp trapd") {
        val engine = byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 5) + "cli-sender".toByteArray()
        val ops = listOf("-u", "ops", "-l", "authPriv", "-a", "SHA-256", "-A", "ops-auth-pass", "-x", "AES192", "-X", "ops-priv-pass")
        val watcher = listOf("-u", "watcher", "-l", "authNoPriv", "-a", "MD5", "-A", "watcher-auth-pass")

        test("v2c, v1, v3 traps (a user bound to the sender's engine, a user of any engine) and a v3 inform, as text") {
            BackgroundKsnmp.start(
                "trapd", "--port", "0", "--count", "5", "--timeout", "60",
                "--user", "ops:SHA-256:ops-auth-pass:AES192:ops-priv-pass@${Sent.hex(engine)}", "--user", "watcher:MD5:watcher-auth-pass", "-c", "public",
            ).use { trapd ->
                val v4 = "127.0.0.1:${trapd.port}"
                val v6 = "udp6:[::1]:${trapd.port}"
                val (m1, w1) = Sent.mark("v2c trap")
                val (m2, w2) = Sent.mark("v1 trap")
                val (m3, w3) = Sent.mark("v3 trap, bound user")
                val (m4, w4) = Sent.mark("v3 trap, any engine")
                val (m5, w5) = Sent.mark("v3 inform")
                val sends = listOf(
                    listOf("trap", "-v2c", "-c", "public", v4, "4321", Sent.LINK_DOWN) + Sent.ifIndex7Words + w1,
                    listOf("trap", "-v1", "-c", "public", v4, ".1.3.6.1.4.1.8072.2.3", "192.0.2.7", "6", "17", "555") + w2,
                    listOf("trap", "-v3", "-e", Sent.hex(engine)) + ops + listOf(v6, "77", Sent.LINK_DOWN) + w3,
                    listOf("trap", "-v3") + watcher + listOf(v4, "78", Sent.LINK_DOWN) + w4,
                    listOf("inform", "-v3") + watcher + listOf(v6, "79", Sent.LINK_DOWN) + Sent.ifIndex7Words + w5,
                )
                for (words in sends) withClue(words) { ksnmp(words).exitCode shouldBe ExitCode.OK }
                val run = trapd.await()
                withClue(run) {
                    run.exitCode shouldBe ExitCode.OK
                    val printed = printedNotifications(run.stdout)
                    printed shouldHaveSize 5
                    printed.carrying(m1).let {
                        it.header shouldMatch Regex("""trap from 127\.0\.0\.1:\d+: SNMPv2c, community public""")
                        it.varBinds shouldBe Sent.v2(4321, Sent.LINK_DOWN, Sent.ifIndex7, m1)
                    }
                    printed.carrying(m2).let {
                        it.header shouldMatch Regex("""trap from 127\.0\.0\.1:\d+: SNMPv1, community public""")
                        it.varBinds shouldBe Sent.v1(555, ".1.3.6.1.4.1.8072.2.3.0.17", ".1.3.6.1.4.1.8072.2.3", "192.0.2.7", m2)
                    }
                    printed.carrying(m3).let {
                        it.header shouldBe "trap from ${it.header.substringAfter("from ").substringBefore(": ")}: SNMPv3, user ops, authPriv, engine ID ${Sent.hex(engine)}"
                        it.header shouldStartWith "trap from [::1]:"
                        it.varBinds shouldBe Sent.v2(77, Sent.LINK_DOWN, m3)
                    }
                    printed.carrying(m4).let {
                        it.header shouldMatch Regex("""trap from 127\.0\.0\.1:\d+: SNMPv3, user watcher, authNoPriv, engine ID 0x[0-9A-F]+""")
                        it.varBinds shouldBe Sent.v2(78, Sent.LINK_DOWN, m4)
                    }
                    printed.carrying(m5).let {
                        it.header shouldMatch Regex("""inform from \[::1]:\d+: SNMPv3, user watcher, authNoPriv, engine ID 0x[0-9A-F]+""")
                        it.varBinds shouldBe Sent.v2(79, Sent.LINK_DOWN, Sent.ifIndex7, m5)
                    }
                    run.stderr.lines().filter { it.isNotEmpty() } shouldHaveSize 1
                }
            }
        }

        test("--json: one object a line, the v1 fields of a v1 trap, typed values") {
            BackgroundKsnmp.start("trapd", "--port", "0", "--count", "2", "--timeout", "60", "--json", "-c", "private").use { trapd ->
                val to = "127.0.0.1:${trapd.port}"
                ksnmp("trap", "-v2c", "-c", "private", to, "12", Sent.LINK_DOWN, ".1.3.6.1.2.1.1.5.0", "s", "say \"hi\"").exitCode shouldBe ExitCode.OK
                ksnmp("trap", "-v1", "-c", "private", to, ".1.3.6.1.4.1.8072.2.3", "192.0.2.7", "2", "0", "34", Sent.IF_INDEX_7, "i", "7").exitCode shouldBe ExitCode.OK
                val run = trapd.await()
                withClue(run) {
                    run.exitCode shouldBe ExitCode.OK
                    val lines = run.lines.map { it.replace(Regex(""""source":"127\.0\.0\.1:\d+""""), "\"source\":\"127.0.0.1:*\"") }
                    lines shouldBe listOf(
                        """{"type":"trap","version":"2c","source":"127.0.0.1:*","community":"private","upTime":12,"trapOid":".1.3.6.1.6.3.1.1.5.3",""" +
                            """"varBinds":[{"oid":".1.3.6.1.2.1.1.3.0","type":"Timeticks","value":12,"text":"(12) 0:00:00.12"},""" +
                            """{"oid":".1.3.6.1.6.3.1.1.4.1.0","type":"OID","value":".1.3.6.1.6.3.1.1.5.3","text":".1.3.6.1.6.3.1.1.5.3"},""" +
                            """{"oid":".1.3.6.1.2.1.1.5.0","type":"STRING","value":"say \"hi\"","text":"say \"hi\""}]}""",
                        """{"type":"trap","version":"1","source":"127.0.0.1:*","community":"private",""" +
                            """"v1":{"enterprise":".1.3.6.1.4.1.8072.2.3","agentAddress":"192.0.2.7","genericTrap":2,"specificTrap":0,"timeStamp":34},""" +
                            """"upTime":34,"trapOid":".1.3.6.1.6.3.1.1.5.3","varBinds":[""" +
                            """{"oid":".1.3.6.1.2.1.1.3.0","type":"Timeticks","value":34,"text":"(34) 0:00:00.34"},""" +
                            """{"oid":".1.3.6.1.6.3.1.1.4.1.0","type":"OID","value":".1.3.6.1.6.3.1.1.5.3","text":".1.3.6.1.6.3.1.1.5.3"},""" +
                            """{"oid":".1.3.6.1.2.1.2.2.1.1.7","type":"INTEGER","value":7,"text":"7"},""" +
                            """{"oid":".1.3.6.1.6.3.18.1.3.0","type":"IpAddress","value":"192.0.2.7","text":"192.0.2.7"},""" +
                            """{"oid":".1.3.6.1.6.3.1.1.4.3.0","type":"OID","value":".1.3.6.1.4.1.8072.2.3","text":".1.3.6.1.4.1.8072.2.3"}]}""",
                    )
                }
            }
        }

        test("a wrong community is dropped and said so on stderr; '' for UPTIME is the sending tool's own uptime") {
            BackgroundKsnmp.start("trapd", "--port", "0", "--count", "1", "--timeout", "60", "-c", "secret").use { trapd ->
                val to = "127.0.0.1:${trapd.port}"
                val (wrong, wrongWords) = Sent.mark("wrong community")
                val (right, rightWords) = Sent.mark("right community")
                ksnmp(listOf("trap", "-v2c", "-c", "public", to, "", Sent.LINK_DOWN) + wrongWords).exitCode shouldBe ExitCode.OK
                ksnmp(listOf("trap", "-v2c", "-c", "secret", to, "", Sent.LINK_DOWN) + rightWords).exitCode shouldBe ExitCode.OK
                val run = trapd.await()
                withClue(run) {
                    val printed = printedNotifications(run.stdout).single()
                    printed.varBinds.drop(2) shouldBe listOf(right.toString())
                    // The tool started moments before it sent: its uptime is under a minute.
                    printed.varBinds.first() shouldMatch Regex("""\.1\.3\.6\.1\.2\.1\.1\.3\.0 = Timeticks: \(\d{1,4}\) 0:00:\d\d\.\d\d""")
                    run.stdout shouldContain right.toString()
                    (wrong.toString() in run.stdout) shouldBe false
                    run.stderr shouldMatch Regex("""(?s).*\nksnmp trapd: dropped \d+ octets from 127\.0\.0\.1:\d+: wrong community\n.*""")
                }
            }
        }

        test("an inform nobody acknowledges exits 3, one line on stderr") {
            val run = ksnmp("inform", "-v2c", "-c", "public", "-t", "0.2", "-r", "1", "127.0.0.1:${NetSnmpToolsPorts.unused()}", "", Sent.LINK_DOWN)
            withClue(run) {
                run.exitCode shouldBe ExitCode.TIMEOUT
                run.stdout shouldBe ""
                run.stderr.lines().filter { it.isNotEmpty() } shouldHaveSize 1
                run.stderr shouldStartWith "ksnmp: "
            }
        }

        test("trapd --timeout: exit 3 when --count did not come, 0 without --count") {
            val short = BackgroundKsnmp.start("trapd", "--port", "0", "--count", "1", "--timeout", "0.3").await()
            withClue(short) {
                short.exitCode shouldBe ExitCode.TIMEOUT
                short.stdout shouldBe ""
            }
            BackgroundKsnmp.start("trapd", "--port", "0", "--timeout", "0.3").await().exitCode shouldBe ExitCode.OK
        }

        test("trapd on a port already taken exits 1 with one line on stderr") {
            DatagramSocket(InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).use { taken ->
                val run = ksnmp("trapd", "--address", "127.0.0.1", "--port", "${taken.localPort}", "--timeout", "5")
                withClue(run) {
                    run.exitCode shouldBe ExitCode.SNMP_ERROR
                    run.stderr.lines().filter { it.isNotEmpty() } shouldHaveSize 1
                    run.stderr shouldStartWith "ksnmp: cannot listen on udp:127.0.0.1:${taken.localPort} "
                }
            }
        }
    }
})
