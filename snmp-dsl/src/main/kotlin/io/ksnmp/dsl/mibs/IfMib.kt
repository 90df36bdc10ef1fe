package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.index.integerIndex
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.Scalar
import io.ksnmp.dsl.mib.WritableColumn
import io.ksnmp.dsl.syntax.Counter32
import io.ksnmp.dsl.syntax.Counter64
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.Gauge32
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.ObjectIdentifier
import io.ksnmp.dsl.syntax.PhysAddress
import io.ksnmp.dsl.syntax.PhysicalAddress
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.syntax.TimeTicks
import io.ksnmp.dsl.syntax.TruthValue
import io.ksnmp.dsl.syntax.enumOf
import io.ksnmp.smi.Oid
import kotlin.time.Duration

/**
 * IF-MIB's interfaces group (RFC 2863), `1.3.6.1.2.1.2`: how many rows [IfTable] has.
 *
 * ```
 * val count: Int = router.get(InterfacesGroup.ifNumber)
 * ```
 */
public object InterfacesGroup : MibScalars("1.3.6.1.2.1.2") {
    /** ifNumber: the number of network interfaces (rows of ifTable). */
    public val ifNumber: Scalar<Int> = scalar(1, Integer32)
}

/**
 * IF-MIB's ifTable (RFC 2863 §6), indexed by ifIndex. The deprecated columns ifInNUcastPkts,
 * ifOutNUcastPkts, ifOutQLen and ifSpecific are declared too, since agents still serve them.
 *
 * ```
 * data class Interface(val index: Int, val name: String?, val up: Boolean, val inOctets: Long?)
 * router.table(IfTable, IfTable.ifDescr, IfTable.ifOperStatus, IfTable.ifInOctets).map { row ->
 *     Interface(row.index, row[IfTable.ifDescr], row[IfTable.ifOperStatus] == IfOperStatus.UP, row[IfTable.ifInOctets])
 * }.toList()
 * ```
 */
public object IfTable : MibTable<Int>("1.3.6.1.2.1.2.2.1", integerIndex()) {
    /** ifIndex: the interface's index (InterfaceIndex, 1 and up); the table's INDEX, and readable. */
    public val ifIndex: Column<IfTable, Int> = column(1, Integer32)

    /** ifDescr: the interface's description (product, version). */
    public val ifDescr: Column<IfTable, String> = column(2, DisplayString)

    /** ifType: the kind of interface (IANAifType). */
    public val ifType: Column<IfTable, SmiEnum<IanaIfType>> = column(3, enumOf<IanaIfType>())

    /** ifMtu: the largest packet it sends or receives, in octets. */
    public val ifMtu: Column<IfTable, Int> = column(4, Integer32)

    /** ifSpeed: its bandwidth in bits per second (4,294,967,295 if faster: see IfXTable.ifHighSpeed). */
    public val ifSpeed: Column<IfTable, Long> = column(5, Gauge32)

    /** ifPhysAddress: its link-layer address (empty if it has none). */
    public val ifPhysAddress: Column<IfTable, PhysicalAddress> = column(6, PhysAddress)

    /** ifAdminStatus: the state it is configured to be in. */
    public val ifAdminStatus: WritableColumn<IfTable, SmiEnum<IfAdminStatus>> = writableColumn(7, enumOf<IfAdminStatus>())

    /** ifOperStatus: its operational state. */
    public val ifOperStatus: Column<IfTable, SmiEnum<IfOperStatus>> = column(8, enumOf<IfOperStatus>())

    /** ifLastChange: sysUpTime when it last entered its operational state (a TimeTicks). */
    public val ifLastChange: Column<IfTable, Duration> = column(9, TimeTicks)

    /** ifInOctets: octets received, framing included. */
    public val ifInOctets: Column<IfTable, Long> = column(10, Counter32)

    /** ifInUcastPkts: unicast packets delivered to a higher layer. */
    public val ifInUcastPkts: Column<IfTable, Long> = column(11, Counter32)

    /** ifInNUcastPkts (deprecated): non-unicast packets delivered to a higher layer. */
    public val ifInNUcastPkts: Column<IfTable, Long> = column(12, Counter32)

    /** ifInDiscards: inbound packets discarded without an error (to free buffers, say). */
    public val ifInDiscards: Column<IfTable, Long> = column(13, Counter32)

