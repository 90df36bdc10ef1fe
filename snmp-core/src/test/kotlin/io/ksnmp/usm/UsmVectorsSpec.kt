package io.ksnmp.usm

import io.ksnmp.message.MessageCodec
import io.ksnmp.message.V3Message
import io.ksnmp.testing.toHex
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf

/**
 * Vectors made outside ksnmp (tools/usm-vectors): the keys Net-SNMP 5.9.3 stored for 84 users
 * (every auth protocol × every privacy protocol it has, two engine IDs), Net-SNMP's own encrypted
 * datagrams, and DES / 3DES / AES known answers computed with openssl.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class UsmVectorsSpec : FunSpec({
    val crypto = JceUsmCrypto.create()
    val keyCache = KeyCache(crypto, 100, 1_000)

    context("localized keys equal the ones Net-SNMP stored, extensions included") {
        val keys = VectorFile.load("netsnmp-keys.txt").lines
        keys shouldHaveSize 84
        withData(nameFn = { it.getValue("user") + "@" + it.getValue("engine").take(8) }, keys) { line ->
            val localized = keyCache.localizedKeys(line.user(), line.bytes("engine"))
            localized.authKeyOrNull()!!.toHex() shouldBe line.bytes("authKey").toHex()
            if (line.privOrNull() != null) {
                localized.privKeyOrNull()!!.toHex() shouldBe line.bytes("privKey").toHex()
            }
            line.auth().oid().toDottedString() shouldBe line.getValue("authOid")
            line.privOrNull()?.let { it.oid().toDottedString() shouldBe line.getValue("privOid") }
        }
    }

    test("master keys (password to key) for every hash equal Net-SNMP's") {
        for (line in VectorFile.load("netsnmp-ku.txt").lines) {
            val ku = KeyDerivation.passwordToKey(crypto, line.auth(), line.getValue("password").toByteArray())
            ku.toHex() shouldBe line.bytes("ku").toHex()
            KeyDerivation.localize(crypto, line.auth(), ku, line.bytes("engine")).toHex() shouldBe line.bytes("kul").toHex()
        }
    }

    context("known answers: DES, 3DES (draft-reeder, Reeder key extension) and AES, against openssl") {
        val kats = listOf("des-kat.txt", "triple-des-kat.txt", "aes-kat.txt").flatMap { VectorFile.load(it).lines }
        withData(nameFn = { it.getValue("name") }, kats) { line ->
            val priv = line.privOrNull()!!
            val derived = KeyDerivation.privacyKey(crypto, line.auth(), priv, line.bytes("kul"), line.bytes("engine"))
            derived.toHex() shouldBe line.bytes("privKey").copyOf(priv.keyMaterialLength()).toHex()
            val cipher = crypto.cipher(priv, line.bytes("key"))
            val plain = line.bytes("plaintext")
            val out = ByteArray(plain.size)
            cipher.encrypt(line.bytes("iv"), plain, 0, plain.size, out, 0)
            out.toHex() shouldBe line.bytes("ciphertext").toHex()
            cipher.decrypt(line.bytes("iv"), out, 0, out.size, out, 0)
            out.toHex() shouldBe plain.toHex()
        }
    }

    context("Net-SNMP's own encrypted datagrams verify and decrypt") {
        val samples = VectorFile.load("netsnmp-priv-samples.txt").lines
        withData(nameFn = { it.getValue("source") + " " + it.getValue("user") }, samples) { line ->
            val bytes = line.bytes("message")
            val message = MessageCodec.decode(bytes, 0, bytes.size) as V3Message
            val user = line.user()
            val engine = line.bytes("engine")
            val users = UserLookup { _, _ -> keyCache.localizedKeys(user, engine) }
            val now = 1_000_000_000L
            val result = if (line.getValue("direction") == "request") {
                val local = LocalEngine(engine, line.getValue("engineBoots").toInt(), now - line.getValue("engineTime").toLong() * 1000)
                Usm(crypto).unsecureAsAuthoritative(bytes, 0, bytes.size, message, local, users, now)
            } else {
                Usm(crypto).unsecureFromAuthoritative(bytes, 0, bytes.size, message, null, users, now)
            }
            result.shouldBeInstanceOf<UsmIncoming.Accepted>()
            result.level() shouldBe SecurityLevel.AUTH_PRIV
            val scopedLength = line.getValue("scopedPduLength").toInt()
            val expected = MessageCodec.decodeScopedPdu(line.bytes("plaintext"), 0, scopedLength, false)
            result.scopedPdu() shouldBe expected
        }
    }

    test("where the two AES key extensions differ, Net-SNMP's datagrams tell them apart") {
        val samples = VectorFile.load("netsnmp-priv-samples.txt").lines
        val twins = mapOf(
            PrivProtocol.AES192 to PrivProtocol.AES192_REEDER, PrivProtocol.AES192_REEDER to PrivProtocol.AES192,
            PrivProtocol.AES256 to PrivProtocol.AES256_REEDER, PrivProtocol.AES256_REEDER to PrivProtocol.AES256,
        )
        var distinguished = 0
        for (line in samples.filter { it.getValue("direction") == "response" && it.privOrNull() in twins }) {
            val right = keyCache.localizedKeys(line.user(), line.bytes("engine"))
            val other = UsmUser.builder(line.getValue("user")).auth(line.auth(), line.getValue("authpass"))
                .priv(twins.getValue(line.privOrNull()!!), line.getValue("privpass")).build()
            val wrong = keyCache.localizedKeys(other, line.bytes("engine"))
            if (right.privKeyOrNull()!!.contentEquals(wrong.privKeyOrNull()!!)) continue // hash long enough: no extension
            val bytes = line.bytes("message")
            val message = MessageCodec.decode(bytes, 0, bytes.size) as V3Message
            val result = Usm(crypto).unsecureFromAuthoritative(bytes, 0, bytes.size, message, null, { _, _ -> wrong }, 0L)
            (result as UsmIncoming.Rejected).failure() shouldBe UsmFailure.DECRYPTION_ERROR
            distinguished++
        }
        distinguished shouldBe 10 // MD5 and SHA with AES192/256 (8), SHA-224 with AES256 (2)
    }
})
