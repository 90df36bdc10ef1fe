package io.ksnmp.usm.interop

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.ints.shouldBeInRange
import io.kotest.matchers.shouldBe
import io.ksnmp.message.MsgFlags
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Null
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.ToolProcess
import io.ksnmp.testing.ToolResult
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.LocalEngine
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmSecret
import io.ksnmp.usm.UsmUser
import kotlin.io.path.createDirectories
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText
import kotlin.random.Random

/** snmpget's timeout: it is answered or reported to at once, so this only ends a hung run. */
private val PATIENT_SECONDS = Patience.SECONDS.toInt()

/**
 * ksnmp's USM against Net-SNMP's `snmpget`, in ksnmp's authoritative role: for every user of
 * Debian's Net-SNMP 5.9.3 matrix, snmpget secures a GET that ksnmp must accept, and ksnmp
 * secures the Response that snmpget must accept and print; then failures, reports and
 * discovery with the real peer.
 *
 * Net-SNMP 5.9.3 ignores `-Z` when `-e` is given (net-snmp issue #95: the boots/time of `-Z`
 * are only recorded after a discovery probe) and sends msgAuthoritativeEngineBoots 0 and
 * msgAuthoritativeEngineTime 0. The agent here therefore has boots 0, and its clock is 100 s
 * ahead of 0 so that its responses carry a non-zero time (which goes into the AES IV) while
 * the requests stay inside the 150 s window. `-Z 0,100` states that engine state, so the tests
 * hold whether or not a Net-SNMP version honours `-Z`. Discovery and the notInTimeWindow
 * resynchronisation below use boots 3 and time 1000, learned by snmpget from ksnmp's reports.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class UsmNetSnmpInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpget") { interopTests() }
})

private fun FunSpec.interopTests() {

    val sysName = Oid.parse("1.3.6.1.2.1.1.5.0")
    val getRequest = VarBindList.of(VarBind.of(sysName, Null.INSTANCE))
    fun expectedLine(user: UsmUser) = ".1.3.6.1.2.1.1.5.0 = STRING: \"ksnmp-${user.nameAsText()}\""
    fun answerFor(user: UsmUser) = VarBindList.of(VarBind.of(sysName, OctetString.of("ksnmp-${user.nameAsText()}")))

    // 80 00 1f 88 04 "ksnmp-interop": enterprise 8072, text format.
    val engineId = byteArrayOf(0x80.toByte(), 0x00, 0x1f, 0x88.toByte(), 0x04) + "ksnmp-interop".toByteArray()
    val agentBoots = 0
    val agentTime = 100
    val matrixUsers = InteropUser.matrix.map { it.user }

    /** ksnmp's agent with [boots] and an engine time of [time] s now. */
    fun agentSide(boots: Int = agentBoots, time: Int = agentTime, id: ByteArray = engineId, users: List<UsmUser> = matrixUsers) =
        KsnmpAgentSide(LocalEngine(id, boots, System.currentTimeMillis() - time * 1_000L), users)

    /**
     * snmpget -v3 of sysName.0 to [agent], not discovering: `-e` and `-Z` given, no retries;
     * [snmpConf] becomes the only snmp.conf it reads.
     */
    fun snmpgetKnownEngine(agent: KsnmpAgentSide, options: List<String>, timeoutSeconds: Int,
                           z: String = "$agentBoots,$agentTime", snmpConf: String? = null): ToolProcess {
        val workDir = createTempDirectory("ksnmp-snmpget-")
        if (snmpConf != null) workDir.resolve("conf").createDirectories().resolve("snmp.conf").writeText(snmpConf)
        return NetSnmpTools.start("snmpget", listOf("-v3", "-e", agent.engineIdHex, "-Z", z) + options +
            listOf("-r", "0", "-t", "$timeoutSeconds", "-On", agent.address, sysName.toString()), workDir)
    }

    fun ToolResult.shouldHavePrinted(user: UsmUser) = withClue("snmpget's run: $this") {
        killed shouldBe false
        exitCode shouldBe 0
        stdoutLines shouldBe listOf(expectedLine(user))
    }

    /**
     * a. snmpget (with [options] naming [user]) makes a GET that ksnmp checks; b. ksnmp makes
     * the Response that snmpget checks and prints.
     */
    fun roundTrip(user: UsmUser, options: List<String>, id: ByteArray = engineId, snmpConf: String? = null) {
        val level = user.defaultSecurityLevel()
        agentSide(id = id, users = (matrixUsers + user).distinctBy { it.nameAsText() }).use { agent ->
            snmpgetKnownEngine(agent, options, timeoutSeconds = PATIENT_SECONDS, snmpConf = snmpConf).use { snmpget ->
                // a. snmpget's request, checked by ksnmp
                val request = agent.receive(snmpget)
                val accepted = agent.check(request).shouldBeAccepted()
                accepted.level() shouldBe level
                request.message.isEncrypted() shouldBe level.isPriv
                MsgFlags.isReportable(request.message.msgFlags()) shouldBe true
                accepted.parameters().engineId() shouldBe id
                accepted.parameters().userName() shouldBe user.name()
                val scoped = accepted.scopedPdu()
                scoped.contextEngineId() shouldBe id
                scoped.contextName() shouldBe ByteArray(0)
                scoped.pdu().type() shouldBe PduType.GET
                scoped.pdu().varBinds() shouldBe getRequest

                // b. ksnmp's response, checked and printed by snmpget
                agent.answer(request, accepted, user, answerFor(user))
                snmpget.awaitExit(Patience.DURATION).shouldHavePrinted(user)
            }
        }
    }

    context("Net-SNMP makes, ksnmp checks; ksnmp makes, Net-SNMP checks") {
        withData(nameFn = { it.toString() }, InteropUser.matrix) { user ->
            roundTrip(user.user, user.netSnmpOptions())
        }
    }

    context("edge cases: passwords, names, engine IDs, keys given as keys") {
        val utf8 = InteropUser(AuthProtocol.HMAC_SHA_256_192, PrivProtocol.AES128, name = "utf8-passwords",
            authPassword = "pässwörd-äuth-€", privPassword = "прив-пароль-密码")
        test("passwords in non-ASCII UTF-8 (given to snmpget as octets, in snmp.conf)") {
            val options = utf8.netSnmpOptions().chunked(2).filter { it[0] != "-A" && it[0] != "-X" }.flatten()
            roundTrip(utf8.user, options,
                snmpConf = "defAuthPassphrase ${utf8.authPassword}\ndefPrivPassphrase ${utf8.privPassword}\n")
        }
        withData(
            nameFn = { it.toString() },
            InteropUser(AuthProtocol.HMAC_MD5_96, PrivProtocol.DES, name = "eight-octet-passwords", "12345678", "abcdefgh"),
            InteropUser(AuthProtocol.HMAC_SHA_512_384, PrivProtocol.AES256_REEDER, name = "long-passwords",
                (1..200).joinToString("") { "${it % 10}" }, (1..200).joinToString("") { "${'a' + it % 26}" }),
            InteropUser(AuthProtocol.HMAC_SHA_224_128, PrivProtocol.AES192_REEDER, name = "a-user-name-of-32-octets-exactly"),
        ) { user ->
            roundTrip(user.user, user.netSnmpOptions())
        }
        withData(
            nameFn = { "an engine ID of ${it.size} octets" },
            byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 0x04),
            byteArrayOf(0x80.toByte(), 0, 0x1f, 0x88.toByte(), 0x05) + ByteArray(27) { (it * 37 + 11).toByte() },
        ) { id ->
            val user = InteropUser.named("sha-aes256")
            roundTrip(user.user, user.netSnmpOptions(), id = id)
        }
        // ksnmp users whose secrets are keys (UsmSecret.masterKey / localizedKey), snmpget given the
        // same keys in hex (-3m/-3M master keys, -3k/-3K keys localized to the agent's engine ID).
        val random = Random(3414)
        fun hex(bytes: ByteArray) = "0x" + bytes.joinToString("") { "%02x".format(it) }
        withData(
            nameFn = { (auth, priv, localized) -> "${auth.protocolName()}/${priv.protocolName()} given as ${if (localized) "localized" else "master"} keys" },
            listOf(true, false).flatMap { localized ->
                listOf(
                    Triple(AuthProtocol.HMAC_MD5_96, PrivProtocol.AES192, localized),
                    Triple(AuthProtocol.HMAC_MD5_96, PrivProtocol.AES256_REEDER, localized),
                    Triple(AuthProtocol.HMAC_SHA_96, PrivProtocol.AES256, localized),
                    Triple(AuthProtocol.HMAC_SHA_224_128, PrivProtocol.AES256_REEDER, localized),
                    Triple(AuthProtocol.HMAC_SHA_256_192, PrivProtocol.AES128, localized),
                    Triple(AuthProtocol.HMAC_SHA_512_384, PrivProtocol.DES, localized),
                )
            },
        ) { (auth, priv, localized) ->
            val authKey = random.nextBytes(auth.digestLength())
            val privKey = random.nextBytes(auth.digestLength())
            fun secret(key: ByteArray) = if (localized) UsmSecret.localizedKey(key, engineId) else UsmSecret.masterKey(key)
            val name = "keys-${auth.protocolName()}-${priv.protocolName()}".lowercase()
            val user = UsmUser.builder(name).auth(auth, secret(authKey)).priv(priv, secret(privKey)).build()
            val (authFlag, privFlag) = if (localized) "k" to "K" else "m" to "M"
            roundTrip(user, listOf("-u", name, "-l", "authPriv", "-a", auth.protocolName(), "-x", priv.protocolName(),
                "-3$authFlag", hex(authKey), "-3$privFlag", hex(privKey)))
        }
    }

    context("what ksnmp rejects from the real peer (no answer: snmpget is killed)") {
        test("a wrong authentication password gives wrongDigest") {
            val user = InteropUser.named("sha256-aes")
            agentSide().use { agent ->
                snmpgetKnownEngine(agent, user.netSnmpOptions(authPassword = "not-the-auth-password"), 1).use { snmpget ->
                    val rejected = agent.check(agent.receive(snmpget)).shouldBeRejectedFor(UsmFailure.WRONG_DIGEST)
                    rejected.parametersOrNull()!!.userName() shouldBe user.user.name()
                    snmpget.kill()
                }
            }
        }

        // The two AES key extensions differ where the auth hash is shorter than the AES key:
        // MD5 or SHA-1 with AES-192/256, SHA-224 with AES-256. The MAC still verifies (same
        // auth key); only the decryption goes wrong.
        withData(
            nameFn = { (auth, sent, known) -> "snmpget ${auth.protocolName()}/${sent.protocolName()} to a ksnmp user with ${known.protocolName()} gives decryptionError" },
            Triple(AuthProtocol.HMAC_MD5_96, PrivProtocol.AES192, PrivProtocol.AES192_REEDER),
            Triple(AuthProtocol.HMAC_MD5_96, PrivProtocol.AES192_REEDER, PrivProtocol.AES192),
            Triple(AuthProtocol.HMAC_SHA_96, PrivProtocol.AES256, PrivProtocol.AES256_REEDER),
            Triple(AuthProtocol.HMAC_SHA_224_128, PrivProtocol.AES256_REEDER, PrivProtocol.AES256),
        ) { (auth, sent, known) ->
            val user = InteropUser(auth, known)
            agentSide().use { agent ->
                snmpgetKnownEngine(agent, user.netSnmpOptions(privProtocol = sent), 1).use { snmpget ->
                    agent.check(agent.receive(snmpget)).shouldBeRejectedFor(UsmFailure.DECRYPTION_ERROR)
                    snmpget.kill()
                }
            }
        }

        test("a request 500 s away from the agent's time gives notInTimeWindow") {
            val user = InteropUser.named("sha-aes")
            // The agent's time is 600; -Z says 100 (and Net-SNMP 5.9.3 sends 0 anyway).
            agentSide(time = agentTime + 500).use { agent ->
                snmpgetKnownEngine(agent, user.netSnmpOptions(), 1).use { snmpget ->
                    val rejected = agent.check(agent.receive(snmpget)).shouldBeRejectedFor(UsmFailure.NOT_IN_TIME_WINDOW)
                    rejected.keysOrNull()!!.user() shouldBe user.user
                    snmpget.kill()
                }
            }
        }

        test("an unknown user gives unknownUserName") {
            val user = InteropUser.named("md5-des")
            agentSide().use { agent ->
                snmpgetKnownEngine(agent, user.netSnmpOptions(userName = "nobody-here"), 1).use { snmpget ->
                    val rejected = agent.check(agent.receive(snmpget)).shouldBeRejectedFor(UsmFailure.UNKNOWN_USER_NAME)
                    rejected.parametersOrNull()!!.userName() shouldBe "nobody-here".toByteArray()
                    snmpget.kill()
                }
            }
        }
    }

    context("Net-SNMP reads ksnmp's reports") {
        val user = InteropUser.named("sha256-aes")
        val authOnly = InteropUser.named("sha256-nopriv")
        withData(
            nameFn = { "${it.failure}: snmpget prints \"${it.printed}\"" },
            ReportCase(user.netSnmpOptions(userName = "nobody-here"), UsmFailure.UNKNOWN_USER_NAME, "Unknown user name"),
            ReportCase(user.netSnmpOptions(authPassword = "not-the-auth-password"), UsmFailure.WRONG_DIGEST,
                "Authentication failure (incorrect password, community or key)"),
            ReportCase(InteropUser(AuthProtocol.HMAC_MD5_96, PrivProtocol.AES192_REEDER).netSnmpOptions(privProtocol = PrivProtocol.AES192),
                UsmFailure.DECRYPTION_ERROR, "Decryption error"),
            // authPriv for a user ksnmp knows as authNoPriv
            ReportCase(authOnly.netSnmpOptions().map { if (it == "authNoPriv") "authPriv" else it } + listOf("-x", "AES", "-X", "priv-pass-any"),
                UsmFailure.UNSUPPORTED_SECURITY_LEVEL, "Unsupported security level"),
        ) { case ->
            agentSide().use { agent ->
                snmpgetKnownEngine(agent, case.options, PATIENT_SECONDS).use { snmpget ->
                    val request = agent.receive(snmpget)
                    agent.report(request, agent.check(request).shouldBeRejectedFor(case.failure)) shouldBe true
                    val result = snmpget.awaitExit(Patience.DURATION)
                    withClue("snmpget's run: $result") {
                        result.killed shouldBe false
                        result.exitCode shouldBe 1
                        result.stdoutLines shouldBe emptyList()
                        result.stderrLines shouldBe listOf("snmpget: ${case.printed}")
                    }
                }
            }
        }

        test("notInTimeWindow (authenticated): snmpget takes ksnmp's boots and time, sends again and is answered") {
            val user = InteropUser.named("sha-aes")
            agentSide(boots = 3, time = 1_000).use { agent ->
                // -Z says boots 0 (and Net-SNMP 5.9.3 sends 0 anyway): out of the window of boots 3.
                snmpgetKnownEngine(agent, user.netSnmpOptions(), PATIENT_SECONDS).use { snmpget ->
                    val first = agent.receive(snmpget)
                    val rejected = agent.check(first).shouldBeRejectedFor(UsmFailure.NOT_IN_TIME_WINDOW)
                    agent.report(first, rejected) shouldBe true

                    val again = agent.receive(snmpget)
                    val accepted = agent.check(again).shouldBeAccepted()
                    accepted.parameters().engineBoots() shouldBe 3
                    // ksnmp's time, as its report told, moved on by snmpget's own clock: never ahead of ksnmp's.
                    accepted.parameters().engineTime() shouldBeInRange 1_000..agent.engineTimeNow() + 1
                    accepted.scopedPdu().pdu().varBinds() shouldBe getRequest
                    agent.answer(again, accepted, user.user, answerFor(user.user))
                    snmpget.awaitExit(Patience.DURATION).shouldHavePrinted(user.user)
                }
            }
        }
    }

    context("discovery: snmpget probes, ksnmp reports its engine, then snmpget's real request is answered") {
        val discoveryEngineId = byteArrayOf(0x80.toByte(), 0x00, 0x1f, 0x88.toByte(), 0x04) + "ksnmp-discovery".toByteArray()
        withData(
            nameFn = { it.toString() },
            listOf("sha256-aes", "noauth", "md5-des", "sha-nopriv", "sha512-aes256c").map { InteropUser.named(it) },
        ) { user ->
            agentSide(boots = 3, time = 1_000, id = discoveryEngineId).use { agent ->
                NetSnmpTools.start("snmpget", listOf("-v3") + user.netSnmpOptions() +
                    listOf("-r", "0", "-t", "$PATIENT_SECONDS", "-On", agent.address, sysName.toString())).use { snmpget ->
                    // The probe: noAuthNoPriv, reportable, no engine ID, no user.
                    val probe = agent.receive(snmpget)
                    val rejected = agent.check(probe).shouldBeRejectedFor(UsmFailure.UNKNOWN_ENGINE_ID)
                    probe.message.msgFlags() and 0x03 shouldBe SecurityLevel.NO_AUTH_NO_PRIV.flags()
                    MsgFlags.isReportable(probe.message.msgFlags()) shouldBe true
                    rejected.parametersOrNull()!!.engineId() shouldBe ByteArray(0)
                    agent.report(probe, rejected) shouldBe true

                    // The real request, to the engine ID, boots and time the report told.
                    val request = agent.receive(snmpget)
                    val accepted = agent.check(request).shouldBeAccepted()
                    accepted.level() shouldBe user.level
                    accepted.parameters().engineId() shouldBe discoveryEngineId
                    accepted.scopedPdu().contextEngineId() shouldBe discoveryEngineId
                    accepted.scopedPdu().pdu().type() shouldBe PduType.GET
                    accepted.scopedPdu().pdu().varBinds() shouldBe getRequest
                    if (user.level.isAuth) {
                        accepted.parameters().engineBoots() shouldBe 3
                        accepted.parameters().engineTime() shouldBeInRange 1_000..agent.engineTimeNow() + 1
                    }
                    agent.answer(request, accepted, user.user, answerFor(user.user))
                    snmpget.awaitExit(Patience.DURATION).shouldHavePrinted(user.user)
                }
            }
        }
    }
}

/** A request ksnmp rejects for [failure], made by snmpget with [options]; its report makes snmpget print [printed]. */
private class ReportCase(val options: List<String>, val failure: UsmFailure, val printed: String)