    /** ifInErrors: inbound packets with errors. */
    public val ifInErrors: Column<IfTable, Long> = column(14, Counter32)

    /** ifInUnknownProtos: inbound packets of an unknown or unsupported protocol. */
    public val ifInUnknownProtos: Column<IfTable, Long> = column(15, Counter32)

    /** ifOutOctets: octets sent, framing included. */
    public val ifOutOctets: Column<IfTable, Long> = column(16, Counter32)

    /** ifOutUcastPkts: unicast packets higher layers asked to send. */
    public val ifOutUcastPkts: Column<IfTable, Long> = column(17, Counter32)

    /** ifOutNUcastPkts (deprecated): non-unicast packets higher layers asked to send. */
    public val ifOutNUcastPkts: Column<IfTable, Long> = column(18, Counter32)

    /** ifOutDiscards: outbound packets discarded without an error. */
    public val ifOutDiscards: Column<IfTable, Long> = column(19, Counter32)

    /** ifOutErrors: outbound packets not sent because of errors. */
    public val ifOutErrors: Column<IfTable, Long> = column(20, Counter32)

    /** ifOutQLen (deprecated): the output queue's length, in packets. */
    public val ifOutQLen: Column<IfTable, Long> = column(21, Gauge32)

    /** ifSpecific (deprecated): a reference to media-specific MIB definitions. */
    public val ifSpecific: Column<IfTable, Oid> = column(22, ObjectIdentifier)
}

/**
 * IF-MIB's ifXTable (RFC 2863 §6), which AUGMENTS [IfTable]: the same rows, indexed by ifIndex,
 * with names, 64-bit counters and more.
 *
 * ```
 * router.table(IfXTable, IfXTable.ifName, IfXTable.ifHCInOctets).collect { row ->
 *     println("${row[IfXTable.ifName]}: ${row[IfXTable.ifHCInOctets]} octets in")     // ULong
 * }
 * ```
 */
public object IfXTable : MibTable<Int>("1.3.6.1.2.1.31.1.1.1", augments = IfTable) {
    /** ifName: the interface's name as the device names it (`eth0`, `Gi0/1`). */
    public val ifName: Column<IfXTable, String> = column(1, DisplayString)

    /** ifInMulticastPkts: multicast packets delivered to a higher layer. */
    public val ifInMulticastPkts: Column<IfXTable, Long> = column(2, Counter32)

    /** ifInBroadcastPkts: broadcast packets delivered to a higher layer. */
    public val ifInBroadcastPkts: Column<IfXTable, Long> = column(3, Counter32)

    /** ifOutMulticastPkts: multicast packets higher layers asked to send. */
    public val ifOutMulticastPkts: Column<IfXTable, Long> = column(4, Counter32)

    /** ifOutBroadcastPkts: broadcast packets higher layers asked to send. */
    public val ifOutBroadcastPkts: Column<IfXTable, Long> = column(5, Counter32)

    /** ifHCInOctets: octets received, 64 bits. */
    public val ifHCInOctets: Column<IfXTable, ULong> = column(6, Counter64)

    /** ifHCInUcastPkts: unicast packets delivered to a higher layer, 64 bits. */
    public val ifHCInUcastPkts: Column<IfXTable, ULong> = column(7, Counter64)

    /** ifHCInMulticastPkts: multicast packets delivered to a higher layer, 64 bits. */
    public val ifHCInMulticastPkts: Column<IfXTable, ULong> = column(8, Counter64)

    /** ifHCInBroadcastPkts: broadcast packets delivered to a higher layer, 64 bits. */
    public val ifHCInBroadcastPkts: Column<IfXTable, ULong> = column(9, Counter64)

    /** ifHCOutOctets: octets sent, 64 bits. */
    public val ifHCOutOctets: Column<IfXTable, ULong> = column(10, Counter64)

    /** ifHCOutUcastPkts: unicast packets higher layers asked to send, 64 bits. */
    public val ifHCOutUcastPkts: Column<IfXTable, ULong> = column(11, Counter64)

    /** ifHCOutMulticastPkts: multicast packets higher layers asked to send, 64 bits. */
    public val ifHCOutMulticastPkts: Column<IfXTable, ULong> = column(12, Counter64)

