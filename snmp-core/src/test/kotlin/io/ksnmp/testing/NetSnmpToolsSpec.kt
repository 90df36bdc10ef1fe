package io.ksnmp.testing

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import java.net.DatagramPacket
import java.net.DatagramSocket
import java.net.InetAddress
import java.net.InetSocketAddress
import kotlin.io.path.createDirectories
import kotlin.io.path.createTempDirectory
import kotlin.io.path.exists
import kotlin.io.path.writeText
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/** The interop helper itself: exit codes and output, the timeout kill, the isolated configuration. */
class NetSnmpToolsSpec : FunSpec({
    withNetSnmpTools("snmpget") {
        test("a run reports the exit code and what the tool printed, and leaves nothing behind") {
            lateinit var workDir: java.nio.file.Path
            val result = NetSnmpTools.start("snmpget", listOf("--version")).use { snmpget ->
                workDir = snmpget.workDir
                snmpget.awaitExit(Patience.DURATION)
            }
            result.killed shouldBe false
            result.exitCode shouldBe 0
            result.stdoutLines shouldBe emptyList()
            result.stderrLines.single() shouldStartWith "NET-SNMP version: "
            workDir.exists() shouldBe false
        }

        test("a tool still running at its timeout is killed") {
            DatagramSocket(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0)).use { silent ->
                NetSnmpTools.start("snmpget", listOf("-v2c", "-c", "public", "-r", "0", "-t", "30",
                    "127.0.0.1:${silent.localPort}", "1.3.6.1.2.1.1.5.0")).use { snmpget ->
                    val result = snmpget.awaitExit(300.milliseconds)
                    result.killed shouldBe true
                    snmpget.isAlive shouldBe false
                }
            }
        }

        test("the tool reads the run's conf/snmp.conf and no other") {
            val workDir = createTempDirectory("ksnmp-snmpget-")
            workDir.resolve("conf").createDirectories().resolve("snmp.conf")
                .writeText("defVersion 2c\ndefCommunity from-the-run-conf\n")
            DatagramSocket(InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0)).use { agent ->
                agent.soTimeout = Patience.MILLIS.toInt()
                NetSnmpTools.start("snmpget", listOf("-r", "0", "-t", "1", "127.0.0.1:${agent.localPort}", "1.3.6.1.2.1.1.5.0"), workDir).use {
                    val packet = DatagramPacket(ByteArray(65_535), 65_535)
                    agent.receive(packet)
                    val message = MessageCodec.decode(packet.data, 0, packet.length).shouldBeInstanceOf<CommunityMessage>()
                    message.version() shouldBe SnmpVersion.V2C
                    String(message.community(), Charsets.UTF_8) shouldBe "from-the-run-conf"
                }
            }
        }
    }
})
