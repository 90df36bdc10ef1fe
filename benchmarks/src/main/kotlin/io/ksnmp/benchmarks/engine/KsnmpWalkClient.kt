package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.message.SnmpVersion
import kotlinx.coroutines.runBlocking
import java.net.InetSocketAddress
import kotlin.time.toKotlinDuration

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
    private val engine = SnmpEngine(
        defaultVersion = SnmpVersion.V2C, receiveBufferSize = GetClient.RECEIVE_BUFFER, busyPoll = busyPoll?.toKotlinDuration(),
    )
    private val timeout = WalkClient.TIMEOUT.toKotlinDuration()
    private val manager = engine.manager(agent, version = SnmpVersion.V2C, community = GetClient.COMMUNITY, timeout = timeout, refreshPeriod = timeout)
    private val columns = (1..TableMib.COLUMNS).map { TableMib.ENTRY.child(it.toLong()) }

    override fun walkOnce(): Long = runBlocking(engine.dispatcher) {
        var count = 0L
        if (table) {
            manager.table(columns, TableOptions(maxRepetitions)).collect { count += it.values.size }
        } else {
            manager.bulkWalk(TableMib.TABLE, maxRepetitions).collect { count++ }
        }
        count
    }

    override fun close() {
        engine.close()
    }
}
