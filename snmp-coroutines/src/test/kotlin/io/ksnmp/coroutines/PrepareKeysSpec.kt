package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.ScriptedV3Agent
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import io.ksnmp.usm.AuthProtocol
import io.ksnmp.usm.PrivProtocol
import io.ksnmp.usm.UsmSecret
import io.ksnmp.usm.UsmUser

/** [SnmpEngine.prepareKeys]: every user's keys derived ahead of the first request, for the engines named and those known. */
class PrepareKeysSpec : FunSpec({
    timeout = Patience.MILLIS

    test("master keys for every password, localized keys for the engines named; a request then finds its keys ready") {
        val ops = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "auth-password").priv(PrivProtocol.AES128, "priv-password").build()
        val backup = UsmUser.builder("backup").auth(AuthProtocol.HMAC_SHA_96, "backup-password").build()
        val guest = UsmUser.builder("guest").build()
        ScriptedV3Agent(listOf(ops)).use { agent ->
            val elsewhere = byteArrayOf(0x80.toByte(), 0, 0, 0, 4, 7, 7, 7)
            val pinned = UsmUser.builder("pinned").auth(AuthProtocol.HMAC_SHA_96, UsmSecret.localizedKey(ByteArray(12) { 1 }, elsewhere)).build()
            virtualEngine(VirtualClock(), SnmpVersion.V3).use { engine ->
                engine.addUser(ops)
                engine.addUser(backup, namespace = "site-b")
                engine.addUser(guest, namespace = "site-b")
                engine.addUser(pinned, namespace = "site-c")
                engine.onLoop { engine.core.keysOrNull(ops, agent.engineId) }.shouldBeNull()
                engine.prepareKeys(listOf(agent.engineId, elsewhere))
                engine.core.keyCache.masterKeyCount() shouldBe 3 // ops' two passwords, backup's one
                engine.onLoop { engine.core.keysOrNull(ops, agent.engineId) }.shouldNotBeNull()
                engine.onLoop { engine.core.keysOrNull(backup, elsewhere) }.shouldNotBeNull()
                engine.onLoop { engine.core.keysOrNull(pinned, elsewhere) }.shouldNotBeNull()
                engine.onLoop { engine.core.keysOrNull(pinned, agent.engineId) }.shouldBeNull() // its key fits one engine only
                val m = engine.manager(agent.address, remoteEngine = RemoteEngineInfo(agent.engineId, agent.engine.boots(), agent.engine.engineTime(System.currentTimeMillis())))
                m.get(Oid.parse("1.3.6.1.2.1.1.3.0")).value(0) shouldBe Integer32.of(7)
                engine.counters.datagramsSent shouldBe 1L
            }
        }
    }
})
