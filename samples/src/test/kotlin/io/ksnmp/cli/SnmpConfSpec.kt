package io.ksnmp.cli

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Path
import kotlin.io.path.createDirectories
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText

/**
 * Net-SNMP's `snmp.conf` defaults, read from a temporary `SNMPCONFPATH` (or home directory) given
 * to the tool, never from the machine's: against snmpd, and the hint when ksnmp's own default
 * protocols (SHA, AES) may be why a user of Net-SNMP's defaults (MD5, DES) fails.
 */
class SnmpConfSpec : FunSpec({
    timeout = 300_000L

    test("tokens in any case, [snmp] prefixes, quotes, comments; snmp.local.conf and later directories win") {
        val first = confDir("defVersion 1\nDEFCOMMUNITY first\n# defContext nope\n[snmpd] defContext daemon\n[snmp] defSecurityName \"a user\"\n")
        first.resolve("snmp.local.conf").writeText("defCommunity local\n")
        val second = confDir("defVersion 2c\n")
        val conf = SnmpConf.read(mapOf("SNMPCONFPATH" to "$first:$second"), home = null)
        conf["defversion"] shouldBe "2c"
        conf["defCommunity"] shouldBe "local"
        conf["defSecurityName"] shouldBe "a user"
        conf["defContext"] shouldBe null
    }

    test("without SNMPCONFPATH, ~/.snmp/snmp.conf of the home given") {
        val home = createTempDirectory("ksnmp-home-")
        home.resolve(".snmp").createDirectories().resolve("snmp.conf").writeText("defCommunity from-home\n")
        SnmpConf.read(emptyMap(), home)["defCommunity"] shouldBe "from-home"
        SnmpConf.read(mapOf("SNMPCONFPATH" to ""), home)["defCommunity"] shouldBe null
    }

    test("the command line wins; a secret on it keeps snmp.conf's out; -a/-x from snmp.conf only with a secret") {
        val conf = SnmpConf.read(mapOf("SNMPCONFPATH" to confDir("defCommunity c1\ndefPassphrase shared-pass\ndefAuthType MD5\ndefPrivType DES\n").toString()), null)
        ConfDefaults.words(conf, Arguments.parse(listOf("-c", "mine"))) shouldBe listOf("-A", "shared-pass", "-X", "shared-pass", "-a", "MD5", "-x", "DES")
        ConfDefaults.words(conf, Arguments.parse(listOf("-3m", "0x00112233"))) shouldBe listOf("-c", "c1", "-X", "shared-pass", "-a", "MD5", "-x", "DES")
        val noSecrets = SnmpConf.read(mapOf("SNMPCONFPATH" to confDir("defAuthType MD5\ndefPrivType DES\n").toString()), null)
        ConfDefaults.words(noSecrets, Arguments.parse(listOf("-l", "noAuthNoPriv"))) shouldBe emptyList()
    }

    withNetSnmpTools("snmpd", "snmpget") { againstSnmpd() }
})

private const val SYS_DESCR = ".1.3.6.1.2.1.1.1.0"

private fun confDir(text: String): Path = createTempDirectory("ksnmp-conf-").also { it.resolve("snmp.conf").writeText(text) }

/** `ksnmp WORDS…` in this JVM with [confText] as the only snmp.conf (a temporary SNMPCONFPATH). */
private fun ksnmpWithConf(confText: String, vararg words: String): KsnmpRun {
    val out = ByteArrayOutputStream()
    val err = ByteArrayOutputStream()
    val environment = mapOf("SNMPCONFPATH" to confDir(confText).toString())
    val code = PrintStream(out, true, Charsets.UTF_8).use { o ->
        PrintStream(err, true, Charsets.UTF_8).use { e -> Ksnmp(o, e, false, environment, home = null).run(words.toList()) }
    }
    return KsnmpRun(code, out.toString(Charsets.UTF_8), err.toString(Charsets.UTF_8))
}

