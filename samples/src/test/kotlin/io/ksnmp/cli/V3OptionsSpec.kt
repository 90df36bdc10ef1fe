package io.ksnmp.cli

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.ToolResult
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyDerivation
import io.ksnmp.usm.interop.InteropUser
import java.util.HexFormat

/**
 * The SNMPv3 options beyond the passphrases, against snmpd beside Net-SNMP's snmpget with the
 * same arguments: `-e` (no discovery), `-Z`, keys given as hex (`-3m`/`-3M` master keys, `-3k`/`-3K`
 * keys localized to snmpd's engine ID, computed by ksnmp's own key derivation), and Net-SNMP's
 * other spellings of the protocols.
 */
class V3OptionsSpec : FunSpec({
    timeout = 300_000L
    withNetSnmpTools("snmpd", "snmpget") { v3Options() }
})

private const val SYS_DESCR = ".1.3.6.1.2.1.1.1.0"
private const val ENGINE_BOOTS = ".1.3.6.1.6.3.10.2.1.2.0"
private const val ENGINE_TIME = ".1.3.6.1.6.3.10.2.1.3.0"

private fun FunSpec.v3Options() {
    var snmpdOrNull: Snmpd? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    fun agent() = "127.0.0.1:${snmpd().port}"
    fun engineIdHex() = HexFormat.of().formatHex(snmpd().engineId)

    beforeSpec { snmpdOrNull = Snmpd.start() }
    afterSpec { snmpdOrNull?.close() }

    val patient = listOf("-t", "30", "-r", "1")

    /** snmpget and then `ksnmp get` with [options] for sysDescr.0: both succeed and print the same. */
    fun sameAsSnmpget(options: List<String>): KsnmpRun {
        val expected: ToolResult = NetSnmpTools.run("snmpget", listOf("-On") + patient + options + listOf(agent(), SYS_DESCR), Patience.DURATION)
        val actual = ksnmp(listOf("get") + patient + options + listOf(agent(), SYS_DESCR))
        withClue("snmpget ${options.joinToString(" ")}\n$expected\nksnmp: $actual") {
            expected.exitCode shouldBe 0
            actual.exitCode shouldBe 0
            actual.stdout shouldBe expected.stdout
        }
        return actual
    }

    /** How many datagrams `-d` says were sent. */
    fun sent(run: KsnmpRun): Int = run.stderr.lines().count { it.startsWith("Sending ") }

    test("-e with snmpd's engine ID skips discovery: a noAuthNoPriv get is one datagram, not two") {
        val user = InteropUser.named("noauth")
        val discovered = sameAsSnmpget(listOf("-d", "-v3") + user.netSnmpOptions())
        val known = sameAsSnmpget(listOf("-d", "-v3", "-e", engineIdHex()) + user.netSnmpOptions())
        sent(discovered) shouldBe 2
        sent(known) shouldBe 1
    }

    test("-e and -Z with snmpd's boots and time: an authPriv get is one datagram") {
        val user = InteropUser.named("sha256-aes")
        val clock = ksnmp("get", "-v2c", "-c", "public", "-On", agent(), ENGINE_BOOTS, ENGINE_TIME)
        withClue(clock) { clock.exitCode shouldBe 0 }
        val (boots, time) = clock.lines.map { it.substringAfterLast(' ') }
        sent(sameAsSnmpget(listOf("-d", "-v3", "-e", "0x" + engineIdHex(), "-Z", "$boots,$time") + user.netSnmpOptions())) shouldBe 1
        // Without -Z the agent's notInTimeWindow report sets boots and time, once: two datagrams.
        sent(sameAsSnmpget(listOf("-d", "-v3", "-e", engineIdHex()) + user.netSnmpOptions())) shouldBe 2
    }

    val crypto = JceUsmCrypto.create()
    fun hex(bytes: ByteArray) = "0x" + HexFormat.of().formatHex(bytes)

    for (name in listOf("sha256-aes", "md5-des", "sha-aes256c", "sha512-aes192")) {
        test("-3m/-3M master keys and -3k/-3K localized keys in hex, $name") {
            val user = InteropUser.named(name)
            val auth = user.auth!!
            val authKu = KeyDerivation.passwordToKey(crypto, auth, user.authPassword.toByteArray())
            val privKu = KeyDerivation.passwordToKey(crypto, auth, user.privPassword.toByteArray())
            val protocols = listOf("-v3", "-u", user.name, "-l", "authPriv", "-a", auth.protocolName(), "-x", user.priv!!.protocolName())
            sameAsSnmpget(protocols + listOf("-3m", hex(authKu), "-3M", hex(privKu)))
            val engineId = snmpd().engineId
            val authKul = KeyDerivation.localize(crypto, auth, authKu, engineId)
            val privKul = KeyDerivation.localize(crypto, auth, privKu, engineId)
            sameAsSnmpget(protocols + listOf("-e", engineIdHex(), "-3k", hex(authKul), "-3K", hex(privKul)))
            // Without -e the engine is discovered first, as snmpget does.
            sameAsSnmpget(protocols + listOf("-3k", hex(authKul), "-3K", hex(privKul)))
        }
    }

    test("Net-SNMP's other spellings of the protocols, in any case") {
        for ((name, a, x) in listOf(
            Triple("sha256-aes", "SHA256", "AES-128"), Triple("sha256-aes", "sha-256", "aes128"), Triple("sha-aes256c", "SHA1", "AES-256-C"),
            Triple("md5-aes192", "md5", "AES-192"), Triple("sha384-aes192c", "SHA384", "aes192c"), Triple("sha224-aes256", "SHA224", "AES-256"),
        )) {
            val user = InteropUser.named(name)
            sameAsSnmpget(listOf("-v3", "-u", name, "-l", "authPriv", "-a", a, "-A", user.authPassword, "-x", x, "-X", user.privPassword))
        }
    }

    test("a spelling Net-SNMP refuses, a key of the wrong length and -Z without -e are usage errors") {
        val user = InteropUser.named("sha-aes")
        val base = listOf("get", "-v3", "-u", user.name, "-A", user.authPassword)
        ksnmp(base + listOf("-x", "AES-192C", "-X", user.privPassword, agent(), SYS_DESCR)).exitCode shouldBe ExitCode.USAGE
        ksnmp(listOf("get", "-v3", "-u", user.name, "-a", "SHA", "-3m", "0x0102", agent(), SYS_DESCR)).exitCode shouldBe ExitCode.USAGE
        ksnmp(base + listOf("-Z", "1,2", agent(), SYS_DESCR)).exitCode shouldBe ExitCode.USAGE
        ksnmp(base + listOf("-e", engineIdHex(), "-Z", "1", agent(), SYS_DESCR)).exitCode shouldBe ExitCode.USAGE
    }
}
