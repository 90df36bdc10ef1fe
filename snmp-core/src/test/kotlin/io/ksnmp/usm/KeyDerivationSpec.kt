package io.ksnmp.usm

import io.ksnmp.testing.hex
import io.ksnmp.testing.toHex
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** RFC 3414 A.3 vectors for password-to-key and localisation. */
class KeyDerivationSpec : FunSpec({
    val crypto = JceUsmCrypto.create()
    val engineId = "00 00 00 00 00 00 00 00 00 00 00 02".hex()
    val password = "maplesyrup".toByteArray()

    test("RFC 3414 A.3.1: MD5") {
        val ku = KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_MD5_96, password)
        ku.toHex() shouldBe "9f af 32 83 88 4e 92 83 4e bc 98 47 d8 ed d9 63"
        KeyDerivation.localize(crypto, AuthProtocol.HMAC_MD5_96, ku, engineId).toHex() shouldBe
            "52 6f 5e ed 9f cc e2 6f 89 64 c2 93 07 87 d8 2b"
    }

    test("RFC 3414 A.3.2: SHA") {
        val ku = KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_96, password)
        ku.toHex() shouldBe "9f b5 cc 03 81 49 7b 37 93 52 89 39 ff 78 8d 5d 79 14 52 11"
        KeyDerivation.localize(crypto, AuthProtocol.HMAC_SHA_96, ku, engineId).toHex() shouldBe
            "66 95 fe bc 92 88 e3 62 82 23 5f c7 15 1f 12 84 97 b3 8f 3f"
    }

    test("a password shorter than one 64-octet block repeats across block boundaries") {
        // 10-octet password: the 1 MiB stream is the password repeated; blocks do not restart it.
        val viaBlocks = KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_256_192, password)
        val md = java.security.MessageDigest.getInstance("SHA-256")
        val stream = ByteArray(KeyDerivation.EXPANSION_LENGTH) { password[it % password.size] }
        viaBlocks shouldBe md.digest(stream)
    }

    test("key material is truncated when the hash is longer than the protocol needs") {
        val kul = ByteArray(64) { it.toByte() }
        KeyDerivation.privacyKey(crypto, AuthProtocol.HMAC_SHA_512_384, PrivProtocol.AES128, kul, engineId) shouldBe kul.copyOf(16)
        KeyDerivation.privacyKey(crypto, AuthProtocol.HMAC_SHA_512_384, PrivProtocol.DES, kul, engineId) shouldBe kul.copyOf(16)
    }

    test("Blumenthal extension: Kul || H(Kul) || H(Kul || H(Kul)) ...") {
        val kul = ByteArray(16) { (it * 7).toByte() }
        val md5 = { b: ByteArray -> java.security.MessageDigest.getInstance("MD5").digest(b) }
        val first = kul + md5(kul)
        val expected = (first + md5(first)).copyOf(32)
        KeyDerivation.privacyKey(crypto, AuthProtocol.HMAC_MD5_96, PrivProtocol.AES256, kul, engineId) shouldBe expected
        KeyDerivation.privacyKey(crypto, AuthProtocol.HMAC_MD5_96, PrivProtocol.AES192, kul, engineId) shouldBe expected.copyOf(24)
    }

    test("Reeder extension: Kul || localize(passwordToKey(Kul))") {
        val kul = ByteArray(20) { (it * 11).toByte() }
        val ku2 = KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_96, kul)
        val expected = (kul + KeyDerivation.localize(crypto, AuthProtocol.HMAC_SHA_96, ku2, engineId)).copyOf(32)
        KeyDerivation.privacyKey(crypto, AuthProtocol.HMAC_SHA_96, PrivProtocol.AES256_REEDER, kul, engineId) shouldBe expected
        KeyDerivation.privacyKey(crypto, AuthProtocol.HMAC_SHA_96, PrivProtocol.TRIPLE_DES, kul, engineId) shouldBe expected
    }

    test("the cache derives a master key once per protocol and password, and keys once per user and engine") {
        val cache = KeyCache(crypto, 4, 4)
        val user = UsmUser.builder("u").auth(AuthProtocol.HMAC_SHA_96, "maplesyrup").priv(PrivProtocol.AES128, "maplesyrup").build()
        val keys = cache.localizedKeys(user, engineId)
        keys.authKeyOrNull()!!.toHex() shouldBe "66 95 fe bc 92 88 e3 62 82 23 5f c7 15 1f 12 84 97 b3 8f 3f"
        keys.privKeyOrNull()!!.toHex() shouldBe "66 95 fe bc 92 88 e3 62 82 23 5f c7 15 1f 12 84"
        cache.masterKeyCount() shouldBe 1 // same protocol and password for auth and priv
        cache.localizedKeys(user, engineId).authKeyOrNull() shouldBe keys.authKeyOrNull()
        cache.localizedKeyCount() shouldBe 1
        repeat(6) { i -> cache.localizedKeys(user, byteArrayOf(1, 2, 3, 4, i.toByte())) }
        cache.localizedKeyCount() shouldBe 4
    }
})