    /** ifHCOutBroadcastPkts: broadcast packets higher layers asked to send, 64 bits. */
    public val ifHCOutBroadcastPkts: Column<IfXTable, ULong> = column(13, Counter64)

    /** ifLinkUpDownTrapEnable: whether linkUp/linkDown traps are sent for this interface. */
    public val ifLinkUpDownTrapEnable: WritableColumn<IfXTable, SmiEnum<EnabledStatus>> = writableColumn(14, enumOf<EnabledStatus>())

    /** ifHighSpeed: the bandwidth in units of 1,000,000 bits per second. */
    public val ifHighSpeed: Column<IfXTable, Long> = column(15, Gauge32)

    /** ifPromiscuousMode: whether it accepts every packet on the medium. */
    public val ifPromiscuousMode: WritableColumn<IfXTable, Boolean> = writableColumn(16, TruthValue)

    /** ifConnectorPresent: whether it has a physical connector. */
    public val ifConnectorPresent: Column<IfXTable, Boolean> = column(17, TruthValue)

    /** ifAlias: an alias an administrator gave it (up to 64 octets). */
    public val ifAlias: WritableColumn<IfXTable, String> = writableColumn(18, DisplayString)

    /** ifCounterDiscontinuityTime: sysUpTime at the latest discontinuity of its counters (a TimeStamp). */
    public val ifCounterDiscontinuityTime: Column<IfXTable, Duration> = column(19, TimeTicks)
}

/**
 * ifAdminStatus's values (IF-MIB).
 *
 * ```
 * router.set(IfTable.ifAdminStatus[7] to IfAdminStatus.DOWN)
 * ```
 */
public enum class IfAdminStatus(override val number: Int) : SmiEnum<IfAdminStatus> {
    /** up(1): ready to pass packets */
    UP(1),

    /** down(2) */
    DOWN(2),

    /** testing(3): in some test mode */
    TESTING(3),
}

/**
 * ifOperStatus's values (IF-MIB).
 *
 * ```
 * val up = row[IfTable.ifOperStatus] == IfOperStatus.UP
 * ```
 */
public enum class IfOperStatus(override val number: Int) : SmiEnum<IfOperStatus> {
    /** up(1): ready to pass packets */
    UP(1),

    /** down(2) */
    DOWN(2),

    /** testing(3): in some test mode */
    TESTING(3),

    /** unknown(4): the status cannot be determined */
    UNKNOWN(4),

    /** dormant(5): waiting for an external action */
    DORMANT(5),

    /** notPresent(6): some component is missing */
    NOT_PRESENT(6),

    /** lowerLayerDown(7): down because of a lower-layer interface */
    LOWER_LAYER_DOWN(7),
}

/**
 * The commonest values of IANAifType (the IANA registry has hundreds; the others read as
 * [io.ksnmp.dsl.syntax.UnknownEnumNumber] with their number).
 *
 * ```
 * val ethernet = row[IfTable.ifType] == IanaIfType.ETHERNET_CSMACD
 * ```
 */
public enum class IanaIfType(override val number: Int) : SmiEnum<IanaIfType> {
    /** other(1) */
    OTHER(1),

    /** ethernetCsmacd(6): all Ethernet-like interfaces */
    ETHERNET_CSMACD(6),

    /** iso88023Csmacd(7), deprecated for ethernetCsmacd */
    ISO88023_CSMACD(7),

    /** ppp(23) */
    PPP(23),

    /** softwareLoopback(24) */
    SOFTWARE_LOOPBACK(24),

    /** slip(28) */
    SLIP(28),

    /** propVirtual(53): proprietary virtual/internal interface */
    PROP_VIRTUAL(53),

    /** ieee80211(71): radio spread spectrum (Wi-Fi) */
    IEEE80211(71),

    /** l3ipvlan(136): layer 3 virtual LAN using IP */
    L3_IPVLAN(136),

    /** tunnel(131): encapsulation interface */
    TUNNEL(131),

    /** l2vlan(135): layer 2 virtual LAN using 802.1Q */
    L2_VLAN(135),

    /** ieee8023adLag(161): IEEE 802.3ad link aggregate */
    IEEE8023AD_LAG(161),

    /** bridge(209): transparent bridge interface */
    BRIDGE(209),
}
