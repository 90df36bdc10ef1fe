package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.DropReason
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.PduType
import io.ksnmp.usm.RemoteEngine
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.UsmIncoming
import java.net.InetSocketAddress

/**
 * SNMPv3 discovery of one agent's engine ID, boots and time (RFC 3414 §4): a noAuthNoPriv probe
 * with an empty user, re-sent every refresh period while any request waits; the first Report
 * from the agent ends it for every waiting request at once. Each waiting request keeps its own
 * timeout; when the last one leaves, the discovery stops. Loop thread only.
 */
internal class Discovery(
    private val core: EngineCore,
    private val target: InetSocketAddress,
    private val socket: UdpSocket,
    private val refreshNanos: Long,
    private val checkSource: Boolean,
) : Runnable, V3Receiver {
    private val waiters = ArrayList<PendingRequest>(2)
    private val msgIds = ArrayList<Int>(2)
    private val timer = core.loop.timers.timer(this)
    private var finished = false

    fun join(request: PendingRequest) {
        waiters.add(request)
        if (msgIds.isEmpty()) send()
    }

    fun leave(request: PendingRequest) {
        waiters.remove(request)
        if (waiters.isEmpty()) finish()
    }

    private fun send() {
        // The next probe is due a refresh period after this one: the time read before it leaves,
        // as a request's is, so the schedule does not depend on how long the send took.
        val now = core.loop.nanoTime()
        val msgId = core.msgIds.allocate()
        msgIds.add(msgId)
        core.byMsgId[msgId] = this
        core.sendDiscoveryProbe(socket, target, msgId)
        timer.reschedule(now + refreshNanos)
    }

    /** Resend time: probe again while anyone waits. */
    override fun run() {
        if (finished) return
        if (waiters.isEmpty()) {
            finish()
        } else {
            core.counters.resendsValue++
            send()
        }
    }

    override fun onV3Message(bytes: ByteArray, length: Int, message: V3Message, source: InetSocketAddress, local: UdpSocket) {
        if (checkSource && source != target) {
            core.traceIn(bytes, length, source, local, message, null)
            core.drop(DropReason.WRONG_SOURCE, source, length)
            return
        }
        val result = core.usm.unsecureFromAuthoritative(bytes, 0, length, message, null, NO_USERS, core.nowMillis())
        if (result is UsmIncoming.Rejected) {
            core.traceIn(bytes, length, source, local, message, null)
            core.drop(DropReason.SECURITY_CHECK_FAILED, source, length, result.failure())
            return
        }
        val accepted = result as UsmIncoming.Accepted
        core.traceIn(bytes, length, source, local, message, accepted.scopedPdu())
        if (accepted.scopedPdu().pdu().type() != PduType.REPORT) {
            core.drop(DropReason.UNEXPECTED_PDU, source, length)
            return
        }
        val params = accepted.parameters()
        // USM has checked that an authoritative engine ID is 5..32 octets.
        val engine = RemoteEngine.discovered(params.engineId(), params.engineBoots(), params.engineTime(), core.nowMillis())
        core.remoteEngines[target] = engine
        core.remoteMaxSizes[target] = message.msgMaxSize()
        core.counters.discoveriesValue++
        if (core.events.listening) {
            core.events.emit(io.ksnmp.coroutines.SnmpEvent.DiscoveryCompleted.create(target, io.ksnmp.coroutines.RemoteEngineInfo(params.engineId(), params.engineBoots(), params.engineTime())))
        }
        val ready = ArrayList(waiters)
        waiters.clear()
        finish()
        for (request in ready) request.onDiscovered()
    }

    private fun finish() {
        if (finished) return
        finished = true
        timer.cancel()
        for (id in msgIds) {
            core.byMsgId.remove(id)
            core.msgIds.release(id)
        }
        msgIds.clear()
        core.discoveryEnded(target, this)
    }

    private companion object {
        val NO_USERS = UserLookup { _, _ -> null }
    }
}
