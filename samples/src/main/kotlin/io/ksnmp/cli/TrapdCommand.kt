package io.ksnmp.cli

import io.ksnmp.coroutines.DropReason
import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.notification.NotificationReceiver
import io.ksnmp.coroutines.notification.NotificationReceiverOptions
import io.ksnmp.coroutines.notification.SenderUser
import io.ksnmp.usm.UsmFailure
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import java.io.IOException
import java.io.PrintStream
import java.net.BindException
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.UnknownHostException
import java.nio.file.Path
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/**
 * `ksnmp trapd`: a notification receiver that prints each trap and inform it accepts (see
 * [NotificationOutput]) until interrupted, or until `--count N` have arrived.
 *
 * ```
 * ksnmp trapd [--port P] [--address A]... [-c COMMUNITY]... [--any-community]
 *             [--user NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]][@ENGINEID]]... [-u USER -a … -A … -x … -X …]
 *             [-E ENGINEID] [--state-file F] [--json] [--count N] [--timeout SECONDS]
 * ```
 *
 * - It listens on UDP port 162 (`--port`; 0 picks a free one; a port below 1024 needs root or
 *   CAP_NET_BIND_SERVICE on Linux) on every address, IPv4 and IPv6 (`[::]`, or `0.0.0.0` where
 *   IPv6 is off); `--address` (repeatable) binds only those. Its first line, on stderr, says
 *   where it listens: `ksnmp trapd: listening on udp6:[::]:162, engine ID 0x…; Ctrl-C stops it`.
 * - v1 and v2c: the communities of `-c` (repeatable) are accepted; without `-c` and without
 *   users, `public`; `--any-community` accepts every community (snmptrapd's `disableAuthorization`).
 * - SNMPv3: each `--user` (repeatable; one more with `-u -a -A -x -X`) is accepted in traps from
 *   any sender engine, its keys localized for each new one, and in informs to this receiver;
 *   `@ENGINEID` binds it to the traps of that one sender (snmptrapd's `createUser -e`).
 * - Informs make it the authoritative engine: `-E` sets its engine ID (else `--state-file`'s, else
 *   a random one), `--state-file` keeps the engine ID and counts its boots up from run to run.
 * - `--count N` exits 0 after N notifications; `--timeout S` exits after S seconds: 3 if fewer
 *   than `--count` arrived, else 0. A datagram it drops is one line on stderr, with the reason
 *   (discovery probes, answered as RFC 3414 asks, are not shown).
 */
