package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import java.io.PrintStream
import java.net.InetAddress
import java.net.InetSocketAddress
import kotlin.time.Duration.Companion.seconds

/**
 * The demo's inform step: a notification receiver on [engine] (so with the agent's engine ID) on
 * a free loopback port, accepting [user]. [run] sends with the tool, then shows what the receiver
 * delivered, as `ksnmp trapd` prints it, and its counters: the discovery probe answered and the
 * inform acknowledged.
 */
internal class DemoInform(engine: SnmpEngine, user: UsmUser, private val out: PrintStream) {
    private val receiver = engine.notificationReceiver(
        NotificationReceiverOptions(addresses = listOf(InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), users = listOf(user)),
    )

    /** Where the receiver listens, as the tool takes it. */
    val address: String = AgentAddress.of(receiver.addresses.first()).toString()

    /** Runs [send] (the tool's inform); true if it succeeded and the receiver delivered and acknowledged one inform. */
    fun run(send: () -> Boolean): Boolean {
        val sent = send()
        if (sent) out.println("   (exit 0: the acknowledgement came back)")
        val notification = runBlocking { withTimeoutOrNull(5.seconds) { receiver.notifications.first() } }
        receiver.close()
        if (notification == null) {
            out.println("   The receiver got nothing.")
            return false
        }
        out.println("   The receiver delivered it (printed as ksnmp trapd prints it):")
        out.println("     " + NotificationOutput.header(notification))
        for (vb in notification.allVarBinds()) out.println("       $vb")
        val c = receiver.counters
        out.println("   Its counters: ${count(c.discoveryProbesAnswered, "discovery probe")} answered, ${count(c.acknowledged, "inform")} acknowledged.")
        return sent && notification.isInform && c.acknowledged == 1L
    }

    private fun count(n: Long, what: String) = "$n $what" + if (n == 1L) "" else "s"

    companion object {
        /** IF-MIB's linkDown. */
        const val LINK_DOWN: String = ".1.3.6.1.6.3.1.1.5.3"

        /** linkDown's objects for the demo's wlan0 (ifIndex 4): ifIndex, ifAdminStatus up, ifOperStatus down. */
        val WLAN0_DOWN: Array<String> = arrayOf(
            ".1.3.6.1.2.1.2.2.1.1.4", "i", "4",
            ".1.3.6.1.2.1.2.2.1.7.4", "i", "1",
            ".1.3.6.1.2.1.2.2.1.8.4", "i", "2",
        )
    }
}
