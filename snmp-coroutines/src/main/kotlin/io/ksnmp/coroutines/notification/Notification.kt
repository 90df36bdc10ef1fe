package io.ksnmp.coroutines.notification

import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.SecurityLevel
import java.net.InetSocketAddress
import java.util.HexFormat

/**
 * A trap or inform as a [NotificationReceiver] received it, in the SNMPv2 form for every version
 * (an SNMPv1 trap translated as RFC 3584 §3.1 says, its own fields kept in [v1TrapOrNull]).
 *
 * ```
 * receiver.notifications.collect { n ->
 *     println("${n.source} ${n.version} ${n.trapOid}: ${n.varBinds}")
 * }
 * ```
 *
 * [toString] shows the sender, version, security name and bindings, never the community.
 *
 * @property version the message's SNMP version
 * @property source the sender's address and port
 * @property isInform whether it was an InformRequest (already acknowledged when delivered)
 * @property requestId the PDU's request-id (0 for an SNMPv1 trap, which has none)
 * @property upTime `sysUpTime.0`: the sender's uptime when it sent the notification
 * @property trapOid `snmpTrapOID.0`: which notification this is
 * @property varBinds the bindings after `sysUpTime.0` and `snmpTrapOID.0`
 * @property v1TrapOrNull the SNMPv1 Trap-PDU as received, for an SNMPv1 trap
 * @property userNameOrNull the SNMPv3 user name, as text
 * @property securityLevel the SNMPv3 security level (noAuthNoPriv for v1 and v2c)
 * @property contextNameOrNull the SNMPv3 context name, as text
 */
public class Notification private constructor(
    public val version: SnmpVersion,
    public val source: InetSocketAddress,
    public val isInform: Boolean,
    public val requestId: Int,
    public val upTime: TimeTicks,
    public val trapOid: Oid,
    public val varBinds: VarBindList,
    public val v1TrapOrNull: TrapV1Pdu?,
    private val communityBytes: ByteArray?,
    public val userNameOrNull: String?,
    public val securityLevel: SecurityLevel,
    private val engineIdBytes: ByteArray?,
    private val contextEngineIdBytes: ByteArray?,
    public val contextNameOrNull: String?,
) {
    /**
     * @return the community (v1, v2c) as text, or null for SNMPv3. It is a credential: the
     *     receiver accepted it, and [toString] never shows it.
     */
    public val communityOrNull: String? get() = communityBytes?.toString(Charsets.UTF_8)

    /**
     * @return a copy of the sender's snmpEngineID (SNMPv3): the authoritative engine of a trap, the
     *     context engine of an inform (RFC 3413 §3.2: a notification's context is its originator's)
     */
    public val engineIdOrNull: ByteArray? get() = engineIdBytes?.clone()

    /** @return a copy of the SNMPv3 contextEngineID */
    public val contextEngineIdOrNull: ByteArray? get() = contextEngineIdBytes?.clone()

    /** @return all bindings in the SNMPv2 form: `sysUpTime.0`, `snmpTrapOID.0`, then [varBinds] */
    public fun allVarBinds(): VarBindList = io.ksnmp.coroutines.internal.notificationVarBinds(upTime, trapOid, varBinds)

    override fun toString(): String = buildString {
        append(if (isInform) "inform" else "trap").append(" from ").append(source).append(' ').append(version)
        if (userNameOrNull != null) {
            append(" user ").append(userNameOrNull).append(' ').append(securityLevel)
            engineIdBytes?.let { append(" engine ").append(HexFormat.of().formatHex(it)) }
        }
        append(' ').append(trapOid.toDottedString()).append(" up ").append(upTime.value())
        append(": ").append(varBinds)
    }

    internal companion object {
        @JvmSynthetic internal fun create(
            version: SnmpVersion,
            source: InetSocketAddress,
            isInform: Boolean,
            requestId: Int,
            upTime: TimeTicks,
            trapOid: Oid,
            varBinds: VarBindList,
            v1TrapOrNull: TrapV1Pdu?,
            communityBytes: ByteArray?,
            userNameOrNull: String?,
            securityLevel: SecurityLevel,
            engineIdBytes: ByteArray?,
            contextEngineIdBytes: ByteArray?,
            contextNameOrNull: String?,
        ): Notification = Notification(
            version, source, isInform, requestId, upTime, trapOid, varBinds, v1TrapOrNull, communityBytes, userNameOrNull, securityLevel, engineIdBytes, contextEngineIdBytes, contextNameOrNull,
        )
    }
}
