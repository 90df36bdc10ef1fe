package io.ksnmp.cli

import io.ksnmp.coroutines.PacketTraceListener
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import java.net.Inet4Address
import java.net.InetAddress
import java.net.NetworkInterface
import java.net.SocketException
import java.net.UnknownHostException
import java.nio.file.Path

/**
 * `ksnmp trap` and `ksnmp inform`, with `snmptrap`'s and `snmpinform`'s operands after the
 * receiver's address (port 162 unless given):
 *
 * ```
 * ksnmp trap   -v2c -c public   RECEIVER UPTIME TRAP-OID [OID TYPE VALUE]...
 * ksnmp inform -v3 -u ops …     RECEIVER UPTIME TRAP-OID [OID TYPE VALUE]...
 * ksnmp trap   -v1 -c public    RECEIVER ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]...
 * ```
 *
 * An empty UPTIME (`''`) is the tool's own uptime, as [SnmpEngine.upTime] counts it: hundredths
 * of a second since the tool started (snmptrap sends the host's uptime). As snmptrap does, an
 * empty ENTERPRISE is `.1.3.6.1.4.1.3.1.1` and an empty AGENT-ADDR the first IPv4 address of this
 * host's first interface that is up and not a loopback (0.0.0.0 if none); an AGENT-ADDR that is a
 * name is looked up for its IPv4 address. The bindings are `ksnmp set`'s triples.
 *
 * A trap is sent once and the command exits 0 when it is on the wire, printing nothing, as snmptrap.
 * An inform (or `trap -Ci`, as snmptrap's) waits for the acknowledgement with `-t`/`-r`'s schedule:
 * exit 0 when it came, 3 when it did not, 1 for an error-status or a USM report, printing nothing
 * on success, as snmpinform.
 *
 * SNMPv3: a trap is sent with this tool's engine as the authoritative one (RFC 3414 §1.5.2):
 * `-e ENGINEID` names it (as snmptrap's `-e`), else `--state-file`'s, else a new random one per
 * run; the receiver must know the user for that engine ID. The engine's boots are 1 and its time
 * starts at 0 on every run unless `--state-file F` keeps them: a receiver that heard this engine
 * ID before drops traps whose boots and time went back beyond its 150-second window, so give a
 * state file to send SNMPv3 traps with one `-e` from run to run. An inform discovers the
 * receiver's engine ID, boots and time, as a get does, unless `-e` names the receiver's engine ID
 * (and `-Z` its boots and time), as snmpinform's `-e` does.
 */
