package io.ksnmp.benchmarks.engine

import io.ksnmp.coroutines.TableOptions
import io.ksnmp.dsl.index.integerIndex
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.syntax.Counter32
import io.ksnmp.dsl.syntax.Counter64
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.Gauge32
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.IpAddress
import io.ksnmp.dsl.syntax.PhysAddress
import io.ksnmp.dsl.syntax.PhysicalAddress
import io.ksnmp.dsl.syntax.TimeTicks
import io.ksnmp.dsl.table
import kotlinx.coroutines.runBlocking
import java.net.Inet4Address
import java.net.InetSocketAddress
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/** [TableMib] declared with the DSL: its ten columns with their syntaxes, indexed by an INTEGER. */
public object TypedTableMib : MibTable<Int>(TableMib.ENTRY.toString(), integerIndex()) {
    /** Column 1: the index, readable. */
    public val rowIndex: Column<TypedTableMib, Int> = column(1, Integer32)

    /** Column 2: an interface name. */
    public val name: Column<TypedTableMib, String> = column(2, DisplayString)

    /** Column 3: a speed. */
    public val speed: Column<TypedTableMib, Long> = column(3, Gauge32)

    /** Column 4: an octet counter. */
    public val inOctets: Column<TypedTableMib, Long> = column(4, Counter32)

    /** Column 5: an octet counter. */
    public val outOctets: Column<TypedTableMib, Long> = column(5, Counter32)

    /** Column 6: a 64-bit octet counter. */
    public val hcInOctets: Column<TypedTableMib, ULong> = column(6, Counter64)

    /** Column 7: a 64-bit octet counter. */
    public val hcOutOctets: Column<TypedTableMib, ULong> = column(7, Counter64)

    /** Column 8: a last-change time. */
    public val lastChange: Column<TypedTableMib, Duration> = column(8, TimeTicks)

    /** Column 9: an address. */
    public val address: Column<TypedTableMib, Inet4Address> = column(9, IpAddress)

    /** Column 10: a physical address. */
    public val physAddress: Column<TypedTableMib, PhysicalAddress> = column(10, PhysAddress)
}

/**
 * The untyped `table()` of the ten columns with every cell converted by hand to the Kotlin types
 * [KsnmpTypedTableClient] reads (casts, `asUtf8()`, `toInetAddress()`, …), as a Kotlin user
 * without the DSL would, each kept (in a reused array) as a collector keeps what it reads: the
 * baseline of what the DSL itself adds.
 */
public class KsnmpConvertedTableClient public constructor(
    agent: InetSocketAddress,
    private val maxRepetitions: Int,
    busyPoll: java.time.Duration?,
) : WalkClient {
    private val target = WalkTarget(agent, busyPoll)
    private val manager = target.manager
    private val c = (1..TableMib.COLUMNS).map { TableMib.ENTRY.child(it.toLong()) }

    /** The latest row's values, kept as a collector keeps what it reads (so the JIT cannot drop the conversions). */
    private val kept = arrayOfNulls<Any>(TableMib.COLUMNS + 1)

    override fun walkOnce(): Long = runBlocking(target.engine.dispatcher) {
        var count = 0L
        manager.table(c, TableOptions(maxRepetitions)).collect { row ->
            kept[10] = row.index.arc(0).toInt()
            (row[c[0]] as? io.ksnmp.smi.Integer32)?.let { kept[0] = it.value(); count++ }
            (row[c[1]] as? io.ksnmp.smi.OctetString)?.let { kept[1] = it.asUtf8(); count++ }
            (row[c[2]] as? io.ksnmp.smi.Gauge32)?.let { kept[2] = it.value(); count++ }
            (row[c[3]] as? io.ksnmp.smi.Counter32)?.let { kept[3] = it.value(); count++ }
            (row[c[4]] as? io.ksnmp.smi.Counter32)?.let { kept[4] = it.value(); count++ }
            (row[c[5]] as? io.ksnmp.smi.Counter64)?.let { kept[5] = it.longValue().toULong(); count++ }
            (row[c[6]] as? io.ksnmp.smi.Counter64)?.let { kept[6] = it.longValue().toULong(); count++ }
            (row[c[7]] as? io.ksnmp.smi.TimeTicks)?.let { kept[7] = (it.value() * 10).milliseconds; count++ }
            (row[c[8]] as? io.ksnmp.smi.IpAddress)?.let { kept[8] = it.toInetAddress(); count++ }
            (row[c[9]] as? io.ksnmp.smi.OctetString)?.let { kept[9] = PhysicalAddress(it); count++ }
        }
        count
    }

    override fun close() {
        target.close()
    }
}

/**
 * The typed DSL reading the table: `manager.table(TypedTableMib, TableOptions(maxRepetitions))`
 * (the same `table()` of the same ten columns as `ksnmp-table`), each row's index decoded and every
 * cell read as its Kotlin type (String, Long, ULong, Duration, Inet4Address, PhysicalAddress), as
 * a collector mapping rows to its own types would, each kept in a reused array; it counts the cells read. Engine and manager as
 * in [KsnmpWalkClient].
 */
public class KsnmpTypedTableClient public constructor(
    agent: InetSocketAddress,
    private val maxRepetitions: Int,
    busyPoll: java.time.Duration?,
) : WalkClient {
    private val target = WalkTarget(agent, busyPoll)
    private val manager = target.manager

    /** The latest row's values, kept as a collector keeps what it reads. */
    private val kept = arrayOfNulls<Any>(TableMib.COLUMNS + 1)

    override fun walkOnce(): Long = runBlocking(target.engine.dispatcher) {
        var count = 0L
        manager.table(TypedTableMib, TableOptions(maxRepetitions)).collect { row ->
            kept[10] = row.index
            row[TypedTableMib.rowIndex]?.let { kept[0] = it; count++ }
            row[TypedTableMib.name]?.let { kept[1] = it; count++ }
            row[TypedTableMib.speed]?.let { kept[2] = it; count++ }
            row[TypedTableMib.inOctets]?.let { kept[3] = it; count++ }
            row[TypedTableMib.outOctets]?.let { kept[4] = it; count++ }
            row[TypedTableMib.hcInOctets]?.let { kept[5] = it; count++ }
            row[TypedTableMib.hcOutOctets]?.let { kept[6] = it; count++ }
            row[TypedTableMib.lastChange]?.let { kept[7] = it; count++ }
            row[TypedTableMib.address]?.let { kept[8] = it; count++ }
            row[TypedTableMib.physAddress]?.let { kept[9] = it; count++ }
        }
        count
    }

    override fun close() {
        target.close()
    }
}
