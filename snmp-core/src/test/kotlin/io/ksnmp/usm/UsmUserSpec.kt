package io.ksnmp.usm

import io.ksnmp.testing.toHex
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain

class UsmUserSpec : FunSpec({
    test("passwords shorter than 8 characters are refused with an IllegalArgumentException") {
        shouldThrow<IllegalArgumentException> { UsmSecret.password("short") }
        shouldThrow<IllegalArgumentException> { UsmUser.builder("u").auth(AuthProtocol.HMAC_SHA_96, "1234567") }
        UsmSecret.password("12345678").kind() shouldBe UsmSecret.Kind.PASSWORD
    }

    test("names are 1 to 32 octets; privacy needs authentication; levels cannot exceed the protocols") {
        shouldThrow<IllegalArgumentException> { UsmUser.builder("") }
        shouldThrow<IllegalArgumentException> { UsmUser.builder("x".repeat(33)) }
        UsmUser.builder("x".repeat(32)).build().nameAsText().length shouldBe 32
        shouldThrow<IllegalArgumentException> { UsmUser.builder("u").priv(PrivProtocol.AES128, "privpassword").build() }
        shouldThrow<IllegalArgumentException> {
            UsmUser.builder("u").auth(AuthProtocol.HMAC_MD5_96, "authpassword").securityLevel(SecurityLevel.AUTH_PRIV).build()
        }
    }

    test("the default level is the highest the protocols allow unless lowered") {
        UsmUser.builder("a").build().defaultSecurityLevel() shouldBe SecurityLevel.NO_AUTH_NO_PRIV
        UsmUser.builder("b").auth(AuthProtocol.HMAC_MD5_96, "authpassword").build().defaultSecurityLevel() shouldBe SecurityLevel.AUTH_NO_PRIV
        val c = UsmUser.builder("c").auth(AuthProtocol.HMAC_MD5_96, "authpassword").priv(PrivProtocol.DES, "privpassword")
        c.build().defaultSecurityLevel() shouldBe SecurityLevel.AUTH_PRIV
        c.securityLevel(SecurityLevel.AUTH_NO_PRIV).build().defaultSecurityLevel() shouldBe SecurityLevel.AUTH_NO_PRIV
    }

    test("secrets never appear in toString") {
        val keyCache = KeyCache(JceUsmCrypto.create(), 2, 2)
        val user = UsmUser.builder("admin").auth(AuthProtocol.HMAC_SHA_256_192, "s3cret-auth-pass")
            .priv(PrivProtocol.AES256, UsmSecret.masterKey(ByteArray(32) { 0x5a })).build()
        val keys = keyCache.localizedKeys(user, byteArrayOf(1, 2, 3, 4, 5))
        val texts = listOf(user.toString(), user.authSecretOrNull().toString(), user.privSecretOrNull().toString(), keys.toString())
        texts.forEach { text ->
            text shouldNotContain "s3cret"
            text shouldNotContain "5a5a5a"
            text shouldNotContain keys.authKeyOrNull()!!.toHex().replace(" ", "").take(8)
            text shouldNotContain keys.privKeyOrNull()!!.toHex().replace(" ", "").take(8)
        }
    }

    test("namespaces: same name, different credentials; the first user is the default unless told otherwise") {
        val table = UsmUserTable()
        val labAdmin = UsmUser.builder("admin").auth(AuthProtocol.HMAC_SHA_96, "lab-password").build()
        val dcAdmin = UsmUser.builder("admin").auth(AuthProtocol.HMAC_SHA_256_192, "dc-password").build()
        val dcOps = UsmUser.builder("ops").build()
        table.add(labAdmin)
        table.add("dc", dcAdmin, false)
        table.add("dc", dcOps, false)
        table.findOrNull("", "admin") shouldBe labAdmin
        table.findOrNull("dc", "admin") shouldBe dcAdmin
        table.defaultUserOrNull("dc") shouldBe dcAdmin
        table.add("dc", UsmUser.builder("noc").build(), true)
        table.defaultUserOrNull("dc")!!.nameAsText() shouldBe "noc"
        shouldThrow<IllegalArgumentException> { table.add("dc", dcOps, false) }
        table.remove("dc", "noc") shouldBe true
        table.defaultUserOrNull("dc") shouldBe dcAdmin
        table.findOrNull("nowhere", "admin") shouldBe null
        table.namespaces() shouldBe listOf("", "dc")
    }

    test("protocol names follow Net-SNMP's -a, -x and -l options") {
        listOf("MD5", "SHA", "SHA-224", "SHA-256", "SHA-384", "SHA-512").map { AuthProtocol.fromName(it) } shouldBe AuthProtocol.entries
        listOf("DES", "3DES", "AES", "AES192", "AES256", "AES192C", "AES256C").map { PrivProtocol.fromName(it) } shouldBe PrivProtocol.entries
        SecurityLevel.fromName("authPriv") shouldBe SecurityLevel.AUTH_PRIV
        shouldThrow<IllegalArgumentException> { AuthProtocol.fromName("SHA3") }
    }
})