private fun FunSpec.againstSnmpd() {
    var snmpdOrNull: Snmpd? = null
    fun agent() = "127.0.0.1:${(snmpdOrNull ?: fail("snmpd was not started")).port}"

    beforeSpec { snmpdOrNull = Snmpd.start("createUser same-pass SHA-256 same-passphrase AES same-passphrase\nrwuser -s usm same-pass priv -V all\n") }
    afterSpec { snmpdOrNull?.close() }

    fun KsnmpRun.succeeds() = withClue(this) {
        exitCode shouldBe 0
        stdout shouldContain "$SYS_DESCR = STRING: "
    }

    /** snmpget with [confText] as its only snmp.conf, then `ksnmp get` with the same: both print the same. */
    fun sameAsSnmpget(confText: String, vararg words: String) {
        val work = createTempDirectory("ksnmp-snmpget-")
        work.resolve("conf").createDirectories().resolve("snmp.conf").writeText(confText)
        val expected = NetSnmpTools.start("snmpget", listOf("-On") + words, work).use { it.awaitExit(Patience.DURATION) }
        val actual = ksnmpWithConf(confText, "get", *words)
        withClue("snmpget with snmp.conf:\n$confText\n$expected\nksnmp: $actual") {
            expected.exitCode shouldBe 0
            actual.exitCode shouldBe 0
            actual.stdout shouldBe expected.stdout
        }
    }

    test("the same snmp.conf gives snmpget and ksnmp the same defaults") {
        sameAsSnmpget("defVersion 2c\ndefCommunity public\n", agent(), SYS_DESCR)
        val user = InteropUser.named("sha512-aes256c")
        sameAsSnmpget(
            "defVersion 3\ndefSecurityName ${user.name}\ndefSecurityLevel authPriv\ndefAuthType SHA-512\ndefPrivType AES-256-C\n" +
                "defAuthPassphrase ${user.authPassword}\ndefPrivPassphrase ${user.privPassword}\n",
            agent(), SYS_DESCR,
        )
        sameAsSnmpget("defVersion 3\ndefSecurityName same-pass\ndefSecurityLevel authPriv\ndefAuthType SHA256\ndefPrivType AES\ndefPassphrase same-passphrase\n", agent(), SYS_DESCR)
    }

    test("without defAuthType/defPrivType snmpget uses MD5/DES, ksnmp SHA/AES: ksnmp fails and says why") {
        val user = InteropUser.named("md5-des")
        val conf = "defVersion 3\ndefSecurityName ${user.name}\ndefSecurityLevel authPriv\n" +
            "defAuthPassphrase ${user.authPassword}\ndefPrivPassphrase ${user.privPassword}\n"
        val work = createTempDirectory("ksnmp-snmpget-")
        work.resolve("conf").createDirectories().resolve("snmp.conf").writeText(conf)
        val snmpget = NetSnmpTools.start("snmpget", listOf("-On", agent(), SYS_DESCR), work).use { it.awaitExit(Patience.DURATION) }
        val run = ksnmpWithConf(conf, "get", "-t", "1", "-r", "1", agent(), SYS_DESCR)
        withClue("$snmpget\nksnmp: $run") {
            snmpget.exitCode shouldBe 0
            run.exitCode shouldBe ExitCode.SNMP_ERROR
            run.stderr shouldContain DefaultProtocolHint.MARKER
        }
    }

    test("defVersion and defCommunity: a v2c get with neither -v nor -c") {
        ksnmpWithConf("defVersion 2c\ndefCommunity public\n", "get", agent(), SYS_DESCR).succeeds()
        ksnmpWithConf("defVersion 2c\ndefCommunity nobody\n", "get", "-t", "0.3", "-r", "0", "-c", "public", agent(), SYS_DESCR).succeeds()
    }

    test("defSecurityName, defSecurityLevel, defAuthType, defPrivType, defAuthPassphrase, defPrivPassphrase, defContext") {
        val user = InteropUser.named("md5-des")
        val conf = "defVersion 3\ndefSecurityName ${user.name}\ndefSecurityLevel authPriv\ndefAuthType MD5\ndefPrivType DES\n" +
            "defAuthPassphrase ${user.authPassword}\ndefPrivPassphrase ${user.privPassword}\ndefContext \"\"\n"
        ksnmpWithConf(conf, "get", agent(), SYS_DESCR).succeeds()
        val other = InteropUser.named("sha-aes")
        ksnmpWithConf(conf, "get", "-u", other.name, "-a", "SHA", "-A", other.authPassword, "-x", "AES", "-X", other.privPassword, agent(), SYS_DESCR).succeeds()
    }

    test("defPassphrase for both passphrases") {
        ksnmpWithConf("defVersion 3\ndefSecurityName same-pass\ndefAuthType SHA-256\ndefPrivType AES\ndefPassphrase same-passphrase\n", "get", agent(), SYS_DESCR).succeeds()
    }

    test("a user of Net-SNMP's default protocols without -a/-x fails with the default-protocol hint; named, it works and no hint") {
        val user = InteropUser.named("md5-des")
        val words = arrayOf("get", "-v3", "-t", "1", "-r", "1", "-u", user.name, "-A", user.authPassword, "-X", user.privPassword, agent(), SYS_DESCR)
        val failed = ksnmpWithConf("", *words)
        withClue(failed) {
            failed.exitCode shouldBe ExitCode.SNMP_ERROR
            failed.stderr shouldContain DefaultProtocolHint.MARKER
        }
        val authOnly = ksnmpWithConf("", "get", "-v3", "-u", user.name, "-l", "authNoPriv", "-A", user.authPassword, agent(), SYS_DESCR)
        withClue(authOnly) {
            authOnly.exitCode shouldBe ExitCode.SNMP_ERROR
            authOnly.stderr shouldContain DefaultProtocolHint.MARKER
        }
        val named = ksnmpWithConf("defAuthType MD5\ndefPrivType DES\n", *words)
        named.succeeds()
        named.stderr shouldNotContain DefaultProtocolHint.MARKER
        // A wrong passphrase with the protocols named is not the defaults' fault: no hint.
        val wrong = ksnmpWithConf("", "get", "-v3", "-u", user.name, "-a", "MD5", "-A", "not-the-passphrase", "-x", "DES", "-X", user.privPassword, agent(), SYS_DESCR)
        withClue(wrong) {
            wrong.exitCode shouldBe ExitCode.SNMP_ERROR
            wrong.stderr shouldNotContain DefaultProtocolHint.MARKER
        }
    }
}
