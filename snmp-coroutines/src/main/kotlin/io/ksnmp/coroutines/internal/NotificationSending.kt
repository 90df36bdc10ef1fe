package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.suspendCancellableCoroutine

/** `sysUpTime.0` and `snmpTrapOID.0` (RFC 3416 §4.2.6), then [rest]: an SNMPv2 notification's bindings. */
internal fun notificationVarBinds(upTime: TimeTicks, trapOid: Oid, rest: List<VarBind>): VarBindList {
    val all = ArrayList<VarBind>(rest.size + 2)
    all.add(VarBind.of(SYS_UP_TIME_0, upTime))
    all.add(VarBind.of(SNMP_TRAP_OID_0, ObjectIdentifier.of(trapOid)))
    all.addAll(rest)
    return VarBindList.copyOf(all)
}

internal val SYS_UP_TIME_0: Oid = Oid.parse("1.3.6.1.2.1.1.3.0")
internal val SNMP_TRAP_OID_0: Oid = Oid.parse("1.3.6.1.6.3.1.1.4.1.0")

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
 * @throws IllegalArgumentException for a v1 trap with v2c/v3 settings or the other way round, or
 *     SNMPv3 settings naming no known user
 */
internal fun newTrap(manager: SnmpManager, v1: TrapV1Pdu?, varBinds: VarBindList, options: RequestOptions?): OutgoingTrap {
    val s = manager.spec.with(options)
    require((v1 != null) == (s.version == SnmpVersion.V1)) { "an SNMPv1 trap goes with SNMPv1 settings only" }
    val (user, level) = manager.securityOf(s)
    return OutgoingTrap(manager.engine.core, s, user, level, v1, varBinds)
}
