package io.ksnmp.coroutines.testing

import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.RawClient
import io.ksnmp.message.SnmpVersion
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger

/**
 * What an engine's packet trace and dropped-message hook saw, and [assertNoLeak] over all of it:
 * make the engine with [engine], then check after each step that no part of [secrets] showed.
 */
class TraceHooks(private val secrets: List<Secret>) {
    val events = CopyOnWriteArrayList<PacketEvent>()
    val drops = CopyOnWriteArrayList<DroppedMessage>()
    private val received = AtomicInteger()

    fun engine(): SnmpEngine = SnmpEngine(
        defaultVersion = SnmpVersion.V2C,
        packetTrace = { event ->
            events += event
            if (event.direction == PacketDirection.IN) received.incrementAndGet()
        },
        droppedMessages = { drops += it },
    )

    /** Waits (bounded) until the trace has seen [count] received datagrams: every datagram an engine receives is traced once. */
    fun awaitReceived(count: Int) {
        repeat(10_000) {
            if (received.get() >= count) return
            Thread.sleep(1)
        }
        received.get() shouldBe count
    }

    val receivedCount: Int get() = received.get()

    /** Sends [datagram] from [raw] and waits until the engine has traced it. */
    fun deliver(raw: RawClient, datagram: ByteArray) {
        val before = receivedCount
        raw.send(datagram)
        awaitReceived(before + 1)
    }

    private var eventsChecked = 0
    private var dropsChecked = 0

    /** Asserts that no event or drop seen since the last call, nor [extraTexts], shows a secret. */
    fun assertNoLeak(extraTexts: Map<String, String?> = emptyMap()) {
        val newEvents = events.drop(eventsChecked)
        val newDrops = drops.drop(dropsChecked)
        eventsChecked += newEvents.size
        dropsChecked += newDrops.size
        newEvents.flatMap { e -> leaksIn(e, secrets).map { "$e: $it" } }.shouldBeEmpty()
        newDrops.flatMap { d -> leaksIn(d, secrets).map { "$d: $it" } }.shouldBeEmpty()
        leaks(secrets, emptyMap(), extraTexts).shouldBeEmpty()
    }
}
