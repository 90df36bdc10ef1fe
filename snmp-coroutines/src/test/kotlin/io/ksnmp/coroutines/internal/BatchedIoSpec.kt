package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.longs.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.onLoop
import io.ksnmp.testing.Patience
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetSocketAddress
import java.net.StandardProtocolFamily
import java.nio.ByteBuffer
import java.nio.channels.DatagramChannel
import java.util.Collections
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/**
 * The batched datagram path (`recvmmsg`/`sendmmsg`) where this JVM allows it (Linux, JDK 22+,
 * native access enabled: CI runs this suite on JDK 25 so), and otherwise the proof that NIO
 * carries the same traffic the same way: the same datagrams, whole, in order, from the right
 * sources, over IPv4 and IPv6.
 */
private const val BUFFER = 4 * 1024 * 1024

class BatchedIoSpec : FunSpec({
    val expectBatched = System.getProperty("os.name").startsWith("Linux") && Runtime.version().feature() >= 22 &&
        Module::class.java.getMethod("isNativeAccessEnabled").let { m -> m.invoke(BatchedIoSpec::class.java.module) as Boolean }

    /** Reads [count] datagrams, each within [Patience]: a lost one fails the test instead of hanging it. */
    fun receiveAll(peer: DatagramSocket, count: Int): List<Pair<String, InetSocketAddress>> {
        val packet = DatagramPacket(ByteArray(70_000), 70_000)
        peer.soTimeout = Patience.SECONDS.toInt() * 1000
        return List(count) {
            packet.length = 70_000
            peer.receive(packet)
            String(packet.data, 0, packet.length) to packet.socketAddress as InetSocketAddress
        }
    }

    for (family in listOf(StandardProtocolFamily.INET, StandardProtocolFamily.INET6)) {
        val host = if (family == StandardProtocolFamily.INET) "127.0.0.1" else "::1"

        test("$family: a burst read while the loop was busy arrives whole, in order, from its source, in few reads") {
            val loop = EventLoop("batched-test", batching = true)
            val received = Collections.synchronizedList(mutableListOf<Pair<String, InetSocketAddress>>())
            val all = CountDownLatch(101)
            try {
                val transport = loop.onLoop {
                    UdpTransport(loop, BUFFER) { bytes, length, source, _ ->
                        received += String(bytes, 0, length) to source
                        all.countDown()
                    }
                }
                DatagramChannel.open(family).bind(InetSocketAddress(host, 0)).use { peer ->
                    val peerAddress = peer.localAddress as InetSocketAddress
                    val socket = loop.onLoop { transport.socketFor(peerAddress, null) }
                    socket.isBatched shouldBe expectBatched
                    val engineAddress = InetSocketAddress(host, socket.localAddress.port)
                    val busy = CountDownLatch(1)
                    val holding = CountDownLatch(1)
                    loop.execute {
                        holding.countDown()
                        busy.await(Patience.SECONDS, TimeUnit.SECONDS)
                    }
                    holding.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
                    val big = "x".repeat(65_000)
                    for (i in 0 until 100) peer.send(ByteBuffer.wrap("d$i".toByteArray()), engineAddress)
                    peer.send(ByteBuffer.wrap(big.toByteArray()), engineAddress)
                    busy.countDown()
                    all.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
                    received.map { it.first } shouldBe List(100) { "d$it" } + big
                    received.map { it.second }.toSet() shouldBe setOf(peerAddress)
                    if (expectBatched) {
                        val io = loop.onLoop { loop.batchedIo!! }
                        io.datagramsReceived shouldBe 101L
                        // 101 datagrams waiting: seven reads of up to 16, and one that finds nothing more.
                        io.receiveCalls shouldBeLessThanOrEqual 8L
                    }
                }
            } finally {
                loop.close()
            }
        }

        test("$family: the datagrams one turn sends leave in order, through one sendmmsg per 64") {
            val loop = EventLoop("batched-test", batching = true)
            try {
                val transport = loop.onLoop { UdpTransport(loop, null) { _, _, _, _ -> } }
                DatagramSocket(null).use { peer ->
                    peer.receiveBufferSize = BUFFER
                    peer.bind(InetSocketAddress(host, 0))
                    val peerAddress = peer.localSocketAddress as InetSocketAddress
                    val socket = loop.onLoop { transport.socketFor(peerAddress, null) }
                    val big = "y".repeat(65_000)
                    loop.onLoop {
                        for (i in 0 until 100) {
                            val bytes = "-s$i-".toByteArray()
                            socket.send(bytes, 1, bytes.size - 2, peerAddress) shouldBe true
                        }
                        socket.send(big.toByteArray(), 0, big.length, peerAddress) shouldBe true
                    }
                    val got = receiveAll(peer, 101)
                    got.map { it.first } shouldBe List(100) { "s$it" } + big
                    got.map { it.second.port }.toSet() shouldBe setOf(socket.localAddress.port)
                    if (expectBatched) {
                        val io = loop.onLoop { loop.batchedIo!! }
                        io.datagramsSent shouldBe 101L
                        // 64, then 36 and the big one (the send area holds them all): two calls.
                        io.sendCalls.toInt() shouldBeLessThanOrEqual 3
                        io.sendCalls shouldBeGreaterThan 0L
                    }
                }
            } finally {
                loop.close()
            }
        }
    }

    test("a datagram the kernel refuses is reported once (at once on NIO, at the flush when batched) and the next one still goes") {
        val loop = EventLoop("batched-test", batching = true)
        try {
            val transport = loop.onLoop { UdpTransport(loop, null) { _, _, _, _ -> } }
            DatagramSocket(null).use { peer ->
                peer.bind(InetSocketAddress("127.0.0.1", 0))
                val peerAddress = peer.localSocketAddress as InetSocketAddress
                val socket = loop.onLoop { transport.socketFor(peerAddress, null) }
                // Broadcast without SO_BROADCAST: Linux refuses it (EACCES), or finds no route.
                val refused = InetSocketAddress("255.255.255.255", 9)
                val reported = java.util.concurrent.atomic.AtomicInteger()
                val accepted = loop.onLoop {
                    val first = socket.send("lost".toByteArray(), 0, 4, refused) { reported.incrementAndGet() }
                    val second = socket.send("kept".toByteArray(), 0, 4, peerAddress) { reported.incrementAndGet() }
                    first to second
                }
                receiveAll(peer, 1).single().first shouldBe "kept"
                val failuresSeen = loop.onLoop { reported.get() }
                accepted.second shouldBe true
                if (expectBatched) {
                    accepted.first shouldBe true
                    failuresSeen shouldBe 1
                } else {
                    accepted.first shouldBe false
                    failuresSeen shouldBe 0
                }
            }
        } finally {
            loop.close()
        }
    }

    test("an engine made with batchedIo = false keeps every socket on NIO") {
        io.ksnmp.coroutines.SnmpEngine(batchedIo = false).use { it.usesBatchedIo shouldBe false }
        io.ksnmp.coroutines.SnmpEngine().use { it.usesBatchedIo shouldBe expectBatched }
    }
})
