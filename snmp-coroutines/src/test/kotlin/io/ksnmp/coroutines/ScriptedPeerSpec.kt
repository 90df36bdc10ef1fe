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

private val SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0")
private val SYS_NAME = Oid.parse("1.3.6.1.2.1.1.5.0")

/**
 * The request state machine against a UDP peer the test scripts: loss, duplicates, reordering,
 * late replies, wrong sources, garbage, errors, cancellation and close. After each scenario every
 * request has ended exactly once and the engine's tables are empty.
 */
class ScriptedPeerSpec : FunSpec({
    timeout = Patience.MILLIS

    fun engine(dropped: DroppedMessageListener? = null) = SnmpEngine(defaultVersion = SnmpVersion.V2C, droppedMessages = dropped)

    test("a dropped request is sent again one refresh period later, with the same request-id, and the reply ends it") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val m = engine.manager(peer.address, refreshPeriod = 200.milliseconds, timeout = 5.seconds)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val first = peer.next().shouldNotBeNull()
                engine.advance(clock, 199.milliseconds)
                engine.counters.datagramsSent shouldBe 1L
                engine.advance(clock, 200.milliseconds)
                val second = peer.next().shouldNotBeNull()
                second.pdu.requestId() shouldBe first.pdu.requestId()
                peer.reply(second, VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(1))))
                call.await().value(0) shouldBe Integer32.of(1)
                engine.counters.resends shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a reply to the first send arriving after the second send is accepted") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, refreshPeriod = 100.milliseconds, timeout = Patience.DURATION)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val first = peer.next().shouldNotBeNull()
                peer.next().shouldNotBeNull() // the resend
                peer.send(ScriptedPeer.echo(first, 11), first.from)
                call.await().value(0) shouldBe Integer32.of(11)
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a duplicated reply completes the request once; the copy is dropped as unknown") {
        val drops = ConcurrentHashMap<DropReason, AtomicInteger>()
        ScriptedPeer().use { peer ->
            engine({ d -> drops.computeIfAbsent(d.reason) { AtomicInteger() }.incrementAndGet() }).use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                val reply = ScriptedPeer.echo(r)
                peer.send(reply, r.from)
                call.await()
                peer.send(reply, r.from)
                eventually { drops[DropReason.UNKNOWN_REQUEST]?.get() == 1 } shouldBe true
                engine.counters.dropped(DropReason.UNKNOWN_REQUEST) shouldBe 1
                engine.counters.succeeded shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("replies in another order than the requests reach the right callers") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val calls = (1..5).map { i -> async(Dispatchers.Default) { m.get(Oid.parse("1.3.6.1.2.1.1.$i.0")) } }
                val requests = (1..5).map { peer.next().shouldNotBeNull() }
                for (r in requests.reversed()) {
                    val arc = r.pdu.varBinds().oid(0).toDottedString().split('.').dropLast(1).last().toInt()
                    peer.send(ScriptedPeer.echo(r, arc * 100), r.from)
                }
                calls.mapIndexed { i, c -> c.await().value(0) } shouldContainExactly (1..5).map { Integer32.of(it * 100) }
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a reply from another port is dropped unless source checking is off") {
        val clock = VirtualClock()
        ScriptedPeer().use { peer ->
            virtualEngine(clock).use { engine ->
                val strict = engine.manager(peer.address, timeout = 600.milliseconds, refreshPeriod = 10.seconds)
                val call = async(Dispatchers.Default) { runCatching { strict.get(SYS_UPTIME) } }
                val r = peer.next().shouldNotBeNull()
                ScriptedPeer.sendFromElsewhere(ScriptedPeer.echo(r), r.from)
                eventually { engine.counters.dropped(DropReason.WRONG_SOURCE) == 1L } shouldBe true
                call.isCompleted shouldBe false
                engine.advance(clock, 600.milliseconds)
                call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                engine.counters.dropped(DropReason.WRONG_SOURCE) shouldBe 1

                val lenient = engine.manager(peer.address, checkSourceAddress = false, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val accepted = async(Dispatchers.Default) { lenient.get(SYS_UPTIME) }
                val r2 = peer.next().shouldNotBeNull()
                ScriptedPeer.sendFromElsewhere(ScriptedPeer.echo(r2, 3), r2.from)
                accepted.await().value(0) shouldBe Integer32.of(3)
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("garbage datagrams are counted and dropped; the engine goes on serving") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                val random = Random(7)
                repeat(10) { burst ->
                    repeat(20) { peer.send(random.nextBytes(random.nextInt(0, 300)), r.from) }
                    // The next burst once the engine has read this one: no receive buffer overflows, however slow the loop.
                    eventually { engine.counters.datagramsReceived == 20L * (burst + 1) } shouldBe true
                }
                // A well-formed datagram cut short, and one with a bad length.
                val good = ScriptedPeer.echo(r)
                peer.send(good.copyOf(good.size - 3), r.from)
                peer.send(good.copyOf().also { it[1] = 0x7f }, r.from)
                eventually { engine.counters.datagramsReceived == 202L } shouldBe true
                peer.send(good, r.from)
                call.await().value(0) shouldBe Integer32.of(7)
                // Every datagram but the reply was dropped as malformed.
                engine.counters.datagramsReceived shouldBe 203L
                engine.counters.dropped(DropReason.MALFORMED) shouldBe 202L
                engine.counters.dropped shouldBe 202L
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a request that is never answered ends with SnmpTimeoutException, not a CancellationException") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                // One send: the timeout comes before the refresh period, however late the loop runs its timers
                // (the resend schedule is VirtualClockSpec's).
                val m = engine.manager(peer.address, timeout = 450.milliseconds, refreshPeriod = 1.hours)
                // shouldThrow fails on any other exception, a CancellationException (what withTimeout throws) included ...
                val e = shouldThrow<SnmpTimeoutException> { m.get(SYS_UPTIME) }
                // ... and the caller was not cancelled: it goes on.
                currentCoroutineContext().isActive shouldBe true
                e.target() shouldBe peer.address
                e.sends() shouldBe 1
                engine.counters.timeouts shouldBe 1
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("error-status, noSuchName and improper responses become typed exceptions carrying the bindings") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val asked = VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(1)), VarBind.of(SYS_NAME, OctetString.of("x")))

                val set = async(Dispatchers.Default) { runCatching { m.set(asked.toList()) } }
                peer.reply(peer.next().shouldNotBeNull(), asked, ErrorStatus.NOT_WRITABLE, 2)
                val error = set.await().exceptionOrNull().shouldBeInstanceOf<ErrorResponseException>()
                error.status() shouldBe ErrorStatus.NOT_WRITABLE
                error.index() shouldBe 2
                error.oidOrNull() shouldBe SYS_NAME

                val get = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.reply(peer.next().shouldNotBeNull(), VarBindList.ofNames(SYS_UPTIME), ErrorStatus.NO_SUCH_NAME, 1)
                get.await().exceptionOrNull().shouldBeInstanceOf<NoSuchNameException>().oidOrNull() shouldBe SYS_UPTIME

                val wrongName = async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } }
                peer.reply(peer.next().shouldNotBeNull(), VarBindList.of(VarBind.of(SYS_NAME, Integer32.of(1))))
                val improper = wrongName.await().exceptionOrNull().shouldBeInstanceOf<ImproperResponseException>()
                improper.received().oid(0) shouldBe SYS_NAME
                improper.requested().oid(0) shouldBe SYS_UPTIME
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("an SNMPv1 getBulk goes out as a getNext; a v2c one as a getBulk with its fields") {
        ScriptedPeer().use { peer ->
            SnmpEngine(defaultVersion = SnmpVersion.V1).use { engine ->
                val v1 = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val call = async(Dispatchers.Default) { v1.getBulk(1, 10, SYS_UPTIME, SYS_NAME) }
                val r = peer.next().shouldNotBeNull()
                (r.message as CommunityMessage).version() shouldBe SnmpVersion.V1
                r.pdu.type() shouldBe PduType.GET_NEXT
                r.pdu.errorStatus() shouldBe ErrorStatus.NO_ERROR
                peer.reply(r, VarBindList.of(VarBind.of(SYS_UPTIME.child(1), Integer32.of(1)), VarBind.of(SYS_NAME.child(1), Integer32.of(2))))
                call.await().size shouldBe 2

                val v2 = engine.manager(peer.address, version = SnmpVersion.V2C, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val bulk = async(Dispatchers.Default) { v2.getBulk(1, 10, SYS_UPTIME, SYS_NAME) }
                val b = peer.next().shouldNotBeNull()
                b.pdu.type() shouldBe PduType.GET_BULK
                b.pdu.nonRepeaters() shouldBe 1
                b.pdu.maxRepetitions() shouldBe 10
                peer.reply(b, VarBindList.of(VarBind.of(SYS_UPTIME.child(1), Integer32.of(1)), VarBind.of(SYS_NAME.child(1), Integer32.of(2))))
                bulk.await().size shouldBe 2
            }
        }
    }

    test("per-request options override the manager's community and timing") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, community = "public", timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val call = async(Dispatchers.Default) {
                    runCatching { m.get(SYS_UPTIME, options = RequestOptions(community = "private", timeout = 300.milliseconds, refreshPeriod = 1.seconds)) }
                }
                val r = peer.next().shouldNotBeNull()
                (r.message as CommunityMessage).community().decodeToString() shouldBe "private"
                val e = call.await().exceptionOrNull().shouldBeInstanceOf<SnmpTimeoutException>()
                e.sends() shouldBe 1
                e.timeout() shouldBe java.time.Duration.ofMillis(300)
            }
        }
    }

    test("a reply with another community or version is dropped") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                val id = r.pdu.requestId()
                val answer = Pdu.response(id, ErrorStatus.NO_ERROR, 0, VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(5))))
                peer.send(MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, "other", answer)), r.from)
                peer.send(MessageCodec.encode(CommunityMessage.of(SnmpVersion.V1, "public", answer)), r.from)
                peer.send(MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, "public", answer)), r.from)
                call.await().value(0) shouldBe Integer32.of(5)
                engine.counters.dropped(DropReason.WRONG_COMMUNITY) shouldBe 1
                engine.counters.dropped(DropReason.WRONG_VERSION) shouldBe 1
            }
        }
    }

    test("cancelling the caller removes the request at once; a late reply is dropped as unknown") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val job = launch(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                job.cancel()
                job.join()
                eventually { engine.counters.pendingRequests == 0 } shouldBe true
                engine.tables() shouldBe EngineTables.EMPTY
                engine.counters.cancelled shouldBe 1
                peer.send(ScriptedPeer.echo(r), r.from)
                eventually { engine.counters.dropped(DropReason.UNKNOWN_REQUEST) == 1L } shouldBe true
                // No resend after the cancellation: its timer went with it (the tables above hold no timer).
                engine.counters.datagramsSent shouldBe 1L
                engine.counters.resends shouldBe 0L
            }
        }
    }

    test("close ends every pending request with SnmpClosedException, is idempotent, and later requests fail the same way") {
        ScriptedPeer().use { peer ->
            val engine = engine()
            val m = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION) // no resend to count
            val calls = (1..50).map { async(Dispatchers.Default) { runCatching { m.get(SYS_UPTIME) } } }
            eventually { peer.queued == 50 } shouldBe true
            engine.close()
            engine.close()
            calls.awaitAll().forEach { it.exceptionOrNull().shouldBeInstanceOf<SnmpClosedException>() }
            runCatching { m.get(SYS_UPTIME) }.exceptionOrNull().shouldBeInstanceOf<SnmpClosedException>()
            engine.counters.pendingRequests shouldBe 0
        }
    }

    test("close from a completion running on the engine's own thread returns and ends the others") {
        ScriptedPeer().use { peer ->
            val engine = engine()
            val f = engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).futures()
            val first = f.get(SYS_UPTIME)
            val closedFromLoop = CompletableDeferred<Boolean>()
            first.whenComplete { _, _ -> engine.close(); closedFromLoop.complete(engine.isClosed) }
            val others = (1..10).map { f.get(SYS_NAME) }
            val r = peer.next().shouldNotBeNull()
            peer.send(ScriptedPeer.echo(r), r.from)
            closedFromLoop.await() shouldBe true
            others.forEach { runCatching { it.join() }.exceptionOrNull()?.cause.shouldBeInstanceOf<SnmpClosedException>() }
        }
    }

    test("cancelling the job the engine belongs to closes the engine") {
        val parent = Job()
        val engine = SnmpEngine(defaultVersion = SnmpVersion.V2C, parent = parent)
        ScriptedPeer().use { peer ->
            val call = async(Dispatchers.Default) { runCatching { engine.manager(peer.address, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION).get(SYS_UPTIME) } }
            peer.next().shouldNotBeNull()
            parent.cancel()
            call.await().exceptionOrNull().shouldBeInstanceOf<SnmpClosedException>()
            engine.isClosed shouldBe true
        }
    }

    test("a host name is resolved off the loop") {
        ScriptedPeer().use { peer ->
            engine().use { engine ->
                val m = engine.manager("localhost", peer.address.port, timeout = Patience.DURATION, refreshPeriod = Patience.DURATION)
                val call = async(Dispatchers.Default) { m.get(SYS_UPTIME) }
                val r = peer.next().shouldNotBeNull()
                peer.send(ScriptedPeer.echo(r), r.from)
                call.await().size shouldBe 1
                val unknown = engine.manager("no-such-host.invalid", timeout = Patience.DURATION)
                runCatching { unknown.get(SYS_UPTIME) }.exceptionOrNull().shouldBeInstanceOf<java.net.UnknownHostException>()
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }
})
