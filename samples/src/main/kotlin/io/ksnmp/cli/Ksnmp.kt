package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpEngine
import kotlinx.coroutines.runBlocking
import java.io.PrintStream
import java.nio.file.Path

/**
 * The `ksnmp` tool: Net-SNMP's commands and options, ksnmp's engine.
 *
 * ```
 * ksnmp get -v2c -c public 127.0.0.1:1161 .1.3.6.1.2.1.1.3.0
 * ksnmp bulkwalk -v3 -u admin -l authPriv -a SHA-256 -A authpass1 -x AES -X privpass1 router .1.3.6.1.2.1.2
 * ```
 *
 * @param out where results go
 * @param err where errors and progress go
 * @param terminal whether [err] is a terminal (progress of long walks is shown only then)
 * @param environment the environment Net-SNMP's `snmp.conf` files are found by (`SNMPCONFPATH`)
 * @param home the home directory, for `~/.snmp/snmp.conf`
 */
public class Ksnmp(
    private val out: PrintStream,
    private val err: PrintStream,
    private val terminal: Boolean,
    private val environment: Map<String, String> = System.getenv(),
    private val home: Path? = System.getProperty("user.home")?.let { Path.of(it) },
) {
    /** Runs one command line and returns the exit code: 0 ok, 1 SNMP error, 2 usage, 3 timeout. */
    public fun run(words: List<String>): Int {
        val command = words.firstOrNull()
        if (command == null || command == "help" || command == "--help" || command == "-h") {
            val help = words.getOrNull(1)?.let(CommandHelp::of)
            (if (command == null) err else out).print(help ?: USAGE)
            return if (command == null) ExitCode.USAGE else ExitCode.OK
        }
        if (command == "-V" || command == "--version") {
            out.println(ToolVersion.line())
            return ExitCode.OK
        }
        var agent = AgentAddress("?", AgentAddress.DEFAULT_PORT)
        var args: Arguments? = null
        var target: Target? = null
        return try {
            args = withConfDefaults(command, Arguments.parse(words.drop(1)), words.drop(1))
            if (args.has("help") || args.has("h")) {
                out.print(CommandHelp.of(command) ?: USAGE)
                return ExitCode.OK
            }
            if (args.has("V") || args.has("version")) {
                out.println(ToolVersion.line())
                return ExitCode.OK
            }
            when (command) {
                in MANAGER_COMMANDS -> {
                    val operands = args.positionals
                    if (operands.isEmpty()) throw UsageException("$command needs an agent address, e.g. 127.0.0.1:161")
                    agent = AgentAddress.parse(operands[0])
                    val agentTarget = Target(agent, args).also { target = it }
                    runBlocking {
                        // One request or walk: the plain datagram path starts faster than the batched one.
                        SnmpEngine(defaultVersion = agentTarget.version, batchedIo = false, packetTrace = packetDump(args)).use { engine ->
                            val manager = agentTarget.manager(engine)
                            if (command == "table") {
                                TableCommand(args, out, err, terminal).run(manager, operands.drop(1))
                            } else {
                                ManagerCommands(args, out, err, terminal).run(command, manager, operands.drop(1))
                            }
                        }
                    }
                    ExitCode.OK
                }
                "trap", "inform" -> {
                    val notify = NotifyCommands(command, args, packetDump(args))
                    val receiver = notify.target(args.positionals).also { target = it }
                    agent = receiver.address
                    runBlocking { notify.run(receiver, args.positionals.drop(1)) }
                    ExitCode.OK
                }
                "trapd" -> TrapdCommand(args, out, err).run()
                "agent" -> AgentCommand(args, err).runUntilInterrupted()
                "demo" -> {
                    if (args.positionals.isNotEmpty()) throw UsageException("demo takes no arguments")
                    DemoCommand(out, err).run()
                }
                else -> throw UsageException("unknown command '$command' (try: ksnmp help)")
            }
        } catch (e: Exception) {
            val failure = Failure.of(e, agent)
            err.println("ksnmp: ${failure.message}")
            val level = target?.security?.level
            if (args != null && level != null) DefaultProtocolHint.of(e, args, level)?.let { err.println("ksnmp: $it") }
            failure.exitCode
        }
    }

    /** For the commands that talk to an agent, [parsed] with snmp.conf's defaults for what it leaves out ([ConfDefaults]). */
    private fun withConfDefaults(command: String, parsed: Arguments, words: List<String>): Arguments {
        if (command !in MANAGER_COMMANDS && command != "trap" && command != "inform") return parsed
        if (parsed.has("help") || parsed.has("h") || parsed.has("V") || parsed.has("version")) return parsed
        val defaults = ConfDefaults.words(SnmpConf.read(environment, home), parsed)
        return if (defaults.isEmpty()) parsed else Arguments.parse(defaults + words)
    }

    /** `-d`: Net-SNMP's hex dump of every datagram, on stderr. */
    private fun packetDump(args: Arguments): PacketDump? = if (args.has("d")) PacketDump(err, args.value("c")) else null

    private companion object {
        val MANAGER_COMMANDS = setOf("get", "getnext", "bulkget", "set", "walk", "bulkwalk", "table")

        val USAGE = """
            |usage: ksnmp COMMAND [OPTIONS] AGENT [OID | OID TYPE VALUE]...
            |       ksnmp trap|inform [OPTIONS] RECEIVER UPTIME TRAP-OID [OID TYPE VALUE]...
            |       ksnmp trap -v1 [OPTIONS] RECEIVER ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]...
            |       ksnmp trapd [OPTIONS]
            |       ksnmp agent [OPTIONS]
            |       ksnmp demo
            |
            |commands:
            |  get, getnext, bulkget, set     one request (as snmpget, snmpgetnext, snmpbulkget, snmpset)
            |  walk, bulkwalk                 a subtree, MIB-2 by default (as snmpwalk, snmpbulkwalk)
            |  table TABLE-OID                a conceptual table as an aligned text table (exit 1 if it is not one)
            |  agent [--walk-file F]          the embedded agent: a recorded walk, or the demo objects
            |        [--port P] [--address A] [--community C] [--write-community C] [--state-file F]
            |        [--user NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]]… [-u USER -a … -A … -x … -X …] [-E ENGINE-ID]
            |  trap, inform                   a notification (as snmptrap, snmpinform) to RECEIVER, port 162 by default
            |        [-e ENGINE-ID] [--state-file F] [-Ci]
            |                                 UPTIME '': the tool's own uptime; -v1 ENTERPRISE '': .1.3.6.1.4.1.3.1.1,
            |                                 AGENT-ADDR '': this host's IPv4 address; -e: a v3 trap's engine ID (hex);
            |                                 --state-file: where its boots persist; -Ci: send an inform
            |  trapd [--port P] [--address A]… [-c COMMUNITY]… [--any-community]
            |        [--user NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]][@ENGINE-ID]]… [-u USER -a … -A … -x … -X …]
            |        [-E ENGINE-ID] [--state-file F] [--json] [--count N] [--timeout SECONDS]
            |                                 a notification receiver printing what arrives: port 162 (below 1024
            |                                 needs root or CAP_NET_BIND_SERVICE), all addresses; -c repeatable,
            |                                 public if no -c and no user; @ENGINE-ID: only in that sender's traps;
            |                                 -E: its engine ID (informs); --count: exit after N notifications;
            |                                 --timeout: then exit (3 if --count was not reached)
            |  demo                           the embedded agent and this tool, step by step
            |
            |options (Net-SNMP's):
            |  -v 1|2c|3                      SNMP version (default 3)
            |  -c COMMUNITY                   community for v1 and v2c
            |  -u USER -l LEVEL               SNMPv3 user and noAuthNoPriv|authNoPriv|authPriv
            |  -a PROTOCOL -A PASSPHRASE      MD5 SHA SHA-224 SHA-256 SHA-384 SHA-512 (default SHA; Net-SNMP's: MD5)
            |  -x PROTOCOL -X PASSPHRASE      DES AES AES192 AES256 AES192C AES256C 3DES (default AES; Net-SNMP's: DES)
            |  -3m KEY -3M KEY                master authentication and privacy keys, in hex (for -A, -X)
            |  -3k KEY -3K KEY                the same localized to the agent's engine (-e, else discovered)
            |  -e ENGINE-ID -Z BOOTS,TIME     the agent's engine ID (hex), boots and time: no discovery
            |  -n CONTEXT -E ENGINE-ID        SNMPv3 context name and context engine ID (hex)
            |  -d                             hex dump of every datagram sent and received (stderr)
            |  -V, --version                  the tool's version; ksnmp COMMAND --help: that command's options
            |  -t SECONDS -r RETRIES          time per try (default 1) and retries (default 5)
            |  -Cn N -Cr N                    getBulk non-repeaters (default 0) and max-repetitions (default 10)
            |  -Ci -Cc -Cp                    walks: GET the OID first; do not check that OIDs increase; print the count
            |  -CI -Ct -CE END-OID            walk: no GET when nothing was found; the time on stderr; stop before END-OID
            |  -O LETTERS                     output as Net-SNMP's -O prints without MIBs; n (numeric OIDs) by default:
            |                                 q quick, Q quick with '=', v values only, t timeticks as numbers, x strings
            |                                 in hex, a as text, T hex with text, f or u .iso.3.6.1…, s or S iso.3.6.1…;
            |                                 b e E U X are accepted and change nothing without MIBs
            |  --json                         JSON instead of Net-SNMP's text (trapd: one object a line)
            |
            |AGENT is host, host:port, udp:host:port, udp6:[::1]:port; OIDs are numeric, or iso.3.6.1… as Net-SNMP prints them.
            |snmp.conf (SNMPCONFPATH, else /etc/snmp and ~/.snmp): defVersion defCommunity defSecurityName
            |defSecurityLevel defAuthType defPrivType defAuthPassphrase defPrivPassphrase defPassphrase defContext
            |exit codes: 0 ok, 1 SNMP error, 2 usage (or a bad --walk-file or --state-file), 3 timeout (inform: not acknowledged; trapd: --count not reached)
            |""".trimMargin()
    }
}
