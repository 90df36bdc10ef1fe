package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.index.inetAddressIndex
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.WritableColumn
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.ObjectIdentifier
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.syntax.TimeTicks
import io.ksnmp.dsl.syntax.enumOf
import io.ksnmp.smi.Oid
import java.net.InetAddress
import kotlin.time.Duration

/**
 * IP-MIB's ipAddressTable (RFC 4293 §5), the addresses of the entity's interfaces, IPv4 and IPv6,
 * indexed by `ipAddressAddrType, ipAddressAddr` read together as one [InetAddress]
 * ([inetAddressIndex]: an IPv6 zone index as the address's scope id).
 *
 * ```
 * router.table(IpAddressTable, IpAddressTable.ipAddressIfIndex, IpAddressTable.ipAddressType).collect { row ->
 *     println("${row.index.hostAddress} on ifIndex ${row[IpAddressTable.ipAddressIfIndex]}")
 * }
 * ```
 */
public object IpAddressTable : MibTable<InetAddress>("1.3.6.1.2.1.4.34.1", inetAddressIndex()) {
    /** ipAddressIfIndex: the interface the address is on (read-create). */
    public val ipAddressIfIndex: WritableColumn<IpAddressTable, Int> = writableColumn(3, Integer32)

    /** ipAddressType: unicast, anycast or broadcast (read-create). */
    public val ipAddressType: WritableColumn<IpAddressTable, SmiEnum<IpAddressType>> = writableColumn(4, enumOf<IpAddressType>())

    /** ipAddressPrefix: the row of ipAddressPrefixTable for the address's prefix (a RowPointer). */
    public val ipAddressPrefix: Column<IpAddressTable, Oid> = column(5, ObjectIdentifier)

    /** ipAddressOrigin: where the address came from. */
    public val ipAddressOrigin: Column<IpAddressTable, SmiEnum<IpAddressOrigin>> = column(6, enumOf<IpAddressOrigin>())

    /** ipAddressStatus: the address's status (RFC 4862's states for IPv6; read-create). */
    public val ipAddressStatus: WritableColumn<IpAddressTable, SmiEnum<IpAddressStatus>> = writableColumn(7, enumOf<IpAddressStatus>())

    /** ipAddressCreated: sysUpTime when the row was created (a TimeStamp). */
    public val ipAddressCreated: Column<IpAddressTable, Duration> = column(8, TimeTicks)

    /** ipAddressLastChanged: sysUpTime when the row last changed (a TimeStamp). */
    public val ipAddressLastChanged: Column<IpAddressTable, Duration> = column(9, TimeTicks)

    /** ipAddressRowStatus: the row's status. */
    public val ipAddressRowStatus: WritableColumn<IpAddressTable, SmiEnum<RowStatus>> = writableColumn(10, enumOf<RowStatus>())

    /** ipAddressStorageType: how the row is kept across restarts. */
    public val ipAddressStorageType: WritableColumn<IpAddressTable, SmiEnum<StorageType>> = writableColumn(11, enumOf<StorageType>())
}

/**
 * ipAddressType's values (IP-MIB).
 *
 * ```
 * row[IpAddressTable.ipAddressType] == IpAddressType.UNICAST
 * ```
 */
public enum class IpAddressType(override val number: Int) : SmiEnum<IpAddressType> {
    /** unicast(1) */
    UNICAST(1),

    /** anycast(2) */
    ANYCAST(2),

    /** broadcast(3) */
    BROADCAST(3),
}

/**
 * IpAddressOriginTC (IP-MIB): where an address came from.
 *
 * ```
 * row[IpAddressTable.ipAddressOrigin] == IpAddressOrigin.DHCP
 * ```
 */
public enum class IpAddressOrigin(override val number: Int) : SmiEnum<IpAddressOrigin> {
    /** other(1) */
    OTHER(1),

    /** manual(2) */
    MANUAL(2),

    /** dhcp(4) */
    DHCP(4),

    /** linklayer(5): derived from the link-layer address */
    LINKLAYER(5),

    /** random(6): a random (privacy) address */
    RANDOM(6),
}

/**
 * IpAddressStatusTC (IP-MIB): an address's status.
 *
 * ```
 * row[IpAddressTable.ipAddressStatus] == IpAddressStatus.PREFERRED
 * ```
 */
public enum class IpAddressStatus(override val number: Int) : SmiEnum<IpAddressStatus> {
    /** preferred(1) */
    PREFERRED(1),

    /** deprecated(2) */
    DEPRECATED(2),

    /** invalid(3) */
    INVALID(3),

    /** inaccessible(4) */
    INACCESSIBLE(4),

    /** unknown(5) */
    UNKNOWN(5),

    /** tentative(6) */
    TENTATIVE(6),

    /** duplicate(7) */
    DUPLICATE(7),

    /** optimistic(8) */
    OPTIMISTIC(8),
}
