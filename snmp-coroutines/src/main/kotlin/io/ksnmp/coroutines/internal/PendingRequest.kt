package io.ksnmp.coroutines.internal

import io.ksnmp.SnmpException
import io.ksnmp.coroutines.DropReason
import io.ksnmp.errors.NotInTimeWindowException
import io.ksnmp.errors.ReportException
import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.LocalizedKeys
import io.ksnmp.usm.RemoteEngine
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UserLookup
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmIncoming
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import java.net.InetSocketAddress
import java.time.Duration

/**
 * One request from its call to its single outcome, on the event loop: address resolution,
 * SNMPv3 discovery and key localisation (each done elsewhere and waited for), sends and resends
 * every refresh period after the latest, and the timeout counted from the call.
 *
 * Every path ends in [succeed], [fail] or [cancel], each of which takes the request out of every
 * table of the engine at once; whichever comes first wins and the rest do nothing.
 */
internal class PendingRequest(
    private val core: EngineCore,
    val spec: RequestSpec,
    /** The SNMPv3 user; null for v1 and v2c. */
    private val user: UsmUser?,
    /** The SNMPv3 security level. */
    private val level: SecurityLevel,
    /** The PDU type as sent (a get-bulk to an SNMPv1 agent goes as get-next). */
    private val type: PduType,
    private val nonRepeaters: Int,
    private val maxRepetitions: Int,
    private val varBinds: VarBindList,
    startNanos: Long,
    private val completion: RequestCompletion,
    /** Whether get-next and get-bulk answers must increase (walks check that themselves). */
    private val checkOrder: Boolean = true,
    /**
     * [io.ksnmp.coroutines.SnmpManager.discover]: forget what is known of the agent's engine,
     * discover it again and, when the level authenticates, send the request as the time step;
     * completes with [EngineObjects.bindings] rather than the agent's answer.
     */
    private val discoveryOnly: Boolean = false,
) : Runnable, V3Receiver, UserLookup, KeyWaiter {
    /** Neighbours in the engine's list of live requests. */
    var previousLive: PendingRequest? = null
    var nextLive: PendingRequest? = null
    var linked: Boolean = false

    private var state = NEW
    private val timing = RequestTiming(startNanos, spec.timeoutNanos, spec.refreshNanos)
    private var timer: TimerQueue.Timer? = null
    private var requestId = 0
    private var sentPdu: Pdu? = null
    lateinit var target: InetSocketAddress
        private set
    private lateinit var socket: UdpSocket

    // SNMPv3
    private var msgIds: IntArray? = null
    private var msgIdCount = 0
    private var remote: RemoteEngine? = null
    private var remoteEngineId: ByteArray? = null
    private var contextEngineId: ByteArray? = null
    private var keys: LocalizedKeys? = null
    override var awaitedKeys: KeyRef? = null
    private var resynchronized = false
    private var rediscovered = false
    /** An unauthenticated Report, acted on at the next resend unless a real reply comes first. */
    private var pendingReport: ReportException? = null

    /** Starts the request; loop thread (or, once the engine is closed, anywhere). */
    fun start() {
        if (core.closed) {
            completion.fail(SnmpClosedException())
            return
        }
        core.link(this)
        timer = core.loop.timers.timer(this).also { it.reschedule(timing.deadline) }
        val address = spec.target.resolvedOrNull
        if (address == null) {
            state = RESOLVING
            core.resolve(spec.target) { outcome -> outcome.fold(onSuccess = { onResolved(it) }, onFailure = { fail(it) }) }
        } else {
            onResolved(address)
        }
    }

    fun onResolved(address: InetSocketAddress) {
        if (state == DONE) return
        target = address
        socket = try {
            core.transport.socketFor(address, spec.localAddress)
        } catch (e: Exception) {
            fail(e)
            return
        }
        requestId = core.requestIds.allocate()
        sentPdu = Pdu.of(type, requestId, nonRepeaters, maxRepetitions, varBinds)
        if (spec.version == SnmpVersion.V3) {
            if (discoveryOnly) {
                core.remoteEngines.remove(target)
                rediscovered = true // what is presumed of the engine (a preset) is not to be used either
            }
            advanceV3()
        } else {
            core.byRequestId[requestId] = this
            send()
        }
    }

    /** Moves an SNMPv3 request on: discovery, then keys, then the send. */
    private fun advanceV3() {
        var engine = core.remoteEngines[target]
        val preset = spec.remoteEngine
        if (engine == null && preset != null && !rediscovered) {
            // Given instead of discovered (Net-SNMP's -e/-Z); a wrong one draws unknownEngineID, and a discovery.
            engine = RemoteEngine.discovered(preset.engineIdUnsafe, preset.boots, preset.time, core.nowMillis())
            core.remoteEngines[target] = engine
        }
        if (engine == null) {
            state = DISCOVERING
            core.joinDiscovery(this, socket)
            return
        }
        if (engine !== remote) {
            remote = engine
            remoteEngineId = engine.engineId()
            // A notification's context is this engine's own (RFC 3413 §3.2); a request's is the agent's.
            contextEngineId = spec.contextEngineId ?: if (type == PduType.INFORM) core.local.engineId() else remoteEngineId
            keys = null
        }
        if (level.isAuth && keys == null) {
            val ready = core.keysOrNull(user!!, remoteEngineId!!)
            if (ready == null) {
                state = LOCALIZING
                core.localize(user, remoteEngineId!!, this)
                return
            }
            keys = ready
        }
        if (discoveryOnly && !level.isAuth) {
            // Nothing more to learn without authentication: the probe's report was the discovery.
            succeed(EngineObjects.bindings(engine, core.nowMillis()))
            return
        }
        send()
    }

    fun onDiscovered() {
        if (state != DISCOVERING) return
        state = NEW
        advanceV3()
    }

    override fun onKeys(keys: LocalizedKeys) {
        if (state != LOCALIZING) return
        state = NEW
        this.keys = keys
        send()
    }

    private fun send() {
        state = SENT
        val now = core.loop.nanoTime()
        val sent = if (spec.version == SnmpVersion.V3) {
            val engine = remote!!
            val msgId = core.msgIds.allocate()
            addMsgId(msgId)
            core.byMsgId[msgId] = this
            core.sendV3(
                socket, target, msgId, level, user!!, keys, remoteEngineId!!, engine.boots(), engine.estimatedTime(core.nowMillis()),
                contextEngineId!!, spec.contextName, sentPdu!!, spec.msgMaxSize,
            )
        } else {
            core.sendCommunity(socket, target, spec.version, spec.community, sentPdu!!, spec.msgMaxSize)
        }
        if (!sent) {
            // Larger than the agent accepts: the manager splits the request, or the caller learns it cannot fit.
            fail(TooBigException(0, varBinds))
            return
        }
        timing.onSent(now)
        core.loop.roundTrips.onSent(now)
        timer!!.reschedule(timing.nextEvent())
    }

    private fun addMsgId(msgId: Int) {
        var ids = msgIds
        if (ids == null) {
            ids = IntArray(4)
            msgIds = ids
        } else if (msgIdCount == ids.size) {
            ids = ids.copyOf(ids.size * 2)
            msgIds = ids
        }
        ids[msgIdCount++] = msgId
    }

    /** The timer: timeout, or a resend when one is due. */
    override fun run() {
        if (state == DONE) return
        val now = core.loop.nanoTime()
        if (timing.isExpired(now)) {
            val report = pendingReport
            if (report != null) {
                // No valid reply came, only a report that could not be authenticated: it is the
                // best explanation there is (Net-SNMP says the same), so it is the failure.
                fail(report)
                return
            }
            core.counters.timeoutsValue++
            fail(SnmpTimeoutException(spec.target.resolvedOrNull ?: InetSocketAddress.createUnresolved(spec.target.host, spec.target.port),
                Duration.ofNanos(spec.timeoutNanos), timing.sends), countAsFailure = false)
            return
        }
        if (state == SENT && timing.isResendDue(now)) {
            val report = pendingReport
            if (report != null) {
                actOnUnauthenticatedReport(report)
                return
            }
            core.counters.resendsValue++
            send()
            return
        }
        timer!!.reschedule(if (state == SENT) timing.nextEvent() else timing.deadline)
    }

    private fun actOnUnauthenticatedReport(report: ReportException) {
        pendingReport = null
        if (report.counterOrNull() == UsmStats.UNKNOWN_ENGINE_IDS && !rediscovered) {
            // The agent no longer knows the engine ID we have (it was replaced or reset): discover it again, once.
            rediscovered = true
            if (core.remoteEngines[target] === remote) core.remoteEngines.remove(target)
            remote = null
            releaseMsgIds()
            state = NEW
            advanceV3()
            return
        }
        fail(report)
    }

    fun onCommunityResponse(message: CommunityMessage, pdu: Pdu, source: InetSocketAddress, length: Int) {
        when {
            spec.checkSource && source != target -> core.drop(DropReason.WRONG_SOURCE, source, length)
            message.version() != spec.version -> core.drop(DropReason.WRONG_VERSION, source, length)
            !message.hasCommunity(spec.community) -> core.drop(DropReason.WRONG_COMMUNITY, source, length)
            else -> complete(pdu)
        }
    }

    override fun onV3Message(bytes: ByteArray, length: Int, message: V3Message, source: InetSocketAddress, local: UdpSocket) {
        if (spec.checkSource && source != target) {
            core.traceIn(bytes, length, source, local, message, null)
            core.drop(DropReason.WRONG_SOURCE, source, length)
            return
        }
        val result = core.usm.unsecureFromAuthoritative(bytes, 0, length, message, remote, this, core.nowMillis())
        if (result is UsmIncoming.Rejected) {
            core.traceIn(bytes, length, source, local, message, null)
            val params = result.parametersOrNull()
            val plain = message.scopedPduOrNull()
            if (result.failure() == UsmFailure.NOT_IN_TIME_WINDOW && params != null && plain?.pdu()?.type() == PduType.REPORT) {
                // Authentic (timeliness is checked after the MAC): the agent restarted or its clock moved.
                resynchronize(params.engineBoots(), params.engineTime())
            } else {
                core.drop(DropReason.SECURITY_CHECK_FAILED, source, length, result.failure())
            }
            return
        }
        val accepted = result as UsmIncoming.Accepted
        val scoped = accepted.scopedPdu()
        core.traceIn(bytes, length, source, local, message, scoped)
        val pdu = scoped.pdu()
        when (pdu.type()) {
            PduType.REPORT -> onReport(accepted, pdu)
            PduType.RESPONSE -> {
                val params = accepted.parameters()
                if (accepted.level() != level || !params.userName().contentEquals(user!!.name()) ||
                    !params.engineId().contentEquals(remoteEngineId) ||
                    !scoped.contextEngineId().contentEquals(contextEngineId) || !scoped.contextName().contentEquals(spec.contextName)
                ) {
                    core.drop(DropReason.WRONG_SECURITY_PARAMETERS, source, length)
                } else if (pdu.requestId() != requestId) {
                    core.drop(DropReason.UNKNOWN_REQUEST, source, length)
                } else {
                    complete(pdu)
                }
            }
            else -> core.drop(DropReason.UNEXPECTED_PDU, source, length)
        }
    }

    private fun onReport(accepted: UsmIncoming.Accepted, pdu: Pdu) {
        val names = pdu.varBinds()
        val counter = if (names.isEmpty()) null else UsmStats.fromReportOrNull(names.oid(0))
        if (core.events.listening) core.events.emit(io.ksnmp.coroutines.SnmpEvent.ReportReceived.create(target, counter, accepted.level().isAuth, type))
        if (accepted.level().isAuth) {
            if (counter == UsmStats.NOT_IN_TIME_WINDOWS) {
                resynchronize(accepted.parameters().engineBoots(), accepted.parameters().engineTime())
            } else {
                fail(ReportException.of(counter))
            }
        } else if (level == SecurityLevel.NO_AUTH_NO_PRIV) {
            // Nothing more authentic than this report can come for an unauthenticated request.
            fail(ReportException.of(counter))
        } else {
            // Could be forged: it fails the request only if no real reply comes before the next resend.
            pendingReport = ReportException.of(counter)
        }
    }

    private fun resynchronize(boots: Int, time: Int) {
        if (resynchronized) {
            fail(NotInTimeWindowException(true))
            return
        }
        resynchronized = true
        remote!!.resynchronize(boots, time, core.nowMillis())
        pendingReport = null
        core.counters.resendsValue++
        send()
    }

    /** Keys for the user this request names, localized to the engine it talks to; USM asks while checking a reply. */
    override fun findOrNull(engineId: ByteArray, userName: ByteArray): LocalizedKeys? {
        val k = keys ?: return null
        return if (userName.contentEquals(user!!.name()) && engineId.contentEquals(remoteEngineId)) k else null
    }

    private fun complete(pdu: Pdu) {
        // Only adaptive busy polling reads round trips: other loops skip the clock read.
        val loop = core.loop
        if (timing.sends == 1 && loop.busyPoll.adaptive) loop.roundTrips.onAnswered(loop.nanoTime() - timing.lastSend, loop.answeredWhilePolling)
        if (discoveryOnly) {
            // The authenticated answer has anchored the agent's time: that is the time step done.
            succeed(EngineObjects.bindings(remote!!, core.nowMillis()))
            return
        }
        val value = try {
            ResponseValidation.check(sentPdu!!, pdu, checkOrder)
        } catch (e: SnmpException) {
            fail(e)
            return
        }
        succeed(value)
    }

    private fun succeed(value: VarBindList) {
        if (!finish()) return
        core.counters.succeededValue++
        core.complete { completion.succeed(value) }
    }

    override fun onKeysFailed(error: Throwable): Unit = fail(error)

    fun fail(error: Throwable, countAsFailure: Boolean = true) {
        if (!finish()) return
        if (countAsFailure) core.counters.failedValue++
        core.complete { completion.fail(error) }
    }

    /** The caller gave up: leave every table, tell nobody. */
    fun cancel() {
        if (!finish()) return
        core.counters.cancelledValue++
    }

    /** Takes the request out of every table; false if it had already ended. */
    private fun finish(): Boolean {
        val previous = state
        if (previous == DONE) return false
        state = DONE
        timer?.cancel()
        if (previous == DISCOVERING) core.leaveDiscovery(this)
        if (previous == LOCALIZING) core.leaveLocalizing(this)
        if (requestId != 0) {
            if (spec.version != SnmpVersion.V3) core.byRequestId.remove(requestId)
            core.requestIds.release(requestId)
        }
        releaseMsgIds()
        core.unlink(this)
        return true
    }

    private fun releaseMsgIds() {
        val ids = msgIds ?: return
        for (i in 0 until msgIdCount) {
            core.byMsgId.remove(ids[i])
            core.msgIds.release(ids[i])
        }
        msgIdCount = 0
    }

    override fun toString(): String = "PendingRequest($type to ${spec.target}, state=$state, sends=${timing.sends})"

    private companion object {
        const val NEW = 0
        const val RESOLVING = 1
        const val DISCOVERING = 2
        const val LOCALIZING = 3
        const val SENT = 4
        const val DONE = 5
    }
}
