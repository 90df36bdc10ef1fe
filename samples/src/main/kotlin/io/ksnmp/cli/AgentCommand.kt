package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.AgentAccess
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.AgentUser
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.SnmpAgent
import io.ksnmp.text.WalkRecording
import io.ksnmp.text.WalkRecordingException
import java.io.IOException
import java.io.PrintStream
import java.io.UncheckedIOException
import java.net.InetSocketAddress
import java.nio.charset.CharacterCodingException
import java.nio.file.AccessDeniedException
import java.nio.file.FileSystemException
import java.nio.file.Files
import java.nio.file.NoSuchFileException
import java.nio.file.Path
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * `ksnmp agent [--walk-file F] [--address A] [--port P] [--community C] [--write-community C]
 * [--user NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]]… [-u USER -a … -A … -x … -X …] [--state-file F]`:
 * the embedded agent until interrupted.
 *
 * With `--walk-file` it serves that recording (what `snmpwalk -On`, or `snmpwalk` without MIBs,
 * printed for a device) read-only; without, the demo objects (system group, ifTable, ifXTable).
 * It listens on 127.0.0.1 (`--address` to change) at `--port` (default 1161; 0 picks a free one),
 * answers `--community` (default public) read-only, `--write-community` read-write, and SNMPv3
 * users read-write at their level or above: each `--user` (repeatable; passphrases without `:`),
 * and one given with Net-SNMP's `-u -l -a -A -x -X` options.
 */
internal class AgentCommand(private val args: Arguments, private val err: PrintStream) {
    /** Starts the agent on [engine]; the caller keeps it running. */
    fun start(engine: SnmpEngine): SnmpAgent {
        if (args.positionals.isNotEmpty()) throw UsageException("agent takes only options, not '${args.positionals.first()}'")
        val demo = if (args.has("walk-file")) null else DemoMib()
        val mib = demo?.registry ?: MibRegistry().replay(recording(Path.of(args.value("walk-file")!!)))
        val port = args.int("port", DEFAULT_PORT).also { if (it > 65_535) throw UsageException("--port takes 0 to 65535") }
        val address = InetSocketAddress(args.value("address") ?: "127.0.0.1", port)
        if (address.isUnresolved) throw UsageException("--address: unknown host '${address.hostString}'")
        val options = AgentOptions.builder()
            .address(address)
            .readCommunity(args.value("community") ?: "public")
            .writeCommunity(args.value("write-community"))
        if (args.has("u")) {
            val security = SecuritySettings.from(args)
            options.user(AgentUser(security.user, security.level, AgentAccess.READ_WRITE))
        }
        for (spec in args.values("user")) options.user(AgentUser(UserSpec.user(spec), access = AgentAccess.READ_WRITE))
        args.value("E")?.let { options.engineId(Hex.parse(it, "-E")) }
        args.value("state-file")?.let { options.stateFile(Path.of(it)) }
        demoOrNull = demo
        return engine.agent(options.build(), mib)
    }

    /** The demo objects, when [start] serves them rather than a walk file. */
    var demoOrNull: DemoMib? = null
        private set

    /** Runs the agent until the process is interrupted (Ctrl-C or SIGTERM). */
    fun runUntilInterrupted(): Int {
        val stopped = CountDownLatch(1)
        SnmpEngine().use { engine ->
            val agent = start(engine)
            val what = if (!args.has("walk-file")) "the demo objects" else agent.mib.replayedSize.let { n -> "$n recorded object${if (n == 1) "" else "s"}" }
            err.println("ksnmp agent: serving $what on udp:${AgentAddress(agent.address.hostString, agent.address.port)}, engine ID ${Hex.format(agent.engineId)}; Ctrl-C stops it")
            val ticker = Executors.newSingleThreadScheduledExecutor { r -> Thread(r, "ksnmp-demo-counters").apply { isDaemon = true } }
            demoOrNull?.let { demo -> ticker.scheduleAtFixedRate(demo::tick, 1, 1, TimeUnit.SECONDS) }
            Runtime.getRuntime().addShutdownHook(Thread {
                ticker.shutdownNow()
                engine.close()
                stopped.countDown()
            })
            stopped.await()
        }
        return ExitCode.OK
    }

    /**
     * The recording in [path]; a bad one is a [UsageException] saying where (`FILE:LINE: what is
     * wrong and what was expected`), the parser's exception as its cause.
     */
    private fun recording(path: Path) = try {
        Files.newBufferedReader(path).use { WalkRecording.parse(it) }
    } catch (e: WalkRecordingException) {
        throw UsageException("$path:${e.line()}: ${e.reason()}", e)
    } catch (e: NoSuchFileException) {
        throw UsageException("no walk file $path", e)
    } catch (e: IOException) {
        throw UsageException("cannot read the walk file $path: ${readFailure(e)}", e)
    } catch (e: UncheckedIOException) {
        throw UsageException("cannot read the walk file $path: ${e.cause?.let(::readFailure) ?: e.message}", e)
    }

    private fun readFailure(e: IOException): String = when (e) {
        is CharacterCodingException -> "it is not text (Net-SNMP's walks are ASCII; UTF-8 is read)"
        is AccessDeniedException -> "permission denied"
        is FileSystemException -> e.reason ?: e.javaClass.simpleName
        else -> e.message ?: e.javaClass.simpleName
    }

    companion object {
        const val DEFAULT_PORT: Int = 1161
    }
}
