package io.ksnmp.cli

import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.message.SnmpVersion
import java.io.PrintStream

/**
 * How `ksnmp trapd` prints each notification it receives: a line naming it and its sender,
 * version and security, then its bindings in the SNMPv2 form (`sysUpTime.0`, `snmpTrapOID.0`,
 * the rest; an SNMPv1 trap translated as RFC 3584 §3.1 says) in the tool's `-On` form, indented:
 *
 * ```
 * trap from 192.0.2.7:49152: SNMPv2c, community public
 *   .1.3.6.1.2.1.1.3.0 = Timeticks: (4321) 0:00:43.21
 *   .1.3.6.1.6.3.1.1.4.1.0 = OID: .1.3.6.1.6.3.1.1.5.3
 *   .1.3.6.1.2.1.2.2.1.1.7 = INTEGER: 7
 * inform from [2001:db8::7]:49153: SNMPv3, user ops, authPriv, engine ID 0x80001F88040102030405
 *   …
 * ```
 * Or (`--json`) one JSON object a line, see [Json].
 */
internal sealed class NotificationOutput(protected val out: PrintStream) {
    /** Prints [notification] and flushes, so that a pipe sees each one as it arrives. */
    abstract fun write(notification: Notification)

    class Text(out: PrintStream) : NotificationOutput(out) {
        override fun write(notification: Notification) {
            out.println(header(notification))
            for (vb in notification.allVarBinds()) out.println("  $vb")
            out.flush()
        }
    }

    /**
     * `{"type":"trap","version":"2c","source":"192.0.2.7:49152","community":"public","upTime":4321,
     * "trapOid":".1.3.6.1.6.3.1.1.5.3","varBinds":[…]}`; SNMPv3 has `user`, `securityLevel`,
     * `engineId` and `context` instead of `community`, an inform its `requestId`, an SNMPv1 trap its
     * fields under `v1`. `varBinds` are all of them, as the text form lists them.
     */
    class JsonLines(out: PrintStream) : NotificationOutput(out) {
        override fun write(notification: Notification) {
            out.println(json(notification))
            out.flush()
        }
    }

    companion object {
        fun of(args: Arguments, out: PrintStream): NotificationOutput = if (args.has("json")) JsonLines(out) else Text(out)

        /** `trap from 192.0.2.7:49152: SNMPv2c, community public`, `inform from [::1]:49153: SNMPv3, user ops, authPriv, engine ID 0x…`. */
        fun header(n: Notification): String = buildString {
            append(if (n.isInform) "inform" else "trap").append(" from ").append(AgentAddress.of(n.source)).append(": ")
            append(versionName(n.version))
            n.communityOrNull?.let { append(", community ").append(it) }
            n.userNameOrNull?.let { append(", user ").append(it).append(", ").append(n.securityLevel) }
            n.engineIdOrNull?.let { append(", engine ID ").append(Hex.format(it)) }
            n.contextNameOrNull?.takeIf { it.isNotEmpty() }?.let { append(", context ").append(it) }
        }

        fun json(n: Notification): String = buildString {
            append("{\"type\":").append(Json.string(if (n.isInform) "inform" else "trap"))
            append(",\"version\":").append(Json.string(versionNumber(n.version)))
            append(",\"source\":").append(Json.string(AgentAddress.of(n.source).toString()))
            n.communityOrNull?.let { append(",\"community\":").append(Json.string(it)) }
            n.userNameOrNull?.let {
                append(",\"user\":").append(Json.string(it))
                append(",\"securityLevel\":").append(Json.string(n.securityLevel.toString()))
            }
            n.engineIdOrNull?.let { append(",\"engineId\":").append(Json.string(Hex.format(it))) }
            n.contextNameOrNull?.let { append(",\"context\":").append(Json.string(it)) }
            if (n.isInform) append(",\"requestId\":").append(n.requestId)
            n.v1TrapOrNull?.let { v1 ->
                append(",\"v1\":{\"enterprise\":").append(Json.string(v1.enterprise().toDottedString()))
                append(",\"agentAddress\":").append(Json.string(v1.agentAddress().toDottedString()))
                append(",\"genericTrap\":").append(v1.genericTrap())
                append(",\"specificTrap\":").append(v1.specificTrap())
                append(",\"timeStamp\":").append(v1.timeStamp().value()).append('}')
            }
            append(",\"upTime\":").append(n.upTime.value())
            append(",\"trapOid\":").append(Json.string(n.trapOid.toDottedString()))
            append(",\"varBinds\":[").append(n.allVarBinds().joinToString(",") { Json.varBind(it) }).append("]}")
        }

        private fun versionName(version: SnmpVersion): String = "SNMPv" + versionNumber(version)

        /** As `-v` takes it: `1`, `2c`, `3`. */
        fun versionNumber(version: SnmpVersion): String = when (version) {
            SnmpVersion.V1 -> "1"
            SnmpVersion.V2C -> "2c"
            SnmpVersion.V3 -> "3"
        }
    }
}
