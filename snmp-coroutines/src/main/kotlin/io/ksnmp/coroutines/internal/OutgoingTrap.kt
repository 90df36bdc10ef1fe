package io.ksnmp.coroutines.internal

import io.ksnmp.errors.SnmpClosedException
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.LocalizedKeys
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser
import java.net.InetSocketAddress

/**
 * One trap from its call until it is on the wire, on the event loop: the target's address is
 * resolved (off the loop) if it is a host name, an SNMPv3 user's keys are localized to this
 * engine's own engine ID (off the loop, once per user), then the trap is sent once. A trap is
 * never answered, so nothing waits for a reply and nothing is resent.
 *
 * SNMPv3 traps name this engine as the authoritative engine, with its own boots and time
 * (RFC 3414 §1.5.2), and are not reportable.
 */
internal class OutgoingTrap(
    private val core: EngineCore,
    private val spec: RequestSpec,
    /** The SNMPv3 user; null for v1 and v2c. */
    private val user: UsmUser?,
    private val level: SecurityLevel,
    /** The SNMPv1 Trap-PDU, for a v1 trap. */
    private val v1: TrapV1Pdu?,
    /** The bindings of an SNMPv2-Trap-PDU (v2c, v3), `sysUpTime.0` and `snmpTrapOID.0` first; ignored for v1. */
    private val varBinds: VarBindList,
) : KeyWaiter {
    /** Where the outcome goes; set before [start]. */
    lateinit var completion: RequestCompletion
    override var awaitedKeys: KeyRef? = null
    private var done = false
    private lateinit var target: InetSocketAddress

    /** Loop thread (or anywhere once the engine is closed). */
    fun start() {
        if (core.closed) return finish(SnmpClosedException())
        val address = spec.target.resolvedOrNull
        if (address != null) return onResolved(address)
        core.resolve(spec.target) { outcome -> outcome.fold(onSuccess = { onResolved(it) }, onFailure = { finish(it) }) }
    }

    private fun onResolved(address: InetSocketAddress) {
        if (done) return
        if (core.closed) return finish(SnmpClosedException())
        target = address
        if (spec.version != SnmpVersion.V3 || !level.isAuth) return send(null)
        val keys = core.keysOrNull(user!!, core.local.engineId())
        if (keys != null) return send(keys)
        core.localize(user, core.local.engineId(), this)
    }

    override fun onKeys(keys: LocalizedKeys) {
        if (done) return
        if (core.closed) return finish(SnmpClosedException())
        send(keys)
    }

    override fun onKeysFailed(error: Throwable) = finish(error)

    private fun send(keys: LocalizedKeys?) {
        val socket = try {
            core.transport.socketFor(target, spec.localAddress)
        } catch (e: Exception) {
            return finish(e)
        }
        val sent = when {
            spec.version == SnmpVersion.V1 -> core.sendCommunity(socket, target, spec.version, spec.community, v1!!)
            spec.version == SnmpVersion.V2C -> core.sendCommunity(socket, target, spec.version, spec.community, Pdu.trapV2(freshId(core.requestIds), varBinds))
            else -> {
                val local = core.local
                val engineId = local.engineId()
                core.sendV3(
                    socket, target, freshId(core.msgIds), level, user!!, keys, engineId, local.boots(),
                    local.engineTime(core.nowMillis()), spec.contextEngineId ?: engineId, spec.contextName,
                    Pdu.trapV2(freshId(core.requestIds), varBinds),
                )
            }
        }
        if (!sent) return finish(TooBigException(0, v1?.varBinds() ?: varBinds))
        core.counters.trapsSentValue++
        finish(null)
    }

    /** The caller gave up before the trap went: it will not go. */
    fun cancel() {
        if (done) return
        done = true
        core.leaveLocalizing(this)
    }

    private fun finish(error: Throwable?) {
        if (done) return
        done = true
        core.complete { if (error == null) completion.succeed(VarBindList.empty()) else completion.fail(error) }
    }

    /** An id no live request holds, given back at once: nothing will answer a trap. */
    private fun freshId(ids: IdAllocator): Int = ids.allocate().also { ids.release(it) }

    override fun toString(): String = "OutgoingTrap(${spec.version} to ${spec.target})"
}
