package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.notification.V2Notification
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.suspendCancellableCoroutine

/** `sysUpTime.0` and `snmpTrapOID.0` (RFC 3416 §4.2.6), then [rest]: an SNMPv2 notification's bindings. */
internal fun notificationVarBinds(upTime: TimeTicks, trapOid: Oid, rest: List<VarBind>): VarBindList =
    V2Notification(upTime, trapOid, VarBindList.copyOf(rest)).toVarBindList()

/**
 * Sends one trap through [manager]'s settings (with [options] over them) and returns once it is on
 * the wire: [v1] for an SNMPv1 Trap-PDU, else an SNMPv2-Trap-PDU of [varBinds].
 *
 * @throws IllegalArgumentException for SNMPv3 settings naming no known user
 */
internal suspend fun sendTrap(manager: SnmpManager, v1: TrapV1Pdu?, varBinds: VarBindList, options: RequestOptions?) {
    val trap = newTrap(manager, v1, varBinds, options)
    suspendCancellableCoroutine { continuation ->
        trap.completion = ContinuationCompletion(continuation)
        continuation.invokeOnCancellation { manager.engine.loop.execute { trap.cancel() } }
        manager.engine.loop.run { if (inLoop) trap.start() else execute { trap.start() } }
    }
}

/**
 * An [OutgoingTrap] for [manager]'s settings with [options] over them.
 *
 * @throws IllegalArgumentException for SNMPv3 settings naming no known user
 * @throws io.ksnmp.notification.UntranslatableNotificationException if the trap has no form in the
 *     settings' version (RFC 3584 §3.2: a Counter64 binding has no SNMPv1 form)
 */
internal fun newTrap(manager: SnmpManager, v1: TrapV1Pdu?, varBinds: VarBindList, options: RequestOptions?): OutgoingTrap {
    val s = manager.spec.with(options)
    val (user, level) = manager.securityOf(s)
    // RFC 3584 §3: a trap given in one form goes in the other when the settings' version asks for it.
    val trapV1 = if (s.version != SnmpVersion.V1) null else v1 ?: V2Notification.parse(varBinds).toTrapV1()
    val trapV2 = if (s.version == SnmpVersion.V1 || v1 == null) varBinds else V2Notification.fromTrapV1(v1).toVarBindList()
    return OutgoingTrap(manager.engine.core, s, user, level, trapV1, trapV2)
}
