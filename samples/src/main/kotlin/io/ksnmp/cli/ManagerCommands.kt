package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.WalkOptions
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import kotlinx.coroutines.flow.Flow
import java.io.PrintStream

/**
 * The commands that talk to an agent: `get`, `getnext`, `bulkget`, `set`, `walk` and `bulkwalk`,
 * printing what Net-SNMP's `snmpget`, `snmpgetnext`, `snmpbulkget`, `snmpset`, `snmpwalk` and
 * `snmpbulkwalk` print with `-On`.
 */
internal class ManagerCommands(
    private val args: Arguments,
    private val out: PrintStream,
    private val err: PrintStream,
    private val terminal: Boolean,
) {
    /** Runs [command] with [manager]; [operands] are the words after the agent address. */
    suspend fun run(command: String, manager: SnmpManager, operands: List<String>) {
        when (command) {
            "get" -> print(manager.get(oids(operands)))
            "getnext" -> print(manager.getNext(oids(operands)))
            "bulkget" -> print(manager.getBulk(args.int("Cn", 0), args.int("Cr", 10), oids(operands)))
            "set" -> print(manager.set(SetValues.parse(operands)))
            "walk" -> walk(manager, root(operands)) { root, options -> manager.walk(root, options) }
            "bulkwalk" -> walk(manager, root(operands)) { root, options -> manager.bulkWalk(root, args.int("Cr", 10), options) }
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

    /**
     * Prints each binding as it arrives. Like `snmpwalk`, a walk that finds nothing under [root]
     * gets [root] itself and prints that (a value for a leaf instance, or noSuchObject); `-Cp`
     * adds the count; `-Cc` accepts names that do not increase, up to `--limit` (default 10 million).
     */
    private suspend fun walk(manager: SnmpManager, root: Oid, flow: (Oid, WalkOptions) -> Flow<VarBind>) {
        val unchecked = args.has("Cc")
        val limit = args.int("limit", if (unchecked) 10_000_000 else 0)
        val options = WalkOptions(limit = limit, allowNonIncreasing = unchecked)
        val output = VarBindOutput.of(args, out)
        val progress = Progress(err, terminal)
        var count = 0L
        try {
            flow(root, options).collect {
                output.write(it)
                count++
                progress.step()
            }
            if (count == 0L) count += emptyWalk(manager, root, output)
        } finally {
            progress.finish()
            output.finish()
        }
        if (args.has("Cp") && !args.has("json")) out.println("Variables found: $count")
    }

    /**
     * What `snmpwalk` prints when a subtree is empty: `End of MIB` (v1) or the endOfMibView binding
     * (v2c, v3) when nothing follows [root] at all, else what a GET of [root] gives (nothing for v1's
     * noSuchName). Returns the number of bindings written.
     */
    private suspend fun emptyWalk(manager: SnmpManager, root: Oid, output: VarBindOutput): Int {
        val next = try {
            manager.getNext(root).first()
        } catch (e: NoSuchNameException) {
            if (!args.has("json")) out.println("End of MIB")
            return 0
        }
        val single = if (next.value() is EndOfMibView) {
            next
        } else {
            try {
                manager.get(root).first()
            } catch (e: NoSuchNameException) {
                return 0
            }
        }
        output.write(single)
        return 1
    }

    companion object {
        val MIB_2: Oid = Oid.parse("1.3.6.1.2.1")
    }
}
