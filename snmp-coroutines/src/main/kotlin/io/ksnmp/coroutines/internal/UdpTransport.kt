package io.ksnmp.coroutines.internal

import java.net.Inet6Address
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.StandardProtocolFamily
import java.net.StandardSocketOptions
import java.nio.ByteBuffer
import java.nio.channels.DatagramChannel
import java.nio.channels.SelectionKey

/** Receives every datagram a [UdpTransport] reads; runs on the loop thread. */
internal fun interface DatagramHandler {
    /**
     * @param bytes the datagram in `bytes[0 until length]`; valid only during the call
     * @param length its length
     * @param source where it came from
     * @param local the socket it arrived on
     */
    fun onDatagram(bytes: ByteArray, length: Int, source: InetSocketAddress, local: UdpSocket)
}

/** How many datagrams a socket reads per turn of the event loop before tasks and timers run. */
internal const val DRAIN_BATCH: Int = 256

/** Sends one datagram without blocking: the bytes sent, or 0 if the send buffer is full. */
internal fun interface DatagramSender {
    fun send(channel: DatagramChannel, datagram: ByteBuffer, target: InetSocketAddress): Int

    companion object {
        val CHANNEL: DatagramSender = DatagramSender { channel, datagram, target -> channel.send(datagram, target) }
    }
}

/**
 * One non-blocking UDP socket of a [UdpTransport], shared by every manager sending from its
 * family and local address. Datagrams that do not fit the socket's send buffer wait in a queue
 * and the socket registers for writability instead of spinning.
 */
internal class UdpSocket internal constructor(
    private val loop: EventLoop,
    val channel: DatagramChannel,
    private val handler: DatagramHandler,
    private val receive: ByteArray,
    private val sendOnce: DatagramSender = DatagramSender.CHANNEL,
) {
    private val key: SelectionKey = loop.register(channel, SelectionKey.OP_READ) { onReady(it) }
    private val backlog = ArrayDeque<Pair<ByteBuffer, InetSocketAddress>>()

    /**
     * The loop's batched I/O when this socket uses it: the loop has it, sends are not injected
     * (tests replace [sendOnce] to make sends fail), and the descriptor was found.
     */
    private val batched: BatchedDatagramIo?
    private val descriptor: SocketDescriptor?

    init {
        val io = if (sendOnce === DatagramSender.CHANNEL) loop.batchedIo else null
        descriptor = io?.let { SocketDescriptors.find(channel) }
        batched = if (descriptor != null) io else null
    }

    /** Whether this socket reads and writes through `recvmmsg`/`sendmmsg`. */
    val isBatched: Boolean get() = batched != null

    /** The socket's descriptor (batched sockets only). */
    val fd: Int get() = descriptor!!.fd

    /** The socket's address family, `AF_INET` or `AF_INET6` (batched sockets only). */
    val family: Int get() = descriptor!!.family

    /** The source of the last datagram read in a batch, reused while the next ones come from it too. */
    private var lastSource: InetSocketAddress? = null

    /** A view of the array most recently sent from (the engine's writer), kept to send without a new wrapper each time. */
    private var outArray: ByteArray? = null
    private var outBuffer: ByteBuffer? = null
    private val receiveBuffer = ByteBuffer.wrap(receive)

    /** The socket's bound address. */
    val localAddress: InetSocketAddress get() = channel.localAddress as InetSocketAddress

    /** Datagrams waiting for room in the send buffer. */
    val backlogSize: Int get() = backlog.size

    /** How many datagrams had to wait for room in the send buffer since the socket opened. */
    var deferredCount: Long = 0
        private set

    /**
     * Sends a datagram now, or queues a copy if the send buffer is full; loop thread only.
     *
     * @return false if the datagram could not be sent at all (the socket failed)
     */
    fun send(bytes: ByteArray, offset: Int, length: Int, target: InetSocketAddress, failure: SendFailure? = null): Boolean {
        val io = batched
        if (io != null && backlog.isEmpty()) {
            // Written with the turn's other datagrams before the loop next waits; failure hears if it cannot go.
            io.queue(this, bytes, offset, length, target, failure)
            return true
        }
        return sendThroughChannel(view(bytes, offset, length), target)
    }

    /**
     * Sends [datagram] through the channel: at once, or behind the backlog, which keeps a copy.
     * The NIO path of [send], and where a batch the kernel stopped at goes on. Loop thread only.
     *
     * @return false if the socket failed
     */
    fun sendThroughChannel(datagram: ByteBuffer, target: InetSocketAddress): Boolean {
        if (backlog.isEmpty()) {
            val sent = try {
                sendOnce.send(channel, datagram, target)
            } catch (e: java.io.IOException) {
                return false
            }
            if (sent > 0) return true
        }
        val copy = ByteBuffer.allocate(datagram.remaining())
        copy.put(datagram).flip()
        backlog.addLast(copy to target)
        deferredCount++
        key.interestOps(SelectionKey.OP_READ or SelectionKey.OP_WRITE)
        return true
    }

    private fun view(bytes: ByteArray, offset: Int, length: Int): ByteBuffer {
        var buffer = outBuffer
        if (buffer == null || outArray !== bytes) {
            buffer = ByteBuffer.wrap(bytes)
            outBuffer = buffer
            outArray = bytes
        }
        buffer.clear()
        buffer.position(offset).limit(offset + length)
        return buffer
    }

    private fun onReady(key: SelectionKey) {
        if (key.isWritable) flush()
        if (key.isReadable) drain()
    }

    private fun flush() {
        while (backlog.isNotEmpty()) {
            val (buffer, target) = backlog.first()
            val sent = try {
                sendOnce.send(channel, buffer, target)
            } catch (e: java.io.IOException) {
                backlog.removeFirst() // dropped: the request's resend or timeout takes care of it
                continue
            }
            if (sent == 0) return
            backlog.removeFirst()
        }
        key.interestOps(SelectionKey.OP_READ)
    }

    /**
     * Reads what is waiting, at most [DRAIN_BATCH] datagrams a turn: under a steady stream of
     * replies (each completion sending the next request) an unbounded drain would hold off the
     * loop's tasks and timers (resends, timeouts, coroutines resumed on the loop) until the stream
     * paused. The selector is level-triggered, so the next turn reads on without sleeping.
     */
    private fun drain() {
        val io = batched
        if (io != null) {
            drainBatched(io)
            return
        }
        drainChannel(DRAIN_BATCH)
    }

    /**
     * [drain] through `recvmmsg`: up to [BatchedDatagramIo.RECEIVE_BATCH] datagrams a call, each
     * handed on as NIO would hand it. A call that fails (not merely finding nothing) leaves the
     * rest of the turn to the channel, which reports or skips the cause as it always does.
     */
    private fun drainBatched(io: BatchedDatagramIo) {
        var budget = DRAIN_BATCH
        while (budget > 0) {
            val n = io.receive(fd, budget)
            if (n < 0) {
                drainChannel(budget)
                return
            }
            for (i in 0 until n) {
                val source = io.receivedSource(i, lastSource) ?: continue
                lastSource = source
                // A datagram is at most 65,507 octets and a slot holds 65,536: none is cut short.
                val length = minOf(io.receivedLength(i), receive.size)
                io.copyReceived(i, receive, length)
                handOn(length, source)
            }
            if (n < minOf(budget, BatchedDatagramIo.RECEIVE_BATCH)) return
            budget -= n
        }
    }

    private fun drainChannel(limit: Int) {
        val buffer = receiveBuffer
        var budget = limit
        while (budget-- > 0) {
            buffer.clear()
            val source = try {
                channel.receive(buffer)
            } catch (e: java.io.IOException) {
                // ICMP errors and the like can surface here; the socket lives on, the selector calls again.
                return
            } ?: return
            handOn(buffer.position(), source as InetSocketAddress)
        }
    }

    private fun handOn(length: Int, source: InetSocketAddress) {
        loop.currentDatagram = receive
        loop.currentDatagramLength = length
        try {
            handler.onDatagram(receive, length, source, this)
        } finally {
            loop.currentDatagram = null
        }
    }
}