internal class TrapdCommand(private val args: Arguments, private val out: PrintStream, private val err: PrintStream) {
    fun run(): Int {
        if (args.positionals.isNotEmpty()) throw UsageException("trapd takes only options, not '${args.positionals.first()}'")
        val count = args.value("count")?.let { text ->
            text.toIntOrNull()?.takeIf { it > 0 } ?: throw UsageException("--count takes a number of notifications (1 or more), not '$text'")
        }
        val timeout = args.value("timeout")?.let(::seconds)
        val port = args.int("port", NotificationReceiverOptions.DEFAULT_PORT).also { if (it > 65_535) throw UsageException("--port takes 0 to 65535") }
        val addresses = args.values("address").map { address(it, port) }
        val options = options(addresses.ifEmpty { listOf(InetSocketAddress(ANY_IPV6, port)) })
        val output = NotificationOutput.of(args, out)
        val drops = Channel<DroppedMessage>(DROPS_SHOWN)
        val engine = SnmpEngine(
            engineId = args.value("E")?.let { Hex.engineId(it, "-E") },
            stateFile = args.value("state-file")?.let { Path.of(it) },
            droppedMessages = { if (shown(it)) drops.trySend(it) },
        )
        val stop = Thread { engine.close() }
        return engine.use {
            val receiver = start(engine, options, explicit = addresses.isNotEmpty()) ?: return@use ExitCode.SNMP_ERROR
            val where = receiver.addresses.joinToString(", ") { AgentAddress.of(it).toTransportString() }
            err.println("ksnmp trapd: listening on $where, engine ID ${Hex.format(receiver.engineId)}; Ctrl-C stops it")
            err.flush()
            Runtime.getRuntime().addShutdownHook(stop)
            var received = 0
            try {
                runBlocking {
                    val dropPrinter = launch {
                        for (d in drops) err.println("ksnmp trapd: ${describe(d)}")
                    }
                    withTimeoutOrNull(timeout ?: Duration.INFINITE) {
                        receiver.notifications.take(count ?: Int.MAX_VALUE).collect {
                            output.write(it)
                            received++
                        }
                    }
                    // The drops told before the last notification are printed too.
                    drops.close()
                    dropPrinter.join()
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop)
                } catch (e: IllegalStateException) {
                    // the JVM is shutting down: the hook is closing the engine
                }
            }
            if (count != null && received < count && !receiver.isClosed) {
                err.println("ksnmp: Timeout: $received of $count notifications in ${timeout?.inWholeMilliseconds?.div(1000.0)} s")
                ExitCode.TIMEOUT
            } else {
                ExitCode.OK
            }
        }
    }

    private fun options(addresses: List<InetSocketAddress>): NotificationReceiverOptions {
        val any = ArrayList<UsmUser>()
        val bound = ArrayList<SenderUser>()
        if (args.has("u")) any += SecuritySettings.from(args).user
        for (spec in args.values("user").map { UserSpec.withEngineId(it) }) {
            val id = spec.engineIdOrNull
            if (id == null) any += spec.user else bound += SenderUser(id, spec.user)
        }
        any.groupBy { it.nameAsText() }.values.firstOrNull { it.size > 1 }?.let {
            throw UsageException("user ${it.first().nameAsText()} is given twice for any engine")
        }
        val communities = args.values("c").ifEmpty { if (any.isEmpty() && bound.isEmpty()) listOf("public") else emptyList() }
        return NotificationReceiverOptions(
            addresses = addresses,
            communities = communities.toSet(),
            acceptAnyCommunity = args.has("any-community"),
            users = any,
            senderUsers = bound,
        )
    }

    /**
     * Starts the receiver, or says on stderr why it could not listen and returns null. Without
     * `--address`, where `[::]` cannot be had for a reason other than the port (IPv6 off), `0.0.0.0`.
     */
    private fun start(engine: SnmpEngine, options: NotificationReceiverOptions, explicit: Boolean): NotificationReceiver? {
        try {
            return engine.notificationReceiver(options)
        } catch (e: Exception) {
            if (!explicit && e !is BindException && (e is IOException || e is UnsupportedOperationException)) {
                val port = options.addresses.first().port
                return start(engine, copy(options, listOf(InetSocketAddress(InetAddress.getByAddress(ByteArray(4)), port))), explicit = true)
            }
            if (e !is IOException) throw e
            val where = options.addresses.joinToString(", ") { AgentAddress.of(it).toTransportString() }
            val hint = if (options.addresses.any { it.port in 1..1023 }) "; ports below 1024 need root or CAP_NET_BIND_SERVICE (try --port 1162)" else ""
            err.println("ksnmp: cannot listen on $where (${e.javaClass.simpleName}: ${e.message})$hint")
            return null
        }
    }

    private fun copy(o: NotificationReceiverOptions, addresses: List<InetSocketAddress>) =
        NotificationReceiverOptions(addresses, o.communities, o.acceptAnyCommunity, o.users, o.senderUsers, o.versions, o.bufferCapacity, o.maxSenderEngines, o.maxMessageSize)

    private fun address(text: String, port: Int): InetSocketAddress {
        val host = text.removePrefix("[").removeSuffix("]")
        return try {
            InetSocketAddress(InetAddress.getByName(host), port)
        } catch (e: UnknownHostException) {
            throw UsageException("--address takes a local address, not '$text'")
        }
    }

    private fun seconds(text: String): Duration {
        val seconds = text.toDoubleOrNull()?.takeIf { it > 0 && it <= 31_536_000 } ?: throw UsageException("--timeout takes seconds, not '$text'")
        return (seconds * 1000).toLong().coerceAtLeast(1).milliseconds
    }

    /** Discovery probes (unknown engine ID, answered with a report) are part of every SNMPv3 inform: not news. */
    private fun shown(d: DroppedMessage): Boolean = d.usmFailureOrNull != UsmFailure.UNKNOWN_ENGINE_ID

    /** `dropped 84 octets from 192.0.2.7:49152: wrong community`, `…: security check failed (unknown user name)`. */
    private fun describe(d: DroppedMessage): String {
        val reason = if (d.reason == DropReason.DUPLICATE) "a resent inform, acknowledged again" else words(d.reason.name)
        return "dropped ${d.length} octets from ${AgentAddress.of(d.peer)}: $reason" + (d.usmFailureOrNull?.let { " (${words(it.name)})" } ?: "")
    }

    private fun words(name: String): String = name.lowercase().replace('_', ' ')

    private companion object {
        /** How many drop lines wait to be printed; more are not shown (the receiver counts them all). */
        const val DROPS_SHOWN = 1_000
        val ANY_IPV6: InetAddress = InetAddress.getByAddress(ByteArray(16))
    }
}
