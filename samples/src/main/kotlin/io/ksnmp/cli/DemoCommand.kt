package io.ksnmp.cli

import io.ksnmp.coroutines.PacketDirection
import io.ksnmp.coroutines.PacketEvent
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.table
import io.ksnmp.message.V3Message
import io.ksnmp.smi.VarBind
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmSecurityParameters
import io.ksnmp.usm.UsmStats
import io.ksnmp.usm.UsmUser
import java.io.PrintStream
import java.net.InetAddress
import java.net.InetSocketAddress
import java.util.concurrent.ConcurrentLinkedQueue
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking

/**
 * `ksnmp demo`: starts the embedded agent on a free loopback port with an SNMPv3 authPriv user
 * and shows, with short captions, engine discovery, get, walk, a typed table, set and read-back,
 * a getBulk, and an SNMPv3 inform to a notification receiver in the same engine, each as the
 * `ksnmp` command that does it and what it printed; then exits 0 (1 if a step failed).
 */
internal class DemoCommand(private val out: PrintStream, private val err: PrintStream) {
    fun run(): Int = SnmpEngine().use { agentEngine ->
        val demo = DemoMib()
        val user = DemoUser.usmUser()
        val agent = agentEngine.agent(
            AgentOptions.builder().address(InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .readCommunity("public").writeCommunity(null)
                .user(AgentUser(user, SecurityLevel.AUTH_PRIV, AgentAccess.READ_WRITE)).build(),
            demo.registry,
        )
        val address = "127.0.0.1:${agent.address.port}"
        val credentials = listOf("-v3", "-u", DemoUser.NAME, "-l", "authPriv", "-a", "SHA-256", "-A", DemoUser.AUTH_PASS, "-x", "AES", "-X", DemoUser.PRIV_PASS)
        out.println("ksnmp demo: the embedded agent and the ksnmp tool, in this process, over UDP on loopback.")
        out.println("The agent listens on udp:$address with engine ID ${Hex.format(agent.engineId)} and one SNMPv3 user,")
        out.println("\"${DemoUser.NAME}\" (authPriv: HMAC-SHA-256 authentication, AES-128 privacy); it serves a system group and an ifTable.")

        var failures = 0
        fun step(number: Int, caption: String, explanation: String, body: () -> Boolean) {
            out.println()
            out.println("$number. $caption")
            out.println("   $explanation")
            demo.tick()
            if (!body()) failures++
        }
        fun commandTo(target: String, vararg words: String): Boolean {
            val line = listOf("ksnmp", words[0]) + credentials + target + words.drop(1)
            out.println("   $ " + line.joinToString(" ") { if (it.isEmpty() || it.any(Char::isWhitespace)) "'$it'" else it })
            val code = Ksnmp(Indented(out), Indented(err), terminal = false).run(line.drop(1))
            if (code != ExitCode.OK) err.println("   (exit code $code)")
            return code == ExitCode.OK
        }
        fun command(vararg words: String): Boolean = commandTo(address, *words)

        step(1, "Engine discovery", "Before an SNMPv3 request can be authenticated the manager needs the agent's engine ID, boots and time. It asks once, unauthenticated; the agent answers with a report, and every later request uses what it learned.") {
            discovery(agent.address, user)
        }
        step(2, "get", "Two scalars in one request, printed as Net-SNMP's snmpget -On prints them.") {
            command("get", ".1.3.6.1.2.1.1.1.0", ".1.3.6.1.2.1.1.3.0")
        }
        step(3, "walk", "The system group, one GETNEXT after another, until the names leave the subtree.") {
            command("walk", ".1.3.6.1.2.1.1")
        }
        step(4, "A typed table", "ifTable's columns fetched together in one GETBULK stream, shown as a table, then read in Kotlin as typed rows.") {
            command("table", ".1.3.6.1.2.1.2.2") && typedTable(agent.address, user)
        }
        step(5, "set, then read it back", "sysContact.0 is writable for this user: set it, then get it again.") {
            command("set", ".1.3.6.1.2.1.1.4.0", "s", "ops@example.net") && command("get", ".1.3.6.1.2.1.1.4.0")
        }
        step(6, "getBulk", "One request: the object after sysUpTime (sysUpTime.0) once, then the next four ifDescr and ifHCInOctets.") {
            command("bulkget", "-Cn1", "-Cr4", ".1.3.6.1.2.1.1.3", ".1.3.6.1.2.1.2.2.1.2", ".1.3.6.1.2.1.31.1.1.1.6")
        }
        val informs = DemoInform(agentEngine, user, out)
        step(7, "An inform, acknowledged", "A notification receiver runs in the agent's engine on ${informs.address} and knows the same user. " +
            "An SNMPv3 inform wants an answer: the tool discovers the receiver's engine ID (it is authoritative for informs), sends linkDown " +
            "for wlan0, and exits 0 only when the receiver's acknowledgement has come back.") {
            informs.run { commandTo(informs.address, "inform", "", DemoInform.LINK_DOWN, *DemoInform.WLAN0_DOWN) }
        }
        out.println()
        if (failures == 0) {
            out.println("Done. Keep an agent running with: ./ksnmp agent --port 1161 -u ${DemoUser.NAME} -a SHA-256 -A ${DemoUser.AUTH_PASS} -x AES -X ${DemoUser.PRIV_PASS}")
            out.println("and a notification receiver with: ./ksnmp trapd --port 1162 --user ${DemoUser.NAME}:SHA-256:${DemoUser.AUTH_PASS}:AES:${DemoUser.PRIV_PASS}")
            ExitCode.OK
        } else {
            err.println("ksnmp demo: $failures step(s) failed")
            ExitCode.SNMP_ERROR
        }
    }

    /** One get through an engine whose packet trace prints the discovery exchange. */
    private fun discovery(agent: InetSocketAddress, user: UsmUser): Boolean {
        val events = ConcurrentLinkedQueue<PacketEvent>()
        SnmpEngine(packetTrace = { events += it }).use { engine ->
            engine.addUser(user)
            val manager = engine.manager(agent, user = DemoUser.NAME)
            runBlocking { manager.get(".1.3.6.1.2.1.1.5.0") }
        }
        for (event in events) {
            val message = event.messageOrNull as? V3Message ?: continue
            val usm = UsmSecurityParameters.decode(message.securityParameters())
            val level = SecurityLevel.fromFlags(message.msgFlags())
            val pdu = event.scopedPduOrNull?.pdu()
            val arrow = if (event.direction == PacketDirection.OUT) "→" else "←"
            val what = when (pdu?.type()) {
                null -> "(encrypted)"
                else -> pdu.type().toString().lowercase().padEnd(10) + describe(pdu.varBinds())
            }
            val engineId = if (usm.engineId().isEmpty()) "no engine ID" else "engine ID ${Hex.format(usm.engineId())}"
            val userText = if (usm.userName().isEmpty()) "no user" else "user \"${usm.userNameAsText()}\""
            out.println("   $arrow $what")
            out.println("       $engineId, boots ${usm.engineBoots()}, time ${usm.engineTime()}, $userText, $level")
        }
        return events.size >= 4
    }

    private fun describe(varBinds: List<VarBind>): String = if (varBinds.isEmpty()) "(no bindings)" else varBinds.joinToString(", ") { vb ->
        val counter = UsmStats.fromReportOrNull(vb.oid())
        if (counter == null) vb.toString() else "$vb (${usmStatsName(counter)})"
    }

    /** `UNKNOWN_ENGINE_IDS` as the MIB names it: `usmStatsUnknownEngineIDs`. */
    private fun usmStatsName(counter: UsmStats): String =
        "usmStats" + counter.name.split('_').joinToString("") { it.lowercase().replaceFirstChar(Char::uppercaseChar) }.replace("Ids", "IDs")

    /** The ifTable read with the DSL: its declaration's columns as typed rows, as an application would use them. */
    private fun typedTable(agent: InetSocketAddress, user: UsmUser): Boolean = SnmpEngine().use { engine ->
        engine.addUser(user)
        val manager = engine.manager(agent) { this.user = DemoUser.NAME }
        val interfaces = runBlocking {
            manager.table(IfTable, IfTable.ifDescr, IfTable.ifSpeed, IfTable.ifOperStatus, IfTable.ifInOctets).map { row ->
                Interface(row[IfTable.ifDescr], row[IfTable.ifSpeed], row[IfTable.ifOperStatus] == IfOperStatus.UP, row[IfTable.ifInOctets])
            }.toList()
        }
        out.println("   In Kotlin (snmp-dsl): manager.table(IfTable, IfTable.ifDescr, …).map { row -> Interface(row[IfTable.ifDescr], …) }")
        for (i in interfaces) out.println("     $i")
        interfaces.size == 4
    }

    private data class Interface(val name: String?, val speedBitsPerSecond: Long?, val up: Boolean, val inOctets: Long?)

    /** Indents what a step's command prints, so the captions stand out. */
    private class Indented(private val target: PrintStream) : PrintStream(target, true, Charsets.UTF_8) {
        private var atLineStart = true

        override fun write(b: Int) {
            if (atLineStart) target.write("   ".toByteArray())
            target.write(b)
            atLineStart = b == '\n'.code
        }

        override fun write(buf: ByteArray, off: Int, len: Int) {
            for (i in off until off + len) write(buf[i].toInt())
        }
    }
}
