package io.ksnmp.dsl.interop

import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.dsl.varBinds
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.JceUsmCrypto
import io.ksnmp.usm.KeyDerivation
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.flow.toList

private val sysDescr = Oid.parse("1.3.6.1.2.1.1.1.0")
private val sysUpTime = Oid.parse("1.3.6.1.2.1.1.3.0")
private val sysLocation = Oid.parse("1.3.6.1.2.1.1.6.0")

/**
 * Engines, users and managers made by the builders against Net-SNMP's snmpd: v2c get, set and
 * walk; SNMPv3 get and set with every user of [InteropUser.matrix] declared in one `snmpEngine { }`
 * block; a user given by master keys rather than passphrases; a namespace; IPv6.
 */
class SnmpdBuildersInteropSpec : FunSpec({
    timeout = Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget") { snmpdTests() }
})

private fun FunSpec.snmpdTests() {
    var snmpdOrNull: Snmpd? = null
    var engineOrNull: SnmpEngine? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")

    beforeSpec {
        snmpdOrNull = Snmpd.start()
        engineOrNull = snmpEngine {
            defaultVersion = SnmpVersion.V2C
            for (u in InteropUser.matrix) {
                user(u.name) {
                    u.auth?.let { auth(it, u.authPassword) }
                    u.priv?.let { priv(it, u.privPassword) }
                }
            }
            val keyed = InteropUser.matrix.first { it.auth == AuthProtocol.HMAC_SHA_256_192 && it.priv == PrivProtocol.AES128 }
            namespace("keys") {
                user(keyed.name) {
                    val crypto = JceUsmCrypto.create()
                    auth(AuthProtocol.HMAC_SHA_256_192, masterKey(KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_256_192, keyed.authPassword.toByteArray())))
                    priv(PrivProtocol.AES128, masterKey(KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_256_192, keyed.privPassword.toByteArray())))
                }
            }
        }
    }

    afterSpec {
        engineOrNull?.close()
        snmpdOrNull?.close()
    }

    test("v2c over IPv4 and IPv6: get, set read back, walk of the system group") {
        for (address in listOf(snmpd().ipv4, snmpd().ipv6)) {
            val m = engine().manager(address) { community = "private"; timeout = Patience.DURATION }
            m.version shouldBe SnmpVersion.V2C
            m.get(sysUpTime).value(0).shouldBeInstanceOf<TimeTicks>()
            val text = "v2c via the DSL over ${address.address.hostAddress}"
            m.set(varBinds { sysLocation to text })
            m.get(sysLocation).value(0) shouldBe OctetString.of(text)
            val walked = m.walk("1.3.6.1.2.1.1").toList()
            walked.first().oid() shouldBe sysDescr
            walked.map { it.oid() }.contains(sysLocation) shouldBe true
        }
    }

    test("SNMPv3: every user of the matrix, declared in the engine block, gets and sets at its own level") {
        for (u in InteropUser.matrix) withClue(u) {
            val m = engine().manager("127.0.0.1") {
                port = snmpd().port
                version = SnmpVersion.V3
                user = u.name
                level = u.level
                timeout = Patience.DURATION
            }
            val text = "set by ${u.name}"
            m.set(varBinds { "1.3.6.1.2.1.1.6.0" to text })
            m.get(sysLocation, sysDescr).value(0) shouldBe OctetString.of(text)
        }
    }

    test("SNMPv3: a user given master keys in its own namespace is the same user to snmpd") {
        val m = engine().manager(snmpd().ipv4) {
            version = SnmpVersion.V3
            namespace = "keys"
            level = SecurityLevel.AUTH_PRIV
            context = ""
            timeout = Patience.DURATION
        }
        m.set(varBinds { sysLocation to "set with master keys" })
        m.get(sysLocation).value(0) shouldBe OctetString.of("set with master keys")
    }
}
