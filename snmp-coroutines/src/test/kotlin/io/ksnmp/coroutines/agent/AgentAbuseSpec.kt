package io.ksnmp.coroutines.agent

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import java.util.Random
import java.util.concurrent.atomic.AtomicLong

/** Malformed datagrams are counted and dropped; the agent keeps answering, under a flood too. */
class AgentAbuseSpec : FunSpec({
    timeout = 3 * Patience.MILLIS
    val demo = DemoMib()
    val droppedMalformed = AtomicLong()
    val tracedOut = AtomicLong()
    val engine = SnmpEngine(
        droppedMessages = { if (it.reason == DropReason.MALFORMED) droppedMalformed.incrementAndGet() },
        packetTrace = { if (it.direction == PacketDirection.OUT) tracedOut.incrementAndGet() },
    )
    val agent = engine.agent(AgentOptions(), demo.mib)
    afterSpec { engine.close() }

    /** Datagrams that cannot decode: random bytes that do not start a SEQUENCE, and truncated or corrupted real requests. */
    fun garbage(random: Random, n: Int): ByteArray {
        val request = MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, "public", Pdu.get(n, VarBindList.ofNames(DemoMib.SYS_DESCR))))
        return when (n % 4) {
            0 -> ByteArray(1 + random.nextInt(200)).also { random.nextBytes(it); it[0] = 0x04 }
            1 -> request.copyOf(1 + random.nextInt(request.size - 1))
            2 -> request.copyOf().also { it[1] = 0x7f } // a length beyond the datagram
            else -> request.copyOf().also { it[4] = 9 } // SNMP version 9
        }
    }

    test("malformed datagrams are counted, shown to the dropped-message listener, and the agent answers the requests among them") {
        val random = Random(3)
        val malformedBefore = agent.counters.malformed
        val listenerBefore = droppedMalformed.get()
        RawClient(agent.address).use { raw ->
            for (round in 0 until 50) {
                repeat(4) { raw.send(garbage(random, round * 4 + it)) }
                val reply = raw.request(SnmpVersion.V2C, "public", Pdu.get(round, VarBindList.ofNames(DemoMib.SYS_DESCR)))
                reply!!.requestId() shouldBe round
                reply.varBinds().value(0) shouldBe demo.mib.get(DemoMib.SYS_DESCR)
            }
        }
        agent.counters.malformed shouldBe malformedBefore + 200
        droppedMalformed.get() shouldBe listenerBefore + 200
        (tracedOut.get() >= 50) shouldBe true
    }

    test("a flood of 50,000 gets from five client engines, mixed with garbage: every request answered, every garbage datagram counted") {
        val clients = List(5) { SnmpEngine() }
        val garbageSent = AtomicLong()
        val malformedBefore = agent.counters.malformed
        val getsBefore = agent.counters.gets
        val names = listOf(DemoMib.SYS_DESCR, DemoMib.IF_ENTRY.child(2).child(2))
        val expected = names.map { demo.mib.get(it) }
        try {
            coroutineScope {
                val spammer = launch(kotlinx.coroutines.Dispatchers.IO) {
                    RawClient(agent.address).use { raw ->
                        val random = Random(5)
                        var n = 0
                        while (n < 5_000) {
                            raw.send(garbage(random, n++))
                            garbageSent.incrementAndGet()
                            // At most 500 datagrams ahead of what the agent has read: its receive buffer never
                            // overflows, however slowly it reads, so every one of them can be counted.
                            if (n % 50 == 0) eventually { agent.counters.malformed - malformedBefore >= n - 500 } shouldBe true
                        }
                    }
                }
                clients.map { client ->
                    async(client.dispatcher) {
                        val m = client.manager(agent.address, version = SnmpVersion.V2C, timeout = Patience.DURATION)
                        val permits = Semaphore(64)
                        coroutineScope {
                            List(10_000) {
                                async {
                                    permits.withPermit { m.get(names).values() }
                                }
                            }.awaitAll()
                        }.count { it == expected }
                    }
                }.awaitAll() shouldBe List(5) { 10_000 }
                spammer.join()
            }
        } finally {
            clients.forEach { it.close() }
        }
        (agent.counters.gets - getsBefore >= 50_000) shouldBe true
        eventually { agent.counters.malformed - malformedBefore == garbageSent.get() } shouldBe true
    }
})
