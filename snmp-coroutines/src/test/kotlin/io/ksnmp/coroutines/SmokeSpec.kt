package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList

class SmokeSpec : FunSpec({
    test("v2c get against an auto-replying peer") {
        ScriptedPeer().use { peer ->
            peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, VarBindList.of(VarBind.of(r.pdu.varBinds().oid(0), Integer32.of(7))))) }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val m = engine.manager(peer.address)
                val v = m.get("1.3.6.1.2.1.1.3.0")
                v.value(0) shouldBe Integer32.of(7)
                engine.counters.pendingRequests shouldBe 0
            }
        }
    }
})
