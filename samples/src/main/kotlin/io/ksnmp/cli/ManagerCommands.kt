package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import java.io.PrintStream

/**
 * The commands that talk to an agent: `get`, `getnext`, `bulkget`, `set`, `walk` and `bulkwalk`,
 * printing what Net-SNMP's `snmpget`, `snmpgetnext`, `snmpbulkget`, `snmpset`, `snmpwalk` and
 * `snmpbulkwalk` print with `-On` (or the other `-O` options given); the walks are [WalkCommand].
 */
internal class ManagerCommands(
    private val args: Arguments,
    private val out: PrintStream,
    private val err: PrintStream,
    private val terminal: Boolean,
) {
    /** Runs [command] with [manager]; [operands] are the words after the agent address. */
    suspend fun run(command: String, manager: SnmpManager, operands: List<String>) {
        OutputOptions.parse(args.values("O")) // an unknown -O letter is a usage error before any request
        when (command) {
            "get" -> print(manager.get(oids(operands)))
            "getnext" -> print(manager.getNext(oids(operands)))
            "bulkget" -> print(manager.getBulk(args.int("Cn", 0), args.int("Cr", 10), oids(operands)))
            "set" -> print(manager.set(SetValues.parse(operands)))
            "walk", "bulkwalk" -> WalkCommand(args, out, err, terminal).run(command == "bulkwalk", manager, root(operands))
            else -> throw IllegalArgumentException(command)
        }
    }

    private fun oids(operands: List<String>): List<Oid> {
        if (operands.isEmpty()) throw UsageException("no OID given")
        return operands.map(Oids::parse)
    }

    /** Net-SNMP walks MIB-2 (.1.3.6.1.2.1) when no OID is given. */
    private fun root(operands: List<String>): Oid = when (operands.size) {
        0 -> MIB_2
        1 -> Oids.parse(operands[0])
        else -> throw UsageException("a walk takes one OID")
    }

    private fun print(varBinds: List<VarBind>) {
        val output = VarBindOutput.of(args, out)
        varBinds.forEach(output::write)
        output.finish()
    }

    companion object {
        val MIB_2: Oid = Oid.parse("1.3.6.1.2.1")
    }
}
