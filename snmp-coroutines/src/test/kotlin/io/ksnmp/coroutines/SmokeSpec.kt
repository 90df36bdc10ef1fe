package io.ksnmp.coroutines

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.async
import io.ksnmp.coroutines.testing.onLoop
import kotlinx.coroutines.withContext

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
class DispatcherSpec : FunSpec({
    test("coroutines on the engine's dispatcher run on its thread and make requests without leaving it") {
        ScriptedPeer().use { peer ->
            peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, VarBindList.of(VarBind.of(r.pdu.varBinds().oid(0), Integer32.of(1))))) }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { engine ->
                val m = engine.manager(peer.address)
                val threads: Pair<Thread, Thread> = withContext(engine.dispatcher) {
                    val before = Thread.currentThread()
                    val wakeups = engine.loop.wakeups.get()
                    val results = (1..200).map { async { m.get("1.3.6.1.2.1.1.3.0") } }.map { it.await() }
                    results.size shouldBe 200
                    engine.loop.wakeups.get() shouldBe wakeups // nobody had to wake the selector
                    before to Thread.currentThread()
                }
                threads.first shouldBe threads.second
                threads.first.name.startsWith("ksnmp-engine-") shouldBe true
            }
        }
    }
})

class ReceiveBufferSpec : FunSpec({
    test("engine sockets ask for a 4 MiB receive buffer by default, and for what they are told otherwise") {
        ScriptedPeer().use { peer ->
            peer.autoReply = { r -> listOf(ScriptedPeer.responseTo(r, VarBindList.of(VarBind.of(r.pdu.varBinds().oid(0), Integer32.of(1))))) }
            suspend fun bufferOf(engine: SnmpEngine): Int {
                engine.manager(peer.address).get("1.3.6.1.2.1.1.3.0")
                return engine.onLoop { engine.core.transport.openSockets.single().channel.getOption(java.net.StandardSocketOptions.SO_RCVBUF) }
            }
            val small = SnmpEngine(defaultVersion = SnmpVersion.V2C, receiveBufferSize = 64 * 1024).use { bufferOf(it) }
            val large = SnmpEngine(defaultVersion = SnmpVersion.V2C).use { bufferOf(it) }
            // The kernel may cap (and Linux doubles) what is asked; the default is never less than an explicit 64 KiB.
            (small >= 64 * 1024) shouldBe true
            (large >= small) shouldBe true
        }
    }
})
