package io.ksnmp.cli

import io.kotest.assertions.fail
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import java.util.concurrent.atomic.AtomicInteger

/** One notification as `ksnmp trapd` printed it: the header line and its binding lines (indent removed). */
data class Printed(val header: String, val varBinds: List<String>)

/** The notifications in `ksnmp trapd`'s text output, in order. */
fun printedNotifications(stdout: String): List<Printed> {
    val result = ArrayList<Printed>()
    for (line in stdout.lines().filter { it.isNotEmpty() }) {
        if (line.startsWith("  ")) {
            val last = result.removeLastOrNull() ?: fail("a binding before any header: $line")
            result += last.copy(varBinds = last.varBinds + line.removePrefix("  "))
        } else {
            result += Printed(line, emptyList())
        }
    }
    return result
}

/** The one printed notification carrying [mark]; fails if none or several do. */
fun List<Printed>.carrying(mark: VarBind): Printed {
    val found = filter { mark.toString() in it.varBinds }
    return found.singleOrNull() ?: fail("${found.size} notifications carry $mark:\n${joinToString("\n")}")
}

/** Bindings and the words that send them, for the notification tests. */
object Sent {
    private val serial = AtomicInteger()
    const val MARK_OID: String = ".1.3.6.1.4.1.8072.9999.3.0"
    const val LINK_DOWN: String = ".1.3.6.1.6.3.1.1.5.3"
    const val IF_INDEX_7: String = ".1.3.6.1.2.1.2.2.1.1.7"

    /** A binding no other notification of the run carries, with its `OID TYPE VALUE` words. */
    fun mark(what: String): Pair<VarBind, List<String>> {
        val text = "$what #${serial.incrementAndGet()}"
        return VarBind.of(Oid.parse(MARK_OID), OctetString.of(text)) to listOf(MARK_OID, "s", text)
    }

    val ifIndex7: VarBind = VarBind.of(Oid.parse(IF_INDEX_7), Integer32.of(7))
    val ifIndex7Words: List<String> = listOf(IF_INDEX_7, "i", "7")

    /** `sysUpTime.0`, `snmpTrapOID.0`, then [rest], in Net-SNMP's `-On` form. */
    fun v2(upTime: Long, trapOid: String, vararg rest: VarBind): List<String> = (
        listOf(
            VarBind.of(Oid.parse("1.3.6.1.2.1.1.3.0"), TimeTicks.of(upTime)),
            VarBind.of(Oid.parse("1.3.6.1.6.3.1.1.4.1.0"), ObjectIdentifier.of(Oid.parse(trapOid))),
        ) + rest
        ).map { it.toString() }

    /**
     * An SNMPv1 trap as RFC 3584 §3.1 turns it into the SNMPv2 form: snmpTrapOID.0 is [trapOid]
     * (snmpTraps.(generic + 1), or enterprise.0.specific), snmpTrapAddress.0 and snmpTrapEnterprise.0 come last.
     */
    fun v1(upTime: Long, trapOid: String, enterprise: String, agent: String, vararg rest: VarBind): List<String> =
        v2(upTime, trapOid, *rest) + listOf(
            VarBind.of(Oid.parse("1.3.6.1.6.3.18.1.3.0"), IpAddress.parse(agent)).toString(),
            VarBind.of(Oid.parse("1.3.6.1.6.3.1.1.4.3.0"), ObjectIdentifier.of(Oid.parse(enterprise))).toString(),
        )

    fun hex(id: ByteArray): String = "0x" + id.joinToString("") { "%02X".format(it) }
}
