package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.index.integerIndex
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.Scalar
import io.ksnmp.dsl.mib.WritableColumn
import io.ksnmp.dsl.mib.WritableScalar
import io.ksnmp.dsl.syntax.Counter32
import io.ksnmp.dsl.syntax.DateAndTime
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.Gauge32
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.ObjectIdentifier
import io.ksnmp.dsl.syntax.TimeTicks
import io.ksnmp.smi.Oid
import java.time.OffsetDateTime
import kotlin.time.Duration

/**
 * HOST-RESOURCES-MIB's hrSystem group (RFC 2790), `1.3.6.1.2.1.25.1`.
 *
 * ```
 * val now: OffsetDateTime = router.get(HrSystemGroup.hrSystemDate)
 * ```
 */
public object HrSystemGroup : MibScalars("1.3.6.1.2.1.25.1") {
    /** hrSystemUptime: how long since the host was last initialised. */
    public val hrSystemUptime: Scalar<Duration> = scalar(1, TimeTicks)

    /** hrSystemDate: the host's local date and time, with its offset from UTC. */
    public val hrSystemDate: WritableScalar<OffsetDateTime> = writableScalar(2, DateAndTime)

    /** hrSystemNumUsers: the number of user sessions. */
    public val hrSystemNumUsers: Scalar<Long> = scalar(5, Gauge32)

    /** hrSystemProcesses: the number of processes loaded or running. */
    public val hrSystemProcesses: Scalar<Long> = scalar(6, Gauge32)

    /** hrSystemMaxProcesses: the most processes the host supports (0 if no fixed limit). */
    public val hrSystemMaxProcesses: Scalar<Int> = scalar(7, Integer32)
}

/**
 * HOST-RESOURCES-MIB's hrStorage group (RFC 2790), `1.3.6.1.2.1.25.2`: the host's memory size.
 *
 * ```
 * val kib: Int = router.get(HrStorageGroup.hrMemorySize)
 * ```
 */
public object HrStorageGroup : MibScalars("1.3.6.1.2.1.25.2") {
    /** hrMemorySize: the physical memory, in units of 1,024 octets (KBytes). */
    public val hrMemorySize: Scalar<Int> = scalar(2, Integer32)
}

/**
 * HOST-RESOURCES-MIB's hrStorageTable (RFC 2790), indexed by hrStorageIndex: memory, swap and
 * file systems, their sizes and use in allocation units.
 *
 * ```
 * router.table(HrStorageTable).collect { row ->
 *     val unit = row[HrStorageTable.hrStorageAllocationUnits] ?: return@collect
 *     println("${row[HrStorageTable.hrStorageDescr]}: ${row[HrStorageTable.hrStorageUsed]!!.toLong() * unit} bytes used")
 * }
 * ```
 */
public object HrStorageTable : MibTable<Int>("1.3.6.1.2.1.25.2.3.1", integerIndex()) {
    /** hrStorageIndex: the row's index (1 and up). */
    public val hrStorageIndex: Column<HrStorageTable, Int> = column(1, Integer32)

    /** hrStorageType: the kind of storage, an OID under hrStorageTypes (`1.3.6.1.2.1.25.2.1`), such as hrStorageRam (.2). */
    public val hrStorageType: Column<HrStorageTable, Oid> = column(2, ObjectIdentifier)

    /** hrStorageDescr: a description, such as a file system's mount point. */
    public val hrStorageDescr: Column<HrStorageTable, String> = column(3, DisplayString)

    /** hrStorageAllocationUnits: the size of an allocation unit, in octets. */
    public val hrStorageAllocationUnits: Column<HrStorageTable, Int> = column(4, Integer32)

    /** hrStorageSize: the size, in allocation units (read-write). */
    public val hrStorageSize: WritableColumn<HrStorageTable, Int> = writableColumn(5, Integer32)

    /** hrStorageUsed: the allocation units in use. */
    public val hrStorageUsed: Column<HrStorageTable, Int> = column(6, Integer32)

    /** hrStorageAllocationFailures: requests for storage that could not be met. */
    public val hrStorageAllocationFailures: Column<HrStorageTable, Long> = column(7, Counter32)
}

/**
 * HOST-RESOURCES-MIB's hrProcessorTable (RFC 2790), indexed by hrDeviceIndex: each processor's
 * firmware and load.
 *
 * ```
 * val loads: List<Int?> = router.table(HrProcessorTable).map { it[HrProcessorTable.hrProcessorLoad] }.toList()
 * ```
 */
public object HrProcessorTable : MibTable<Int>("1.3.6.1.2.1.25.3.3.1", integerIndex()) {
    /** hrProcessorFrwID: the processor's firmware product ID (`0.0` if unknown). */
    public val hrProcessorFrwID: Column<HrProcessorTable, Oid> = column(1, ObjectIdentifier)

    /** hrProcessorLoad: the percentage of the last minute the processor was busy, 0..100. */
    public val hrProcessorLoad: Column<HrProcessorTable, Int> = column(2, Integer32)
}
