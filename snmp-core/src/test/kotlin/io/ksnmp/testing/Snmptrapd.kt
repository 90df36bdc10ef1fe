package io.ksnmp.testing

import io.kotest.assertions.fail
import io.ksnmp.usm.interop.InteropUser
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.file.Path
import kotlin.io.path.createTempDirectory
import kotlin.io.path.exists
import kotlin.io.path.readLines
import kotlin.io.path.writeText

/**
 * Net-SNMP's `snmptrapd` as a test peer on loopback, IPv4 and IPv6 on one port, in its own temp
 * directory, logging one line per notification in a form [NotificationLine] parses:
 *
 * - community `public` accepted (v1, v2c);
 * - every user of [InteropUser.matrix] for informs (snmptrapd is their authoritative engine) and,
 *   for traps, once per sender engine ID in [trapSenders] (the sender is authoritative for its
 *   traps, so snmptrapd needs the user localized to that engine: `createUser -e`).
 *
 * ```kotlin
 * Snmptrapd.start(trapSenders = listOf(engine.engineId)).use { trapd -> …; trapd.awaitLine { "marker" in it.text } }
 * ```
 */
class Snmptrapd private constructor(val port: Int, val dir: Path, private val process: ToolProcess) : AutoCloseable {
    /** snmptrapd's UDP address on 127.0.0.1. */
    val ipv4: InetSocketAddress = InetSocketAddress(InetAddress.getByName("127.0.0.1"), port)

    /** snmptrapd's UDP address on ::1. */
    val ipv6: InetSocketAddress = InetSocketAddress(InetAddress.getByName("::1"), port)

    /** Every notification logged so far. */
    fun lines(): List<NotificationLine> {
        val log = dir.resolve(LOG)
        if (!log.exists()) return emptyList()
        return log.readLines().filter { it.startsWith("NOTIF") }.map(::NotificationLine)
    }

    /**
     * Waits until a logged notification satisfies [predicate], and returns every one that does;
     * fails only after [Patience]'s minutes (a notification that never comes, not a slow one).
     */
    fun awaitLines(predicate: (NotificationLine) -> Boolean): List<NotificationLine> {
        var found = emptyList<NotificationLine>()
        if (Patience.until { found = lines().filter(predicate); found.isNotEmpty() }) return found
        fail("snmptrapd logged no such notification; it logged:\n${lines().joinToString("\n") { it.text }}\n${process.stderr()}")
    }

    override fun close() {
        process.close()
    }

    companion object {
        private const val LOG = "snmptrapd.log"

        /**
         * Starts snmptrapd on a free port and waits until it logs that it is running.
         *
         * @param trapSenders the engine IDs of SNMPv3 trap senders, each given every matrix user
         */
        fun start(trapSenders: List<ByteArray> = emptyList()): Snmptrapd {
            val port = Snmpd.freeUdpPort()
            val dir = createTempDirectory("ksnmp-snmptrapd-")
            dir.resolve("snmptrapd.conf").writeText(buildString {
                appendLine("snmpTrapdAddr udp:127.0.0.1:$port,udp6:[::1]:$port")
                appendLine("authCommunity log,execute,net public")
                for (u in InteropUser.matrix) {
                    val credentials = buildString {
                        append(u.name)
                        u.auth?.let { append(" ${it.protocolName()} ${u.authPassword}") }
                        u.priv?.let { append(" ${it.protocolName()} ${u.privPassword}") }
                    }
                    appendLine("createUser $credentials")
                    for (id in trapSenders) appendLine("createUser -e 0x${id.joinToString("") { "%02x".format(it) }} $credentials")
                    appendLine("authUser log,execute,net ${u.name} noauth")
                }
                appendLine("format2 NOTIF2 ver=%s sec=%u pdu=[%P] from=[%b] vbs: %V|%v\\n")
                appendLine("format1 NOTIF1 ver=%s sec=%u pdu=[%P] from=[%b] ent=%N gen=%w spec=%q up=%T agent=%A vbs: %V|%v\\n")
            })
            val process = NetSnmpTools.start(
                "snmptrapd",
                listOf("-f", "-C", "-c", "$dir/snmptrapd.conf", "-X", "-n", "-On", "-Lf", "$dir/$LOG", "-p", "$dir/snmptrapd.pid"),
                dir,
            )
            val trapd = Snmptrapd(port, dir, process)
            val log = dir.resolve(LOG)
            val running = Patience.until {
                !process.isAlive || log.exists() && log.readLines().any { line -> line.startsWith("NET-SNMP version") }
            }
            if (running && process.isAlive) return trapd
            val why = "snmptrapd did not start:\n${process.stderr()}"
            trapd.close()
            fail(why)
        }
    }
}

/**
 * One notification as snmptrapd logged it: `NOTIF2 ver=… sec=… pdu=[…] from=[…] vbs: A|B|C` (`NOTIF1`
 * with the v1 fields for an SNMPv1 trap). `ver` is 0 for v1, 1 for v2c, 3 for v3.
 */
class NotificationLine(val text: String) {
    private fun field(name: String): String = text.substringAfter(" $name=").substringBefore(' ')

    /** 0 (v1), 1 (v2c) or 3 (v3). */
    val version: Int get() = field("ver").toInt()

    /** The community or the user name. */
    val security: String get() = field("sec")

    /** snmptrapd's description of the PDU, such as `TRAP2, SNMP v2c, community public` or `INFORM, SNMP v3, user u, context `. */
    val pdu: String get() = text.substringAfter("pdu=[").substringBefore("] from=")

    /** The sender's transport address as snmptrapd describes it. */
    val from: String get() = text.substringAfter("from=[").substringBefore("] ")

    /** The varbinds in Net-SNMP's `-On` form, one per element. */
    val varBinds: List<String> get() = text.substringAfter(" vbs: ").split('|').map { it.trimEnd() }.filter { it.isNotEmpty() }

    /** For a v1 trap: enterprise, generic, specific (without the dot snmptrapd prints), time-stamp and agent address. */
    val v1Fields: List<String> get() = listOf(field("ent"), field("gen"), field("spec").removePrefix("."), field("up"), field("agent"))

    override fun toString(): String = text
}
