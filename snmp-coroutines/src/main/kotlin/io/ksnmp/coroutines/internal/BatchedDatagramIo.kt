package io.ksnmp.coroutines.internal

import java.net.InetSocketAddress
import java.nio.ByteBuffer
import java.nio.ByteOrder

/**
 * Batched datagram I/O for one [EventLoop]: up to [RECEIVE_BATCH] datagrams read by one
 * `recvmmsg`, and the datagrams a turn of the loop sends gathered and written by one `sendmmsg`
 * per socket (see [NativeDatagramCalls]). One instance per loop, loop thread only: datagrams are
 * handled one at a time, so every socket of the loop reads into the same native slots, and the
 * send queue holds one socket's datagrams at a time (a send from another socket flushes it first).
 *
 * Native memory is direct buffers laid out as Linux's `struct mmsghdr` arrays (64 octets each on
 * LP64: `msghdr` of 56, `msg_len`, padding), their `iovec`s (16 octets) and addresses.
 */
internal class BatchedDatagramIo {
    private val order = ByteOrder.nativeOrder()

    // ---- receiving ------------------------------------------------------------------------
    private val receiveHeaders = direct(RECEIVE_BATCH * MMSGHDR)
    private val receiveVectors = direct(RECEIVE_BATCH * IOVEC)
    private val receiveNames = direct(RECEIVE_BATCH * SocketAddressCodec.SIZE)
    private val receiveData = direct(RECEIVE_BATCH * SLOT)
    private val receiveHeadersAddress = NativeDatagramCalls.addressOf(receiveHeaders)

    // ---- sending --------------------------------------------------------------------------
    private val sendHeaders = direct(SEND_BATCH * MMSGHDR)
    private val sendVectors = direct(SEND_BATCH * IOVEC)
    private val sendNames = direct(SEND_BATCH * SocketAddressCodec.SIZE)
    private val sendData = direct(SEND_AREA)
    private val sendHeadersAddress = NativeDatagramCalls.addressOf(sendHeaders)
    private val sendDataAddress = NativeDatagramCalls.addressOf(sendData)
    private val sendTargets = arrayOfNulls<InetSocketAddress>(SEND_BATCH)
    private val sendFailures = arrayOfNulls<SendFailure>(SEND_BATCH)
    private val sendOffsets = IntArray(SEND_BATCH)
    private val sendLengths = IntArray(SEND_BATCH)
    private var queued = 0
    private var sendUsed = 0
    private var queueOwner: UdpSocket? = null

    /** The last target encoded, and its encoding, so a run of sends to one peer encodes it once. */
    private var lastTarget: InetSocketAddress? = null
    private var lastTargetFamily = 0
    private val lastName = ByteArray(SocketAddressCodec.SIZE)
    private var lastNameLength = 0

    /** How many `recvmmsg` and `sendmmsg` calls were made, and how many datagrams they moved; for tests and benchmarks. */
    var receiveCalls: Long = 0
        private set
    var datagramsReceived: Long = 0
        private set
    var sendCalls: Long = 0
        private set
    var datagramsSent: Long = 0
        private set

    init {
        val receiveVectorsAddress = NativeDatagramCalls.addressOf(receiveVectors)
        val receiveNamesAddress = NativeDatagramCalls.addressOf(receiveNames)
        val receiveDataAddress = NativeDatagramCalls.addressOf(receiveData)
        for (i in 0 until RECEIVE_BATCH) {
            receiveVectors.putLong(i * IOVEC, receiveDataAddress + i.toLong() * SLOT)
            receiveVectors.putLong(i * IOVEC + 8, SLOT.toLong())
            val h = i * MMSGHDR
            receiveHeaders.putLong(h + MSG_NAME, receiveNamesAddress + i.toLong() * SocketAddressCodec.SIZE)
            receiveHeaders.putLong(h + MSG_IOV, receiveVectorsAddress + i.toLong() * IOVEC)
            receiveHeaders.putLong(h + MSG_IOVLEN, 1)
        }
        val sendVectorsAddress = NativeDatagramCalls.addressOf(sendVectors)
        val sendNamesAddress = NativeDatagramCalls.addressOf(sendNames)
        for (i in 0 until SEND_BATCH) {
            val h = i * MMSGHDR
            sendHeaders.putLong(h + MSG_NAME, sendNamesAddress + i.toLong() * SocketAddressCodec.SIZE)
            sendHeaders.putLong(h + MSG_IOV, sendVectorsAddress + i.toLong() * IOVEC)
            sendHeaders.putLong(h + MSG_IOVLEN, 1)
        }
    }

    private fun direct(size: Int): ByteBuffer = ByteBuffer.allocateDirect(size).order(order)

    // ---- receiving ------------------------------------------------------------------------

