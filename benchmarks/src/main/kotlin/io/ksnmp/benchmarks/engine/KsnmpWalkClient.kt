package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.TableOptions
import kotlinx.coroutines.runBlocking
import java.net.InetSocketAddress

/**
 * ksnmp's Kotlin API reading the table: the [io.ksnmp.coroutines.SnmpManager.bulkWalk] flow of
 * the whole table, or the [io.ksnmp.coroutines.SnmpManager.table] flow of its ten columns,
 * collected in a coroutine on the engine's own dispatcher (the event-loop thread, no hand-off
 * per request) while the calling thread waits in `runBlocking`. Settings as in
 * [KsnmpFuturesWalkClient], and the engine busy-polls for [busyPoll] before it sleeps (null: the engine's default, adaptive polling).
 */
public class KsnmpWalkClient public constructor(
    agent: InetSocketAddress,
    /** Whether to read with `table` (else `bulkWalk` of the whole table). */
    private val table: Boolean,
    private val maxRepetitions: Int,
    busyPoll: java.time.Duration?,
) : WalkClient {
    private val target = WalkTarget(agent, busyPoll)
    private val manager = target.manager
    private val columns = (1..TableMib.COLUMNS).map { TableMib.ENTRY.child(it.toLong()) }

    override fun walkOnce(): Long = runBlocking(target.engine.dispatcher) {
        var count = 0L
        if (table) {
            manager.table(columns, TableOptions(maxRepetitions)).collect { count += it.values.size }
        } else {
            manager.bulkWalk(TableMib.TABLE, maxRepetitions).collect { count++ }
        }
        count
    }

    override fun close() {
        target.close()
    }
}