/**
 * The UDP sockets of one engine: one per address family and local address, opened on first use
 * and shared by every manager; receive buffers hold a 65,535-octet datagram. Loop thread only.
 */
internal class UdpTransport(
    private val loop: EventLoop,
    private val receiveBufferSize: Int?,
    private val sender: DatagramSender = DatagramSender.CHANNEL,
    private val handler: DatagramHandler,
) {
    private val sockets = HashMap<InetSocketAddress, UdpSocket>()
    private val receive = ByteArray(MAX_DATAGRAM)
    private val ipv4Wildcard = InetSocketAddress(IPV4_ANY, 0)
    private val ipv6Wildcard = InetSocketAddress(IPV6_ANY, 0)

    /**
     * @param target where the datagram goes; its family picks the socket
     * @param local the local address to send from, or null for the family's wildcard
     * @return the socket for that family and local address
     */
    fun socketFor(target: InetSocketAddress, local: InetSocketAddress?): UdpSocket {
        val ipv6 = target.address is Inet6Address
        val bindTo = local ?: if (ipv6) ipv6Wildcard else ipv4Wildcard
        sockets[bindTo]?.let { return it }
        val channel = DatagramChannel.open(if (ipv6) StandardProtocolFamily.INET6 else StandardProtocolFamily.INET)
        try {
            receiveBufferSize?.let { channel.setOption(StandardSocketOptions.SO_RCVBUF, it) }
            channel.bindOrExplain(bindTo, "the engine's socket")
            val socket = UdpSocket(loop, channel, handler, receive, sender)
            sockets[bindTo] = socket
            return socket
        } catch (e: Exception) {
            channel.close()
            throw e
        }
    }

    /** @return the sockets opened so far */
    val openSockets: Collection<UdpSocket> get() = sockets.values

    companion object {
        /** The largest UDP payload over IPv4. */
        const val MAX_DATAGRAM: Int = 65_535
        private val IPV4_ANY: InetAddress = InetAddress.getByName("0.0.0.0")
        private val IPV6_ANY: InetAddress = InetAddress.getByName("::")
    }
}
