package io.ksnmp.testing

import io.kotest.assertions.fail
import io.ksnmp.usm.interop.InteropUser
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.file.Path
import kotlin.io.path.createTempDirectory
import kotlin.io.path.exists
import kotlin.io.path.readText
import kotlin.io.path.writeText

/**
 * Net-SNMP's `snmpd` as a test peer on loopback, IPv4 and IPv6 on one port, in its own temp
 * directory (configuration, persistent state, log), with a fixed engine ID:
 *
 * - communities `public` (read-only) and `private` (read-write), for IPv4 and IPv6 sources;
 * - every user of [InteropUser.matrix] (`rwuser` at the user's own level);
 * - whatever [extraConfig] adds (`extend` lines, `sysServices 72`, …).
 *
 * [restart] stops and starts it on the same port and directory: the engine ID and boots stay,
 * engine time starts again from 0 (as Net-SNMP 5.9.3 does).
 *
 * ```kotlin
 * Snmpd.start().use { snmpd -> engine.manager(snmpd.ipv4, version = SnmpVersion.V2C).get(...) }
 * ```
 */
class Snmpd private constructor(
    val port: Int,
    val dir: Path,
    private val extraConfig: String,
) : AutoCloseable {
    private var process: ToolProcess? = null

    /** snmpd's UDP address on 127.0.0.1. */
    val ipv4: InetSocketAddress = InetSocketAddress(InetAddress.getByName("127.0.0.1"), port)

    /** snmpd's UDP address on ::1. */
    val ipv6: InetSocketAddress = InetSocketAddress(InetAddress.getByName("::1"), port)

    /** The snmpEngineID `engineID ksnmp-snmpd` gives: enterprise 8072, text format, the text. */
    val engineId: ByteArray = byteArrayOf(0x80.toByte(), 0x00, 0x1f, 0x88.toByte(), 0x04) + ENGINE_ID_TEXT.toByteArray()

    private fun writeConfig() {
        dir.resolve("snmpd.conf").writeText(buildString {
            appendLine("[snmp] persistentDir ${dir.resolve("persist")}")
            appendLine("agentAddress udp:127.0.0.1:$port,udp6:[::1]:$port")
            appendLine("engineID $ENGINE_ID_TEXT")
            appendLine("view all included .1")
            appendLine("rocommunity public default -V all")
            appendLine("rocommunity6 public default -V all")
            appendLine("rwcommunity private default -V all")
            appendLine("rwcommunity6 private default -V all")
            for (u in InteropUser.matrix) {
                val auth = u.auth
                val priv = u.priv
                appendLine(buildString {
                    append("createUser ${u.name}")
                    if (auth != null) append(" ${auth.protocolName()} ${u.authPassword}")
                    if (priv != null) append(" ${priv.protocolName()} ${u.privPassword}")
                })
                val level = when {
                    priv != null -> "priv"
                    auth != null -> "auth"
                    else -> "noauth"
                }
                appendLine("rwuser -s usm ${u.name} $level -V all")
            }
            append(extraConfig)
        })
    }

    /** Starts snmpd and waits until it answers a v2c get (giving up after [Patience]'s minutes of probes). */
    fun startProcess() {
        check(process?.isAlive != true) { "snmpd is running" }
        writeConfig()
        val p = NetSnmpTools.start(
            "snmpd",
            listOf("-f", "-C", "-c", "$dir/snmpd.conf", "-Lf", "$dir/snmpd.log", "-p", "$dir/snmpd.pid", "-I", "-smux"),
            dir,
        )
        process = p
        // A bound counted in probes (each at least 0.1 s apart), so no clock is read and a slow machine only waits longer.
        repeat((Patience.MILLIS / PROBE_INTERVAL_MILLIS).toInt()) {
            if (!p.isAlive) fail("snmpd exited:\n${log()}\n${p.stderr()}")
            val probe = NetSnmpTools.run("snmpget", listOf("-v2c", "-c", "public", "-r0", "-t1", "127.0.0.1:$port", ".1.3.6.1.2.1.1.3.0"))
            if (probe.exitCode == 0) return
            Thread.sleep(PROBE_INTERVAL_MILLIS)
        }
        fail("snmpd did not answer a probe:\n${log()}\n${p.stderr()}")
    }

    /** Stops snmpd (its directory stays). */
    fun stopProcess() {
        process?.kill()
        process = null
    }

    /** Stops and starts snmpd on the same port with the same state directory. */
    fun restart() {
        stopProcess()
        startProcess()
    }

    /** What snmpd logged so far. */
    fun log(): String = dir.resolve("snmpd.log").let { if (it.exists()) it.readText() else "" }

    /** Stops snmpd and deletes its directory. */
    override fun close() {
        process?.close()
        process = null
        dir.toFile().deleteRecursively()
    }

    companion object {
        const val ENGINE_ID_TEXT: String = "ksnmp-snmpd"

        private const val PROBE_INTERVAL_MILLIS = 100L

        /**
         * Starts snmpd on a free port.
         *
         * @param extraConfig configuration lines appended to the standard ones
         */
        fun start(extraConfig: String = ""): Snmpd {
            val port = freeUdpPort()
            val snmpd = Snmpd(port, createTempDirectory("ksnmp-snmpd-"), extraConfig)
            try {
                snmpd.startProcess()
            } catch (e: Throwable) {
                snmpd.close()
                throw e
            }
            return snmpd
        }

        /** A UDP port free on both 127.0.0.1 and ::1 a moment ago. */
        fun freeUdpPort(): Int {
            repeat(50) {
                val port = DatagramSocket(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0)).use { it.localPort }
                val free6 = runCatching { DatagramSocket(InetSocketAddress(InetAddress.getByName("::1"), port)).close() }.isSuccess
                if (free6) return port
            }
            fail("no UDP port free on both 127.0.0.1 and ::1")
        }
    }
}
