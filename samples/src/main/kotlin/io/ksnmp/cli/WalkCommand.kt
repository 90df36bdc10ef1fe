package io.ksnmp.cli

import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.ImproperResponseException
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.errors.NonIncreasingOidException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import java.io.PrintStream
import java.util.Locale

/**
 * `walk` and `bulkwalk`, step for step as Net-SNMP 5.9's `snmpwalk` and `snmpbulkwalk` run, so
 * they print the same lines for the same agent: GETNEXT (or GETBULK) from the root; every binding
 * in range is printed, an exception value too (the walk's last line at the end of the MIB view:
 * `… = No more variables left in this MIB View (It is past the end of the MIB tree)`); a noSuchName
 * error prints `End of MIB`; a walk that printed nothing GETs the root and prints that.
 * The range is the root's subtree, or (walk `-CE`) everything before the end OID. [WalkFlags]
 * has the `-C` options.
 */
internal class WalkCommand(
    private val args: Arguments,
    private val out: PrintStream,
    private val err: PrintStream,
    private val terminal: Boolean,
) {
    /** GETBULK repetitions, once halved: snmpd sends nothing for a response it cannot fit, where others answer tooBig. */
    private var repetitions: Int? = null

    suspend fun run(bulk: Boolean, manager: SnmpManager, root: Oid) {
        val flags = WalkFlags(args, bulk)
        val end = if (bulk) null else flags.end ?: nextSibling(root)
        fun inRange(name: Oid) = if (end == null) name.startsWith(root) else name < end
        val output = VarBindOutput.of(args, out)
        val progress = Progress(err, terminal)
        var count = 0L
        fun print(varBind: VarBind) {
            output.write(varBind)
            count++
            progress.step()
        }
        var notIncreasing: NonIncreasingOidException? = null
        val started = System.nanoTime()
        try {
            if (flags.includeRequested) getAndPrint(manager, root, ::print)
            var name = root
            var running = true
            while (running) {
                val response = try {
                    request(manager, flags, name)
                } catch (e: NoSuchNameException) {
                    if (!args.has("json")) out.println("End of MIB")
                    break
                }
                if (response.isEmpty()) break
                for ((i, varBind) in response.withIndex()) {
                    if (!inRange(varBind.oid())) {
                        running = false
                        continue
                    }
                    print(varBind)
                    if (varBind.value().isException) {
                        running = false
                        continue
                    }
                    if (!flags.unchecked && varBind.oid() <= name) {
                        notIncreasing = notIncreasing ?: NonIncreasingOidException(name, varBind.oid())
                        running = false
                    }
                    if (!bulk || i == response.size - 1) name = varBind.oid()
                    if (flags.limit in 1..count) {
                        running = false
                        break
                    }
                }
            }
            if (count == 0L && !flags.noFallbackGet) getAndPrint(manager, root, ::print)
        } finally {
            progress.finish()
            output.finish()
        }
        if (flags.printCount && !args.has("json")) out.println("Variables found: $count")
        if (flags.printTime) err.println(String.format(Locale.ROOT, "Total traversal time = %f seconds", (System.nanoTime() - started) / 1e9))
        notIncreasing?.let { throw it }
    }

    /**
     * One GETNEXT or GETBULK. The engine refuses an answer whose names do not increase; a walk
     * checks the order itself (to print the binding first, as snmpwalk does, or to accept it
     * with `-Cc`), so such an answer is taken from the refusal when its size fits the request.
     */
    private suspend fun request(manager: SnmpManager, flags: WalkFlags, name: Oid): VarBindList = try {
        if (flags.bulk) bulk(manager, flags, name) else manager.getNext(name)
    } catch (e: ImproperResponseException) {
        val most = if (flags.bulk) maxOf(1, repetitions ?: flags.repetitions) else 1
        e.received().takeIf { it.size in 1..most } ?: throw e
    }

    /**
     * A GETBULK; tooBig halves its repetitions (the engine does that), and so does a timeout
     * once, when the smaller request is then answered; the smaller size is kept for the walk.
     */
    private suspend fun bulk(manager: SnmpManager, flags: WalkFlags, name: Oid): VarBindList {
        var timedOut: SnmpTimeoutException? = null
        while (true) {
            val size = repetitions ?: flags.repetitions
            try {
                return manager.getBulk(flags.nonRepeaters, size, name)
            } catch (e: SnmpTimeoutException) {
                if (size <= 1 || timedOut != null) throw timedOut ?: e
                timedOut = e
                repetitions = size / 2
            }
        }
    }

    /** snmpwalk's GET of the root (`-Ci`, or a walk that found nothing): what it gives is printed, an error status is not. */
    private suspend fun getAndPrint(manager: SnmpManager, root: Oid, print: (VarBind) -> Unit) {
        val answer = try {
            manager.get(root)
        } catch (e: ErrorResponseException) {
            return
        }
        answer.forEach(print)
    }

    /** The first OID after [root]'s subtree (`.1.3.6.2` for `.1.3.6.1`), or null when its last arc cannot grow. */
    private fun nextSibling(root: Oid): Oid? {
        if (root.size() == 0 || root.lastArc() == MAX_ARC) return null
        return Oid.of(*LongArray(root.size()) { i -> if (i == root.size() - 1) root.arc(i) + 1 else root.arc(i) })
    }

    private companion object {
        const val MAX_ARC = 0xFFFF_FFFFL
    }
}
