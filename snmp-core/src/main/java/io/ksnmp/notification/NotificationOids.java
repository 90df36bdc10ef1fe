package io.ksnmp.notification;

import io.ksnmp.smi.Oid;

/**
 * The names a notification is built from: the two bindings every SNMPv2-Trap and InformRequest
 * starts with (RFC 3416 §4.2.6, §4.2.7), the bindings RFC 3584 §3.1 appends when it translates an
 * SNMPv1 trap, and the six generic traps of SNMPv2-MIB (RFC 3418) under {@code snmpTraps}.
 *
 * <p>The {@code _0} names are instances (the scalar's {@code .0}), as they appear in variable
 * bindings.
 *
 * <pre>{@code
 * VarBindList vbs = VarBindList.of(
 *         VarBind.of(NotificationOids.SYS_UP_TIME_0, TimeTicks.of(12345)),
 *         VarBind.of(NotificationOids.SNMP_TRAP_OID_0, ObjectIdentifier.of(NotificationOids.LINK_DOWN)));
 * boolean generic = trapOid.parent().equals(NotificationOids.SNMP_TRAPS);
 * }</pre>
 */
public final class NotificationOids {
    /** {@code sysUpTime.0} (SNMPv2-MIB), 1.3.6.1.2.1.1.3.0: the first binding, a TimeTicks. */
    public static final Oid SYS_UP_TIME_0 = Oid.parse("1.3.6.1.2.1.1.3.0");

    /** {@code snmpTrapOID.0} (SNMPv2-MIB), 1.3.6.1.6.3.1.1.4.1.0: the second binding, the notification's identity. */
    public static final Oid SNMP_TRAP_OID_0 = Oid.parse("1.3.6.1.6.3.1.1.4.1.0");

    /** {@code snmpTrapEnterprise.0} (SNMPv2-MIB), 1.3.6.1.6.3.1.1.4.3.0: an SNMPv1 trap's enterprise, an OBJECT IDENTIFIER. */
    public static final Oid SNMP_TRAP_ENTERPRISE_0 = Oid.parse("1.3.6.1.6.3.1.1.4.3.0");

    /** {@code snmpTrapAddress.0} (SNMP-COMMUNITY-MIB), 1.3.6.1.6.3.18.1.3.0: an SNMPv1 trap's agent-addr, an IpAddress. */
    public static final Oid SNMP_TRAP_ADDRESS_0 = Oid.parse("1.3.6.1.6.3.18.1.3.0");

    /** {@code snmpTrapCommunity.0} (SNMP-COMMUNITY-MIB), 1.3.6.1.6.3.18.1.4.0: the community an SNMPv1 trap came with. */
    public static final Oid SNMP_TRAP_COMMUNITY_0 = Oid.parse("1.3.6.1.6.3.18.1.4.0");

    /** {@code snmpTraps} (SNMPv2-MIB), 1.3.6.1.6.3.1.1.5: the parent of the generic traps. */
    public static final Oid SNMP_TRAPS = Oid.parse("1.3.6.1.6.3.1.1.5");

    /** {@code coldStart}, snmpTraps.1: SNMPv1 generic-trap 0. */
    public static final Oid COLD_START = SNMP_TRAPS.child(1);

    /** {@code warmStart}, snmpTraps.2: SNMPv1 generic-trap 1. */
    public static final Oid WARM_START = SNMP_TRAPS.child(2);

    /** {@code linkDown}, snmpTraps.3: SNMPv1 generic-trap 2. */
    public static final Oid LINK_DOWN = SNMP_TRAPS.child(3);

    /** {@code linkUp}, snmpTraps.4: SNMPv1 generic-trap 3. */
    public static final Oid LINK_UP = SNMP_TRAPS.child(4);

    /** {@code authenticationFailure}, snmpTraps.5: SNMPv1 generic-trap 4. */
    public static final Oid AUTHENTICATION_FAILURE = SNMP_TRAPS.child(5);

    /** {@code egpNeighborLoss}, snmpTraps.6: SNMPv1 generic-trap 5. */
    public static final Oid EGP_NEIGHBOR_LOSS = SNMP_TRAPS.child(6);

    private NotificationOids() {
    }
}
