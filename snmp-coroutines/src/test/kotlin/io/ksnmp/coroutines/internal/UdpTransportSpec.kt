package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.VirtualClock
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.testing.Patience
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.ByteBuffer
import java.nio.channels.DatagramChannel
import java.util.Collections
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

class UdpTransportSpec : FunSpec({
    test("one socket per family and local address, shared; datagrams in and out over IPv4 and IPv6") {
        val loop = EventLoop("udp-test")
        val received = Collections.synchronizedList(mutableListOf<Pair<String, InetSocketAddress>>())
        val got = CountDownLatch(2)
        try {
            val transport = loop.onLoop {
                UdpTransport(loop, null) { bytes, length, source, _ ->
                    received += String(bytes, 0, length) to source
                    got.countDown()
                }
            }
            DatagramChannel.open().bind(InetSocketAddress("127.0.0.1", 0)).use { v4Peer ->
                DatagramChannel.open(java.net.StandardProtocolFamily.INET6).bind(InetSocketAddress("::1", 0)).use { v6Peer ->
                    val v4Target = v4Peer.localAddress as InetSocketAddress
                    val v6Target = v6Peer.localAddress as InetSocketAddress
                    val (s1, s2, s3) = loop.onLoop {
                        Triple(transport.socketFor(v4Target, null), transport.socketFor(v4Target, null), transport.socketFor(v6Target, null))
                    }
                    (s1 === s2) shouldBe true
                    (s1 === s3) shouldBe false
                    loop.onLoop { transport.openSockets.size } shouldBe 2
                    loop.onLoop { s1.send("ping4".toByteArray(), 0, 5, v4Target) } shouldBe true
                    loop.onLoop { s3.send("xping6x".toByteArray(), 1, 5, v6Target) } shouldBe true
                    val buffer = ByteBuffer.allocate(100)
                    val from4 = v4Peer.receive(buffer) as InetSocketAddress
                    String(buffer.array(), 0, buffer.position()) shouldBe "ping4"
                    buffer.clear()
                    val from6 = v6Peer.receive(buffer) as InetSocketAddress
                    String(buffer.array(), 0, buffer.position()) shouldBe "ping6"
                    v4Peer.send(ByteBuffer.wrap("pong4".toByteArray()), InetSocketAddress(InetAddress.getByName("127.0.0.1"), from4.port))
                    v6Peer.send(ByteBuffer.wrap("pong6".toByteArray()), InetSocketAddress(InetAddress.getByName("::1"), from6.port))
                    got.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
                    received.map { it.first }.toSet() shouldBe setOf("pong4", "pong6")
                    received.first { it.first == "pong4" }.second.port shouldBe v4Target.port
                }
            }
        } finally {
            loop.close()
        }
    }

    test("a full send buffer queues datagrams, registers for writability and flushes them in order") {
        val loop = EventLoop("udp-test")
        try {
            // The kernel's loopback never fills a send buffer, so the first sends report a full one.
            var refusals = 3
            val sender = DatagramSender { channel, datagram, target ->
                if (refusals > 0) { refusals--; 0 } else channel.send(datagram, target)
            }
            val transport = loop.onLoop { UdpTransport(loop, null, sender) { _, _, _, _ -> } }
            DatagramChannel.open().bind(InetSocketAddress("127.0.0.1", 0)).use { sink ->
                val target = sink.localAddress as InetSocketAddress
                val socket = loop.onLoop { transport.socketFor(target, null) }
                val queued = loop.onLoop {
                    (0 until 10).forEach { i -> socket.send(byteArrayOf(i.toByte()), 0, 1, target) shouldBe true }
                    socket.deferredCount
                }
                queued shouldBe 10L // the first refusal queues it, and then order keeps the rest queued
                val buffer = ByteBuffer.allocate(16)
                sink.socket().soTimeout = Patience.MILLIS.toInt()
                val order = (0 until 10).map { buffer.clear(); sink.receive(buffer); buffer.get(0).toInt() }
                order shouldBe (0 until 10).toList()
                loop.onLoop { socket.backlogSize } shouldBe 0
            }
        } finally {
            loop.close()
        }
    }

    test("a stream of datagrams that never lets the socket empty does not hold off the loop's tasks") {
        val clock = VirtualClock()
        val loop = EventLoop("udp-test", clock.loopClock)
        val received = java.util.concurrent.atomic.AtomicLong()
        val streaming = java.util.concurrent.atomic.AtomicBoolean(true)
        try {
            lateinit var self: InetSocketAddress
            val transport = loop.onLoop {
                UdpTransport(loop, null) { bytes, length, _, socket ->
                    received.incrementAndGet()
                    if (streaming.get()) socket.send(bytes, 0, length, self)   // each datagram sends the next: never empty
                }
            }
            val socket = loop.onLoop { transport.socketFor(InetSocketAddress("127.0.0.1", 9), null) }
            self = InetSocketAddress(InetAddress.getByName("127.0.0.1"), socket.localAddress.port)
            loop.onLoop { repeat(2 * DRAIN_BATCH) { socket.send(byteArrayOf(it.toByte()), 0, 1, self) } }
            val before = received.get()
            // With an unbounded drain this task would wait for the stream to stop, which it never does.
            loop.onLoop { received.get() } shouldBeGreaterThan before
            val timerFired = CountDownLatch(1)
            loop.onLoop { loop.timers.schedule(clock.now) { timerFired.countDown() } }
            timerFired.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
        } finally {
            streaming.set(false)
            loop.close()
        }
    }
})
