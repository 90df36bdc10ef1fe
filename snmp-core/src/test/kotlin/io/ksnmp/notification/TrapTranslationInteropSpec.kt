package io.ksnmp.notification

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import io.ksnmp.testing.NetSnmpTools
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.kotest.assertions.fail
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.RandomSource
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import kotlin.io.path.createTempDirectory
import kotlin.io.path.exists
import kotlin.io.path.readText
import kotlin.io.path.writeText

/**
 * Net-SNMP's `snmptrapd` translates each SNMPv1 trap it receives to the SNMPv2 form before it
 * hands it to a `traphandle` program (RFC 3584 §3.1, as a proxy: with snmpTrapAddress.0,
 * snmpTrapCommunity.0 and snmpTrapEnterprise.0). Our traps, its translation, and ours agree.
 */
class TrapTranslationInteropSpec : FunSpec({
    withNetSnmpTools("snmptrapd") {
        test("snmptrapd gives every SNMPv1 trap the SNMPv2 form V2Notification.fromTrapV1 gives it") {
            // Net-SNMP leaves snmpTrapAddress.0 out for agent-addr 0.0.0.0, and cannot put SNMPv2
            // exception values in an SNMPv1 message; those cases are left out here.
            val random = NotificationGenerators.translatableTrapV1.samples(RandomSource.seeded(3584L)).map { it.value }
                .filter { t -> t.agentAddress().toInt() != 0 && t.varBinds().none { it.value.isException || it.value is Opaque } }
                .take(40).toList()
            random.size shouldBe 40
            val fixed = (0..6).map { g ->
                TrapV1Pdu(Oid.parse("1.3.6.1.4.1.8072.2.3"), IpAddress.parse("192.0.2.10"), g, if (g == 6) 17 else 0,
                    TimeTicks.of(12_345), VarBindList.empty())
            }
            val traps = fixed + random
            val dir = createTempDirectory("ksnmp-snmptrapd-")
            val out = dir.resolve("traps.txt")
            dir.resolve("handler.sh").writeText("{ cat; echo '=== end'; } >> '$out'\n")
            dir.resolve("snmptrapd.conf").writeText("authCommunity log,execute public\ntraphandle default /bin/sh ${dir.resolve("handler.sh")}\n")
            val port = Snmpd.freeUdpPort()
            val args = listOf("-f", "-C", "-c", "${dir.resolve("snmptrapd.conf")}", "-On", "-Lf", "${dir.resolve("snmptrapd.log")}", "udp:127.0.0.1:$port")
            NetSnmpTools.start("snmptrapd", args, dir).use { trapd ->
                val log = dir.resolve("snmptrapd.log")
                awaitUntil("snmptrapd to start: ${trapd.stderr()}") { log.exists() && "NET-SNMP version" in log.readText() }
                DatagramSocket().use { socket ->
                    for (trap in traps) {
                        val bytes = MessageCodec.encode(CommunityMessage.of(SnmpVersion.V1, "public", trap))
                        socket.send(DatagramPacket(bytes, bytes.size, InetAddress.getByName("127.0.0.1"), port))
                    }
                }
                awaitUntil("${traps.size} traps handled: ${if (out.exists()) out.readText() else ""}") {
                    out.exists() && out.readText().lines().count { it == "=== end" } == traps.size
                }
                val handled = out.readText().split("=== end\n").filter { it.isNotBlank() }.map(::bindings)
                for ((trap, lines) in traps.zip(handled)) {
                    val ours = V2Notification.fromTrapV1(trap, OctetString.of("public")).toVarBindList()
                    withClue("$trap\nsnmptrapd handed over: $lines") {
                        lines.map { it.first } shouldBe ours.oids().map { it.toDottedString() }
                        val theirs = lines.toMap()
                        for (name in listOf(NotificationOids.SNMP_TRAP_OID_0) + NotificationGenerators.appendedNames) {
                            theirs[name.toDottedString()] shouldBe netSnmpText(ours.value(ours.oids().indexOf(name)))
                        }
                    }
                }
            }
        }
    }
})

/** The `name value` lines of one traphandle input (after the host and transport lines); a value's continuation lines are dropped. */
private fun bindings(block: String): List<Pair<String, String>> =
    block.lines().drop(2).filter { Regex("^\\.[0-9.]+ ").containsMatchIn(it) }.map { it.substringBefore(' ') to it.substringAfter(' ') }

/** How snmptrapd prints the values RFC 3584 adds. */
private fun netSnmpText(v: Variable): String = when (v) {
    is ObjectIdentifier -> v.oid().toDottedString()
    is IpAddress -> v.toDottedString()
    is OctetString -> "\"${v.asUtf8()}\""
    else -> error("not a value RFC 3584 adds: $v")
}

/** Waits until [condition] holds; fails naming [what] only after [Patience]'s minutes (a hung snmptrapd, not a slow one). */
private fun awaitUntil(what: String, condition: () -> Boolean) {
    if (!Patience.until(condition)) fail("gave up waiting for $what")
}
