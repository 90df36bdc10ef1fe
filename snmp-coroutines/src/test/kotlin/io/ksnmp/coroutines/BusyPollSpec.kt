package io.ksnmp.coroutines

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.EngineTables
import io.ksnmp.coroutines.testing.MibResponder
import io.ksnmp.coroutines.testing.ScriptedPeer
import io.ksnmp.coroutines.testing.tables
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable
import io.ksnmp.smi.VarBind
import kotlinx.coroutines.flow.toList
import java.lang.management.ManagementFactory
import java.util.TreeMap
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val TABLE = Oid.parse("1.3.6.1.2.1.2.2.1")

private fun loopCpuNanos(engine: SnmpEngine): Long {
    val id = CompletableFuture<Long>()
    engine.loop.execute { id.complete(Thread.currentThread().id) }
    return ManagementFactory.getThreadMXBean().getThreadCpuTime(id.get(5, TimeUnit.SECONDS))
}

/** The engine's busy polling: only while requests wait for answers, at most as long as asked. */
class BusyPollSpec : FunSpec({
    test("while a request waits for a silent agent the loop polls for the busy-poll time, then sleeps; the request still times out") {
        ScriptedPeer().use { silent ->
            SnmpEngine(defaultVersion = SnmpVersion.V2C, busyPoll = 300.milliseconds).use { engine ->
                val before = loopCpuNanos(engine)
                shouldThrow<SnmpTimeoutException> {
                    engine.manager(silent.address, timeout = 1.seconds, refreshPeriod = 1.seconds).get(Oid.parse("1.3.6.1.2.1.1.3.0"))
                }
                val spent = loopCpuNanos(engine) - before
                engine.loop.busyPolls.get().toLong() shouldBeGreaterThan 0L
                // about 300 ms of polling after the send (a loaded machine may give the thread less of it) ...
                spent shouldBeGreaterThan 100_000_000L
                // ... and not the whole second the request waited
                spent shouldBeLessThan 800_000_000L
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("with no request pending the loop does not poll, and without busy polling it never does") {
        ScriptedPeer().use { silent ->
            SnmpEngine(defaultVersion = SnmpVersion.V2C, busyPoll = 300.milliseconds).use { idle ->
                val before = loopCpuNanos(idle)
                Thread.sleep(400)
                (loopCpuNanos(idle) - before) shouldBeLessThan 50_000_000L
                idle.loop.busyPolls.get() shouldBe 0
            }
            SnmpEngine(defaultVersion = SnmpVersion.V2C).use { plain ->
                val before = loopCpuNanos(plain)
                shouldThrow<SnmpTimeoutException> {
                    plain.manager(silent.address, timeout = 400.milliseconds, refreshPeriod = 400.milliseconds).get(Oid.parse("1.3.6.1.2.1.1.3.0"))
                }
                (loopCpuNanos(plain) - before) shouldBeLessThan 50_000_000L
                plain.loop.busyPolls.get() shouldBe 0
            }
        }
    }

    test("answers that come while the loop polls are handled as any other: a bulk walk gives the table exactly") {
        val mib = TreeMap<Oid, Variable>()
        for (col in 1..3) for (row in 1..200) mib[TABLE.child(col.toLong()).child(row.toLong())] = Integer32.of(col * 1000 + row)
        ScriptedPeer().use { peer ->
            peer.autoReply = MibResponder(mib)::answer
            SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).busyPoll(java.time.Duration.ofNanos(100_000)).build().use { engine ->
                engine.manager(peer.address).bulkWalk(TABLE, 7).toList() shouldBe mib.map { VarBind.of(it.key, it.value) }
                engine.loop.busyPolls.get().toLong() shouldBeGreaterThan 0L
                engine.tables() shouldBe EngineTables.EMPTY
            }
        }
    }

    test("a negative busy-poll time is refused") {
        shouldThrow<IllegalArgumentException> { SnmpEngine(busyPoll = (-1).milliseconds) }
        shouldThrow<IllegalArgumentException> { SnmpEngine.builder().busyPoll(java.time.Duration.ofMillis(-1)) }
    }
})
