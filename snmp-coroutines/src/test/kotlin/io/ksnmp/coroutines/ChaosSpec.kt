package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.advance
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.coroutines.testing.virtualEngine
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.ImproperResponseException
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Patience
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger
import kotlin.random.Random
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/** Many requests against a peer that loses, duplicates, delays and garbles at random: each ends once. */
class ChaosSpec : FunSpec({
    timeout = Patience.MILLIS

    fun engine(dropped: DroppedMessageListener? = null) = SnmpEngine(defaultVersion = SnmpVersion.V2C, droppedMessages = dropped)

    test("chaos: loss, duplicates, delays, garbage and cancellations; every request ends exactly once and the tables empty") {
        val random = Random(20261121)
        ScriptedPeer().use { peer ->
            val delayed = java.util.concurrent.Executors.newSingleThreadScheduledExecutor()
            peer.autoReply = { r ->
                val reply = ScriptedPeer.echo(r)
                val out = mutableListOf<ByteArray>()
                when (random.nextInt(10)) {
                    0, 1 -> Unit // lost
                    2 -> { out += reply; out += reply } // duplicated
                    3 -> delayed.schedule({ peer.send(reply, r.from) }, random.nextLong(1, 150), java.util.concurrent.TimeUnit.MILLISECONDS)
                    4 -> { out += random.nextBytes(random.nextInt(1, 60)); out += reply }
                    else -> out += reply
                }
                out
            }
            engine().use { engine ->
                // Lost and delayed replies are made up by resends every 100 ms; the timeout is only a bound for a hung test.
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = 100.milliseconds)
                val outcomes = AtomicInteger()
                coroutineScope {
                    val jobs = (1..500).map { i ->
                        launch {
                            runCatching { m.get(Oid.parse("1.3.6.1.2.1.1.$i.0")) }
                            outcomes.incrementAndGet()
                        }
                    }
                    jobs.filterIndexed { i, _ -> i % 25 == 0 }.forEach { it.cancel() }
                }
                val c = engine.counters
                // Coroutines cancelled before they started never made a request; every request made ended once,
                // answered unless cancelled.
                c.requests shouldBeGreaterThanOrEqual 480L
                (c.succeeded + c.failed + c.timeouts + c.cancelled) shouldBe c.requests
                c.timeouts shouldBe 0L
                c.failed shouldBe 0L
                c.succeeded shouldBeGreaterThanOrEqual c.requests - 20
                eventually { engine.tables() == EngineTables.EMPTY } shouldBe true
                outcomes.get() shouldBeGreaterThanOrEqual 480
            }
            delayed.shutdownNow()
        }
    }
})
