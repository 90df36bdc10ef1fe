package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.index.integerIndex
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.Scalar
import io.ksnmp.dsl.mib.WritableScalar
import io.ksnmp.dsl.syntax.Counter32
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.ObjectIdentifier
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.syntax.TimeTicks
import io.ksnmp.dsl.syntax.enumOf
import io.ksnmp.smi.Oid
import kotlin.time.Duration

/**
 * SNMPv2-MIB's system group (RFC 3418 §2), `1.3.6.1.2.1.1`.
 *
 * ```
 * val system = router.get(SystemGroup)
 * println("${system[SystemGroup.sysName]} up ${system[SystemGroup.sysUpTime]}: ${system[SystemGroup.sysDescr]}")
 * router.set(SystemGroup.sysContact to "noc@example.net")
 * ```
 */
public object SystemGroup : MibScalars("1.3.6.1.2.1.1") {
    /** sysDescr: a description of the entity (hardware, operating system, …). */
    public val sysDescr: Scalar<String> = scalar(1, DisplayString)

    /** sysObjectID: the vendor's identification of the kind of entity. */
    public val sysObjectID: Scalar<Oid> = scalar(2, ObjectIdentifier)

    /** sysUpTime: how long since the network management part of the entity was last initialised. */
    public val sysUpTime: Scalar<Duration> = scalar(3, TimeTicks)

    /** sysContact: the contact person for this node. */
    public val sysContact: WritableScalar<String> = writableScalar(4, DisplayString)

    /** sysName: the node's administratively assigned name, by convention its fully qualified domain name. */
    public val sysName: WritableScalar<String> = writableScalar(5, DisplayString)

    /** sysLocation: the node's physical location. */
    public val sysLocation: WritableScalar<String> = writableScalar(6, DisplayString)

    /** sysServices: the set of services this entity offers, as a sum of 2^(layer-1). */
    public val sysServices: Scalar<Int> = scalar(7, Integer32)

    /** sysORLastChange: sysUpTime at the latest change of [SysOrTable] (a TimeStamp). */
    public val sysORLastChange: Scalar<Duration> = scalar(8, TimeTicks)
}

/**
 * SNMPv2-MIB's sysORTable (RFC 3418 §2): the capabilities (MIB modules) the agent supports,
 * indexed by sysORIndex.
 *
 * ```
 * router.table(SysOrTable).collect { println("${it[SysOrTable.sysORID]}: ${it[SysOrTable.sysORDescr]}") }
 * ```
 */
public object SysOrTable : MibTable<Int>("1.3.6.1.2.1.1.9.1", integerIndex()) {
    /** sysORID: the capability's OID (a MODULE-COMPLIANCE or AGENT-CAPABILITIES). */
    public val sysORID: Column<SysOrTable, Oid> = column(2, ObjectIdentifier)

    /** sysORDescr: the capability described as text. */
    public val sysORDescr: Column<SysOrTable, String> = column(3, DisplayString)

    /** sysORUpTime: sysUpTime when this row was last instantiated (a TimeStamp). */
    public val sysORUpTime: Column<SysOrTable, Duration> = column(4, TimeTicks)
}

/**
 * SNMPv2-MIB's snmp group (RFC 3418 §2), `1.3.6.1.2.1.11`: the SNMP entity's counters (the ones
 * RFC 3418 keeps current) and whether it sends authenticationFailure traps.
 *
 * ```
 * val counters = router.get(SnmpGroup)
 * println("${counters[SnmpGroup.snmpInPkts]} in, ${counters[SnmpGroup.snmpInBadCommunityNames]} with bad communities")
 * ```
 */
public object SnmpGroup : MibScalars("1.3.6.1.2.1.11") {
    /** snmpInPkts: messages delivered to the SNMP entity. */
    public val snmpInPkts: Scalar<Long> = scalar(1, Counter32)

    /** snmpInBadVersions: messages of an unsupported SNMP version. */
    public val snmpInBadVersions: Scalar<Long> = scalar(3, Counter32)

    /** snmpInBadCommunityNames: community-based messages with an unknown community. */
    public val snmpInBadCommunityNames: Scalar<Long> = scalar(4, Counter32)

    /** snmpInBadCommunityUses: community-based messages asking for an operation the community does not allow. */
    public val snmpInBadCommunityUses: Scalar<Long> = scalar(5, Counter32)

    /** snmpInASNParseErrs: messages that did not decode. */
    public val snmpInASNParseErrs: Scalar<Long> = scalar(6, Counter32)

    /** snmpEnableAuthenTraps: whether the entity may send authenticationFailure traps. */
    public val snmpEnableAuthenTraps: WritableScalar<SmiEnum<EnabledStatus>> = writableScalar(30, enumOf<EnabledStatus>())

    /** snmpSilentDrops: confirmed-class PDUs dropped because the response would not fit. */
    public val snmpSilentDrops: Scalar<Long> = scalar(31, Counter32)

    /** snmpProxyDrops: confirmed-class PDUs dropped because a proxy target failed. */
    public val snmpProxyDrops: Scalar<Long> = scalar(32, Counter32)
}

/**
 * enabled(1), disabled(2): `snmpEnableAuthenTraps` (SNMPv2-MIB) and `ifLinkUpDownTrapEnable` (IF-MIB).
 *
 * ```
 * router.set(SnmpGroup.snmpEnableAuthenTraps to EnabledStatus.ENABLED)
 * ```
 */
public enum class EnabledStatus(override val number: Int) : SmiEnum<EnabledStatus> {
    /** enabled(1) */
    ENABLED(1),

    /** disabled(2) */
    DISABLED(2),
}
