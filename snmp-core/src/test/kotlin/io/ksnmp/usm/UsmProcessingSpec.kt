package io.ksnmp.usm

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.message.MsgFlags
import io.ksnmp.usm.UsmFixtures.agentEngineId
import io.ksnmp.usm.UsmFixtures.decode
import io.ksnmp.usm.UsmFixtures.lookup
import io.ksnmp.usm.UsmFixtures.scopedGet
import io.ksnmp.usm.UsmFixtures.secure
import io.ksnmp.usm.UsmFixtures.users
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlin.random.Random

@OptIn(io.kotest.common.ExperimentalKotest::class)
class UsmProcessingSpec : FunSpec({
    val now = 1_000_000L
    val sender = Usm(UsmFixtures.crypto)
    val receiver = Usm(UsmFixtures.crypto)
    val agent = LocalEngine(agentEngineId, 3, now - 1_000_000L) // engine time 1000 s at "now"

    context("every user at its highest level: secured, then verified and decrypted") {
        withData(nameFn = { it.toString() }, users) { user ->
            val level = user.defaultSecurityLevel()
            val bytes = secure(sender, user, level)
            val message = decode(bytes)
            message.msgFlags() and 0x03 shouldBe level.flags()
            message.isEncrypted() shouldBe level.isPriv
            val result = receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, message, agent, lookup, now)
            result.shouldBeInstanceOf<UsmIncoming.Accepted>()
            result.scopedPdu() shouldBe scopedGet()
            result.level() shouldBe level
            result.parameters().userName() shouldBe user.name()
        }
    }

    test("salts never repeat and the same message encrypts differently each time") {
        val user = users.first { it.privProtocolOrNull() == PrivProtocol.AES128 }
        val salts = (1..1000).map { UsmFixtures.decode(secure(sender, user, SecurityLevel.AUTH_PRIV)).let { m ->
            UsmSecurityParameters.decode(m.securityParameters()).privacyParameters().toList()
        } }
        salts.toSet().size shouldBe 1000
        val des = users.first { it.privProtocolOrNull() == PrivProtocol.DES }
        val desSalts = (1..1000).map { UsmSecurityParameters.decode(decode(secure(sender, des, SecurityLevel.AUTH_PRIV)).securityParameters()).privacyParameters().toList() }
        desSalts.toSet().size shouldBe 1000
        desSalts.all { it.take(4) == listOf<Byte>(0, 0, 0, 3) } shouldBe true // engine boots prefix
    }

    test("a wrong authentication password gives wrongDigest") {
        val right = UsmUser.builder("p-SHA-256-AES").auth(AuthProtocol.HMAC_SHA_256_192, "auth-password-1").priv(PrivProtocol.AES128, "priv-password-1").build()
        val wrong = UsmUser.builder("p-SHA-256-AES").auth(AuthProtocol.HMAC_SHA_256_192, "auth-password-2").priv(PrivProtocol.AES128, "priv-password-1").build()
        val bytes = secure(sender, wrong, SecurityLevel.AUTH_PRIV)
        val result = receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), agent, { e, _ -> UsmFixtures.keys(right, e) }, now)
        (result as UsmIncoming.Rejected).failure() shouldBe UsmFailure.WRONG_DIGEST
    }

    test("the wrong AES key extension (AES192 against AES192C) gives a decryption error") {
        for ((a, b) in listOf(PrivProtocol.AES192 to PrivProtocol.AES192_REEDER, PrivProtocol.AES256_REEDER to PrivProtocol.AES256)) {
            val sent = UsmUser.builder("u").auth(AuthProtocol.HMAC_MD5_96, "auth-password-1").priv(a, "priv-password-1").build()
            val known = UsmUser.builder("u").auth(AuthProtocol.HMAC_MD5_96, "auth-password-1").priv(b, "priv-password-1").build()
            val bytes = secure(sender, sent, SecurityLevel.AUTH_PRIV)
            val result = receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), agent, { e, _ -> UsmFixtures.keys(known, e) }, now)
            (result as UsmIncoming.Rejected).failure() shouldBe UsmFailure.DECRYPTION_ERROR
        }
    }

    test("stale time, other boots and boots at 2^31-1 give notInTimeWindow at the authoritative engine") {
        val user = users.first { it.authProtocolOrNull() == AuthProtocol.HMAC_SHA_96 && it.privProtocolOrNull() == null }
        fun check(boots: Int, time: Int, engine: LocalEngine = agent): UsmIncoming {
            val bytes = secure(sender, user, SecurityLevel.AUTH_NO_PRIV, boots = boots, time = time)
            return receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), engine, lookup, now)
        }
        check(3, 1000).shouldBeInstanceOf<UsmIncoming.Accepted>()
        check(3, 1150).shouldBeInstanceOf<UsmIncoming.Accepted>()
        check(3, 850).shouldBeInstanceOf<UsmIncoming.Accepted>()
        (check(3, 1151) as UsmIncoming.Rejected).failure() shouldBe UsmFailure.NOT_IN_TIME_WINDOW
        (check(3, 849) as UsmIncoming.Rejected).failure() shouldBe UsmFailure.NOT_IN_TIME_WINDOW
        (check(2, 1000) as UsmIncoming.Rejected).failure() shouldBe UsmFailure.NOT_IN_TIME_WINDOW
        val lockedOut = LocalEngine(agentEngineId, Int.MAX_VALUE, now)
        (check(Int.MAX_VALUE, 0, lockedOut) as UsmIncoming.Rejected).failure() shouldBe UsmFailure.NOT_IN_TIME_WINDOW
    }

    test("unknown user, unsupported level and another engine's ID are told apart") {
        val stranger = UsmUser.builder("stranger").auth(AuthProtocol.HMAC_MD5_96, "auth-password-1").build()
        val bytes = secure(sender, stranger, SecurityLevel.AUTH_NO_PRIV)
        (receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), agent, lookup, now) as UsmIncoming.Rejected)
            .failure() shouldBe UsmFailure.UNKNOWN_USER_NAME

        val authOnly = users.first { it.authProtocolOrNull() != null && it.privProtocolOrNull() == null }
        val claimsPriv = users.first { it.nameAsText() == "p-${authOnly.authProtocolOrNull()!!.protocolName()}-AES" }
        val privBytes = UsmFixtures.secure(sender, claimsPriv, SecurityLevel.AUTH_PRIV)
        val renamed = UserLookup { e, _ -> UsmFixtures.keys(authOnly, e) }
        (receiver.unsecureAsAuthoritative(privBytes, 0, privBytes.size, decode(privBytes), agent, renamed, now) as UsmIncoming.Rejected)
            .failure() shouldBe UsmFailure.UNSUPPORTED_SECURITY_LEVEL

        val elsewhere = LocalEngine(byteArrayOf(9, 9, 9, 9, 9), 3, now)
        val ok = secure(sender, authOnly, SecurityLevel.AUTH_NO_PRIV)
        (receiver.unsecureAsAuthoritative(ok, 0, ok.size, decode(ok), elsewhere, lookup, now) as UsmIncoming.Rejected)
            .failure() shouldBe UsmFailure.UNKNOWN_ENGINE_ID
    }

    test("a tampered byte anywhere in an authenticated message is rejected") {
        val random = Random(3414)
        for (user in users.filter { it.authProtocolOrNull() != null }) {
            val level = user.defaultSecurityLevel()
            val original = secure(sender, user, level)
            repeat(25) {
                val bytes = original.copyOf()
                val at = random.nextInt(bytes.size)
                bytes[at] = (bytes[at].toInt() xor (1 shl random.nextInt(8))).toByte()
                val message = try { decode(bytes) } catch (e: BerDecodingException) { null }
                if (message != null) {
                    val result = receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, message, agent, lookup, now)
                    if (result is UsmIncoming.Accepted) {
                        // Only a cleared auth flag gets past USM, and then as noAuthNoPriv of an
                        // authNoPriv message: the level is visible to the caller.
                        level shouldBe SecurityLevel.AUTH_NO_PRIV
                        result.level() shouldBe SecurityLevel.NO_AUTH_NO_PRIV
                        MsgFlags.isAuth(message.msgFlags()) shouldBe false
                    }
                }
            }
        }
    }

    test("messages from an authoritative engine must name an engine ID of 5 to 32 octets") {
        val user = users.first { it.nameAsText() == "none" }
        for ((id, accepted) in listOf(ByteArray(4) to false, ByteArray(5) to true, ByteArray(32) to true, ByteArray(0) to false)) {
            val w = io.ksnmp.ber.BerWriter()
            sender.secure(w, OutgoingParameters(1, 65507, false, SecurityLevel.NO_AUTH_NO_PRIV, user.name(), null, id, 1, 1), scopedGet())
            val bytes = w.toByteArray()
            val result = receiver.unsecureFromAuthoritative(bytes, 0, bytes.size, decode(bytes), null, lookup, now)
            (result is UsmIncoming.Accepted) shouldBe accepted
            if (!accepted) (result as UsmIncoming.Rejected).failure() shouldBe UsmFailure.UNKNOWN_ENGINE_ID
        }
    }

    test("from an authoritative engine, unsecured messages naming no known user are taken as noAuthNoPriv") {
        val w = io.ksnmp.ber.BerWriter()
        sender.secure(w, OutgoingParameters(9, 65507, false, SecurityLevel.NO_AUTH_NO_PRIV, ByteArray(0), null, agentEngineId, 3, 10), scopedGet())
        val report = w.toByteArray()
        val accepted = receiver.unsecureFromAuthoritative(report, 0, report.size, decode(report), null, { _, _ -> null }, now)
        accepted.shouldBeInstanceOf<UsmIncoming.Accepted>()
        accepted.keysOrNull() shouldBe null
        accepted.level() shouldBe SecurityLevel.NO_AUTH_NO_PRIV
        // The authoritative role still answers an unknown user with unknownUserName.
        val asAgent = receiver.unsecureAsAuthoritative(report, 0, report.size, decode(report), agent, { _, _ -> null }, now)
        (asAgent as UsmIncoming.Rejected).failure() shouldBe UsmFailure.UNKNOWN_USER_NAME
    }

    test("out-of-range boots, time and header fields are refused before anything is sent") {
        io.kotest.assertions.throwables.shouldThrow<IllegalArgumentException> {
            OutgoingParameters(1, 65507, true, SecurityLevel.NO_AUTH_NO_PRIV, ByteArray(0), null, agentEngineId, 0, -1)
        }
        io.kotest.assertions.throwables.shouldThrow<IllegalArgumentException> {
            OutgoingParameters(1, 100, true, SecurityLevel.NO_AUTH_NO_PRIV, ByteArray(0), null, agentEngineId, 0, 0)
        }
        io.kotest.assertions.throwables.shouldThrow<IllegalArgumentException> { RemoteEngine.discovered(agentEngineId, -1, 0, 0L) }
    }

    test("verification leaves the caller's bytes as they were") {
        val user = users.first { it.privProtocolOrNull() == PrivProtocol.AES256 }
        val bytes = secure(sender, user, SecurityLevel.AUTH_PRIV)
        val copy = bytes.copyOf()
        receiver.unsecureAsAuthoritative(bytes, 0, bytes.size, decode(bytes), agent, lookup, now)
        bytes shouldBe copy
    }
})