internal class NotifyCommands(
    private val command: String,
    private val args: Arguments,
    /** `-d`'s dump, if asked for. */
    private val packetTrace: PacketTraceListener? = null,
) {
    /** The receiver, the version and the security options, from [operands]'s first word. */
    fun target(operands: List<String>): Target {
        if (operands.isEmpty()) throw UsageException("$command needs the receiver's address, e.g. 127.0.0.1:162")
        // A trap's -e is its sender's own engine ID; an inform's is the receiver's, which is authoritative (no discovery).
        val target = Target(AgentAddress.parse(operands[0], RECEIVER_PORT), args, ownEngineId = !inform)
        if (args.has("e") && target.version != SnmpVersion.V3) {
            throw UsageException("-e is an SNMPv3 engine ID; -v ${NotificationOutput.versionNumber(target.version)} has none")
        }
        if (inform && target.version == SnmpVersion.V1) throw UsageException("SNMPv1 has no inform: use -v2c or -v3")
        return target
    }

    private val inform: Boolean get() = command == "inform" || args.has("Ci")

    /** Sends the notification to [target]; [operands] are the words after the receiver's address. */
    suspend fun run(target: Target, operands: List<String>) {
        // Read everything before the engine starts, so that a bad command line costs no socket.
        val v1 = if (target.version == SnmpVersion.V1) V1Operands.parse(operands) else null
        val v2 = if (v1 == null) V2Operands.parse(operands) else null
        SnmpEngine(
            defaultVersion = target.version,
            engineId = if (inform) null else args.value("e")?.let { Hex.engineId(it, "-e") },
            stateFile = args.value("state-file")?.let { Path.of(it) },
            packetTrace = packetTrace,
            batchedIo = false, // one datagram or two: the plain path starts faster
        ).use { engine ->
            val manager = target.manager(engine)
            when {
                v1 != null -> manager.trap(v1.pdu(engine))
                inform -> manager.inform(v2!!.trapOid, v2.varBinds, v2.upTime)
                else -> manager.trap(v2!!.trapOid, v2.varBinds, v2.upTime)
            }
        }
    }

    /** `UPTIME TRAP-OID [OID TYPE VALUE]...`; a null [upTime] is the engine's. */
    private class V2Operands(val upTime: TimeTicks?, val trapOid: Oid, val varBinds: List<VarBind>) {
        companion object {
            fun parse(operands: List<String>): V2Operands {
                if (operands.size < 2) throw UsageException("an SNMPv2c or SNMPv3 notification takes UPTIME TRAP-OID [OID TYPE VALUE]... after the receiver ('' for UPTIME: the tool's own)")
                return V2Operands(upTime(operands[0]), Oids.parse(operands[1]), SetValues.triples(operands.drop(2)))
            }
        }
    }

    /** `ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]...`. */
    private class V1Operands(
        val enterprise: Oid,
        val agentAddress: IpAddress,
        val generic: Int,
        val specific: Int,
        val upTime: TimeTicks?,
        val varBinds: List<VarBind>,
    ) {
        fun pdu(engine: SnmpEngine): TrapV1Pdu =
            TrapV1Pdu(enterprise, agentAddress, generic, specific, upTime ?: engine.upTime(), VarBindList.copyOf(varBinds))

        companion object {
            fun parse(operands: List<String>): V1Operands {
                if (operands.size < 5) throw UsageException("an SNMPv1 trap takes ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]... after the receiver")
                val (enterprise, agent, generic, specific, upTime) = operands.subList(0, 5)
                return V1Operands(
                    if (enterprise.isEmpty()) DEFAULT_ENTERPRISE else Oids.parse(enterprise),
                    if (agent.isEmpty()) localAddress() else agentAddress(agent),
                    generic.toIntOrNull()?.takeIf { it in TrapV1Pdu.COLD_START..TrapV1Pdu.ENTERPRISE_SPECIFIC }
                        ?: throw UsageException("GENERIC takes 0 (coldStart) to 6 (enterpriseSpecific), not '$generic'"),
                    specific.toIntOrNull()?.takeIf { it >= 0 } ?: throw UsageException("SPECIFIC takes 0 to 2147483647, not '$specific'"),
                    upTime(upTime),
                    SetValues.triples(operands.drop(5)),
                )
            }
        }
    }

    companion object {
        /** Where notifications go unless the address names a port (RFC 3417). */
        const val RECEIVER_PORT: Int = 162

        /** snmptrap's enterprise for an empty ENTERPRISE: enterprises.3.1.1 (CMU's). */
        val DEFAULT_ENTERPRISE: Oid = Oid.parse("1.3.6.1.4.1.3.1.1")

        /** Hundredths of a second, or null for `''`: the engine's own uptime. */
        fun upTime(text: String): TimeTicks? {
            if (text.isEmpty()) return null
            val ticks = text.toLongOrNull()?.takeIf { it in 0..0xFFFF_FFFFL }
                ?: throw UsageException("UPTIME takes hundredths of a second (0 to 4294967295), or '' for the tool's own uptime, not '$text'")
            return TimeTicks.of(ticks)
        }

        /** AGENT-ADDR: an IPv4 address, or a name looked up for one. */
        fun agentAddress(text: String): IpAddress {
            try {
                return IpAddress.parse(text)
            } catch (e: IllegalArgumentException) {
                // not dotted: a host name
            }
            val address = try {
                InetAddress.getAllByName(text).firstNotNullOfOrNull { it as? Inet4Address }
            } catch (e: UnknownHostException) {
                null
            }
            return address?.let { IpAddress.of(it) } ?: throw UsageException("AGENT-ADDR '$text' is neither an IPv4 address nor a host name with one")
        }

        /** What snmptrap's get_myaddr() gives: the first IPv4 address of the first interface that is up and not a loopback, else 0.0.0.0. */
        fun localAddress(): IpAddress {
            val interfaces = try {
                NetworkInterface.networkInterfaces().toList()
            } catch (e: SocketException) {
                emptyList()
            }
            val address = interfaces.sortedBy { it.index }.asSequence()
                .filter { runCatching { it.isUp && !it.isLoopback }.getOrDefault(false) }
                .flatMap { it.inetAddresses.asSequence() }
                .firstOrNull { it is Inet4Address && !it.isLoopbackAddress }
            return IpAddress.of(address?.address ?: ByteArray(4))
        }
    }
}
