package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.eventually
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.testing.Patience
import kotlinx.coroutines.withContext
import java.net.InetSocketAddress
import java.nio.ByteBuffer
import java.nio.channels.DatagramChannel
import java.nio.channels.SelectionKey
import java.util.Collections
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

class EventLoopSpec : FunSpec({
    test("tasks from many threads run on the loop thread, each producer's in order") {
        val loop = EventLoop("test-loop")
        try {
            val seen = Collections.synchronizedList(mutableListOf<Pair<Int, Int>>())
            val threads = mutableSetOf<Thread>()
            val done = CountDownLatch(8 * 1000)
            val producers = (0 until 8).map { p ->
                Thread {
                    repeat(1000) { i ->
                        loop.execute {
                            threads += Thread.currentThread()
                            seen += p to i
                            done.countDown()
                        }
                    }
                }.apply { start() }
            }
            producers.forEach { it.join() }
            done.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            threads.size shouldBe 1
            for (p in 0 until 8) {
                seen.filter { it.first == p }.map { it.second } shouldContainExactly (0 until 1000).toList()
            }
        } finally {
            loop.close(Patience.MILLIS) shouldBe true
        }
    }

    test("a burst of tasks while the loop is busy costs at most one wake-up") {
        val loop = EventLoop("test-loop")
        try {
            val busy = CountDownLatch(1)
            val gate = CountDownLatch(1)
            loop.execute { busy.countDown(); gate.await() }
            busy.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            val before = loop.wakeups.get()
            val done = CountDownLatch(1000)
            val producer = Thread { repeat(1000) { loop.execute { done.countDown() } } }
            producer.start()
            producer.join()
            gate.countDown()
            done.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            (loop.wakeups.get() - before) shouldBeLessThanOrEqual 1
        } finally {
            loop.close()
        }
    }

    test("woken from its sleep by another thread's task, the loop yields to that thread once, then runs the task") {
        val loop = EventLoop("test-loop")
        try {
            // With no timer and no channel the loop sleeps once its tasks are done; a task handed
            // in then wakes it (one handed in before it got to sleep does not: hence eventually).
            eventually {
                val before = loop.submitterYields
                loop.onLoop { }
                loop.submitterYields > before
            } shouldBe true
            // It never yields without having been woken by another thread.
            loop.submitterYields shouldBeLessThanOrEqual loop.wakeups.get()
        } finally {
            loop.close()
        }
    }

    test("a long run of queued tasks stops to read the channels, so a burst of sends does not starve receives") {
        val loop = EventLoop("test-loop")
        val channel = DatagramChannel.open().bind(InetSocketAddress("127.0.0.1", 0))
        try {
            val events = Collections.synchronizedList(mutableListOf<String>())
            val registered = CountDownLatch(1)
            loop.execute {
                loop.register(channel, SelectionKey.OP_READ) { key ->
                    val buffer = ByteBuffer.allocate(64)
                    while ((key.channel() as DatagramChannel).receive(buffer.clear()) != null) events += "datagram"
                }
                registered.countDown()
            }
            registered.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            // The loop is held in a task while 2,000 more queue up and a datagram arrives.
            val busy = CountDownLatch(1)
            val gate = CountDownLatch(1)
            loop.execute { busy.countDown(); gate.await() }
            busy.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            val done = CountDownLatch(2_000)
            repeat(2_000) { i -> loop.execute { events += "task $i"; done.countDown() } }
            DatagramChannel.open().use { it.send(ByteBuffer.wrap(byteArrayOf(1)), channel.localAddress) }
            // The datagram is queued in the socket before the loop goes on (loopback delivers in the send).
            gate.countDown()
            done.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            val at = events.indexOf("datagram")
            at shouldNotBe -1
            at shouldBeLessThanOrEqual 300 // read after at most one run of tasks between looks (256), not after all 2,000
        } finally {
            loop.close()
        }
    }

    test("coroutines dispatched to the loop run on its thread") {
        val loop = EventLoop("test-loop")
        try {
            val loopThread = CompletableFuture<Thread>()
            loop.execute { loopThread.complete(Thread.currentThread()) }
            withContext(loop) { Thread.currentThread() } shouldBe loopThread.get(Patience.SECONDS, TimeUnit.SECONDS)
        } finally {
            loop.close()
        }
    }

    test("the loop fires each timer once its clock reaches the deadline, not before, in deadline order") {
        val clock = VirtualClock()
        val loop = EventLoop("test-loop", clock.loopClock)
        try {
            val fired = Collections.synchronizedList(mutableListOf<String>())
            val start = clock.now
            loop.onLoop {
                loop.timers.schedule(start + 60_000_000, { fired += "late" })
                loop.timers.schedule(start + 20_000_000, { fired += "early" })
                loop.timers.schedule(start + 40_000_000, { fired += "middle" })
            }
            // Two tasks after moving the clock: the turn of the first ran the timers due by then.
            fun at(nanos: Long): List<String> {
                clock.now = start + nanos
                repeat(2) { loop.onLoop { } }
                return fired.toList()
            }
            at(19_999_999) shouldBe emptyList()
            at(20_000_000) shouldContainExactly listOf("early")
            at(59_999_999) shouldContainExactly listOf("early", "middle")
            at(60_000_000) shouldContainExactly listOf("early", "middle", "late")
            at(120_000_000) shouldContainExactly listOf("early", "middle", "late")
        } finally {
            loop.close()
        }
    }

    test("a readable channel is handled on the loop, every queued datagram in one turn") {
        val loop = EventLoop("test-loop")
        val channel = DatagramChannel.open().bind(InetSocketAddress("127.0.0.1", 0))
        try {
            val received = Collections.synchronizedList(mutableListOf<Int>())
            val all = CountDownLatch(20)
            val registered = CountDownLatch(1)
            loop.execute {
                loop.register(channel, SelectionKey.OP_READ) { key ->
                    val ch = key.channel() as DatagramChannel
                    val buffer = ByteBuffer.allocate(64)
                    while (true) {
                        buffer.clear()
                        ch.receive(buffer) ?: break
                        received += buffer.flip().get().toInt()
                        all.countDown()
                    }
                }
                registered.countDown()
            }
            registered.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            DatagramChannel.open().use { sender ->
                repeat(20) { sender.send(ByteBuffer.wrap(byteArrayOf(it.toByte())), channel.localAddress) }
            }
            all.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            received.sorted() shouldContainExactly (0 until 20).toList()
        } finally {
            loop.close()
        }
        channel.isOpen shouldBe false // the loop closed the channels it owned
    }

    test("a task that throws is reported and the loop goes on") {
        val errors = Collections.synchronizedList(mutableListOf<Throwable>())
        val loop = EventLoop("test-loop", onError = { errors += it })
        try {
            loop.execute { throw IllegalStateException("boom") }
            val after = CompletableFuture<Boolean>()
            loop.execute { after.complete(true) }
            after.get(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            errors.single().javaClass shouldBe IllegalStateException::class.java
        } finally {
            loop.close()
        }
    }

    test("close is idempotent, works from a task on the loop, runs close hooks, and later work still runs") {
        val loop = EventLoop("test-loop")
        val hookRan = CountDownLatch(1)
        loop.execute { loop.onClose { hookRan.countDown() } }
        val closedFromLoop = CompletableFuture<Boolean>()
        loop.execute { closedFromLoop.complete(loop.close()) }
        closedFromLoop.get(Patience.SECONDS, TimeUnit.SECONDS) shouldBe false // on the loop: finishes after the task
        hookRan.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
        loop.close(Patience.MILLIS) shouldBe true
        loop.close(Patience.MILLIS) shouldBe true
        val elsewhere = CompletableFuture<Thread>()
        loop.execute { elsewhere.complete(Thread.currentThread()) }
        elsewhere.get(Patience.SECONDS, TimeUnit.SECONDS).name shouldNotBe "test-loop"
    }

    test("close from several threads at once: each caller sees the loop finished") {
        val loop = EventLoop("test-loop")
        val results = (1..4).map { CompletableFuture.supplyAsync { loop.close(Patience.MILLIS) } }
        results.map { it.get(Patience.SECONDS, TimeUnit.SECONDS) } shouldBe listOf(true, true, true, true)
        loop.isClosing shouldBe true
    }
})