    /**
     * Reads up to [max] (at most [RECEIVE_BATCH]) datagrams waiting on [fd] without blocking.
     *
     * @return how many, 0 if none was waiting, or -1 if the call failed otherwise
     */
    fun receive(fd: Int, max: Int): Int {
        val count = minOf(max, RECEIVE_BATCH)
        for (i in 0 until count) receiveHeaders.putInt(i * MMSGHDR + MSG_NAMELEN, SocketAddressCodec.SIZE)
        receiveCalls++
        val n = NativeDatagramCalls.recvmmsg(fd, receiveHeadersAddress, count, MSG_DONTWAIT)
        if (n > 0) datagramsReceived += n
        return if (n < 0) -1 else n
    }

    /** @return the length of datagram [i] of the last [receive] */
    fun receivedLength(i: Int): Int = receiveHeaders.getInt(i * MMSGHDR + MSG_LEN)

    /** Copies datagram [i] of the last [receive] into [into] from index 0. */
    fun copyReceived(i: Int, into: ByteArray, length: Int) {
        receiveData.get(i * SLOT, into, 0, length)
    }

    /**
     * The source of datagram [i] of the last [receive]: [previous] again if it is the same address
     * (no new objects for a run of datagrams from one peer), else a new one.
     */
    fun receivedSource(i: Int, previous: InetSocketAddress?): InetSocketAddress? {
        val at = i * SocketAddressCodec.SIZE
        if (previous != null && previousNameLength > 0 && SocketAddressCodec.sameAs(receiveNames, at, previousName, previousNameLength)) {
            return previous
        }
        val source = SocketAddressCodec.read(receiveNames, at) ?: return null
        previousNameLength = SocketAddressCodec.lengthOf(receiveNames.getShort(at).toInt())
        receiveNames.get(at, previousName, 0, previousNameLength)
        return source
    }

    private val previousName = ByteArray(SocketAddressCodec.SIZE)
    private var previousNameLength = 0

    // ---- sending --------------------------------------------------------------------------

    /**
     * Queues a datagram for [socket], flushing first what another socket queued or what no longer
     * leaves room. [failure] hears if it could not be sent after all.
     */
    fun queue(socket: UdpSocket, bytes: ByteArray, offset: Int, length: Int, target: InetSocketAddress, failure: SendFailure?) {
        if (queueOwner !== socket || queued == SEND_BATCH || sendUsed + length > SEND_AREA) flush()
        queueOwner = socket
        val i = queued
        if (target !== lastTarget || socket.family != lastTargetFamily) {
            lastNameLength = SocketAddressCodec.write(target, socket.family, lastName)
            lastTarget = target
            lastTargetFamily = socket.family
        }
        sendNames.put(i * SocketAddressCodec.SIZE, lastName, 0, lastNameLength)
        sendData.put(sendUsed, bytes, offset, length)
        sendVectors.putLong(i * IOVEC, sendDataAddress + sendUsed)
        sendVectors.putLong(i * IOVEC + 8, length.toLong())
        sendHeaders.putInt(i * MMSGHDR + MSG_NAMELEN, lastNameLength)
        sendTargets[i] = target
        sendFailures[i] = failure
        sendOffsets[i] = sendUsed
        sendLengths[i] = length
        sendUsed += length
        queued = i + 1
    }

    /**
     * Writes every queued datagram with as few `sendmmsg` calls as the kernel allows. A datagram
     * the call stops at goes through the socket's NIO path instead, which queues it if the send
     * buffer is full (and then every one after it, to keep their order) or reports its failure.
     */
    fun flush() {
        val socket = queueOwner ?: return
        val count = queued
        var i = 0
        try {
            while (i < count) {
                if (socket.backlogSize == 0) {
                    sendCalls++
                    val n = NativeDatagramCalls.sendmmsg(socket.fd, sendHeadersAddress + i.toLong() * MMSGHDR, count - i, MSG_DONTWAIT)
                    if (n > 0) {
                        datagramsSent += n
                        i += n
                        continue
                    }
                }
                val view = sendData.duplicate()
                view.limit(sendOffsets[i] + sendLengths[i]).position(sendOffsets[i])
                if (!socket.sendThroughChannel(view, sendTargets[i]!!)) sendFailures[i]?.sendFailed()
                i++
            }
        } finally {
            queued = 0
            sendUsed = 0
            queueOwner = null
            sendTargets.fill(null, 0, count)
            sendFailures.fill(null, 0, count)
        }
    }

    companion object {
        /** Datagrams one `recvmmsg` reads at most. */
        const val RECEIVE_BATCH: Int = 16

        /** Datagrams one `sendmmsg` writes at most. */
        const val SEND_BATCH: Int = 64

        /** A receive slot: the largest UDP payload, rounded up. */
        const val SLOT: Int = 65_536

        /** The send area: room for a turn's worth of small datagrams, and any one datagram. */
        const val SEND_AREA: Int = 256 * 1024

        private const val MMSGHDR = 64
        private const val IOVEC = 16
        private const val MSG_NAME = 0
        private const val MSG_NAMELEN = 8
        private const val MSG_IOV = 16
        private const val MSG_IOVLEN = 24
        private const val MSG_LEN = 56
        private const val MSG_DONTWAIT = 0x40
    }
}

/** Hears that a datagram queued for a batched send could not be sent after all. */
internal fun interface SendFailure {
    fun sendFailed()
}
