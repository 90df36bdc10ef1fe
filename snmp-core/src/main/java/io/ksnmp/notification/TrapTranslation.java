package io.ksnmp.notification;

import io.ksnmp.notification.UntranslatableNotificationException.Reason;
import io.ksnmp.pdu.TrapV1Pdu;
import io.ksnmp.smi.Counter64;
import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.ObjectIdentifier;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import java.util.ArrayList;
import java.util.List;

/** RFC 3584 §3.1 and §3.2: SNMPv1 trap parameters to SNMPv2 notification parameters and back. */
final class TrapTranslation {
    /** The agent-addr of a translated trap with no snmpTrapAddress.0 and no other address given. */
    static final IpAddress NO_ADDRESS = IpAddress.ofInt(0);

    /** snmpTraps.1 .. snmpTraps.6, indexed by generic-trap. */
    private static final Oid[] GENERIC_TRAPS = {
        NotificationOids.COLD_START, NotificationOids.WARM_START, NotificationOids.LINK_DOWN,
        NotificationOids.LINK_UP, NotificationOids.AUTHENTICATION_FAILURE, NotificationOids.EGP_NEIGHBOR_LOSS,
    };

    private TrapTranslation() {
    }

    /** §3.1; {@code community} is appended as snmpTrapCommunity.0 unless null. */
    static V2Notification toV2(TrapV1Pdu trap, OctetString community) {
        Oid trapOid = trapOidOf(trap);
        VarBindList v1 = trap.varBinds();
        List<VarBind> all = new ArrayList<>(v1.size() + 3);
        all.addAll(v1);
        if (indexOf(v1, NotificationOids.SNMP_TRAP_ADDRESS_0) < 0) {
            all.add(VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, trap.agentAddress()));
        }
        if (community != null && indexOf(v1, NotificationOids.SNMP_TRAP_COMMUNITY_0) < 0) {
            all.add(VarBind.of(NotificationOids.SNMP_TRAP_COMMUNITY_0, community));
        }
        if (indexOf(v1, NotificationOids.SNMP_TRAP_ENTERPRISE_0) < 0) {
            all.add(VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, ObjectIdentifier.of(trap.enterprise())));
        }
        return new V2Notification(trap.timeStamp(), trapOid, VarBindList.copyOf(all));
    }

    /** §3.1 (2) and (3). */
    private static Oid trapOidOf(TrapV1Pdu trap) {
        int generic = trap.genericTrap();
        if (generic >= TrapV1Pdu.COLD_START && generic < TrapV1Pdu.ENTERPRISE_SPECIFIC) {
            return GENERIC_TRAPS[generic];
        }
        if (generic != TrapV1Pdu.ENTERPRISE_SPECIFIC) {
            throw new UntranslatableNotificationException(Reason.GENERIC_TRAP_OUT_OF_RANGE,
                    "generic-trap " + generic + " is not 0..6");
        }
        int specific = trap.specificTrap();
        if (specific < 0) {
            throw new UntranslatableNotificationException(Reason.SPECIFIC_TRAP_OUT_OF_RANGE,
                    "specific-trap " + specific + " is negative, so it is no OID arc");
        }
        Oid enterprise = trap.enterprise();
        if (enterprise.size() > Oid.MAX_ARCS - 2) {
            throw new UntranslatableNotificationException(Reason.TRAP_OID_TOO_LONG,
                    "enterprise " + enterprise.toDottedString() + " has " + enterprise.size()
                            + " arcs; with .0." + specific + " it would exceed " + Oid.MAX_ARCS);
        }
        return enterprise.child(0).child(specific);
    }

    /** §3.2; {@code agentAddress} is used when there is no snmpTrapAddress.0. */
    static TrapV1Pdu toV1(V2Notification n, IpAddress agentAddress) {
        VarBindList vbs = n.varBinds();
        for (int i = 0; i < vbs.size(); i++) {
            if (vbs.value(i) instanceof Counter64) {
                throw new UntranslatableNotificationException(Reason.COUNTER64,
                        "binding " + (i + 3) + " (" + vbs.oid(i).toDottedString()
                                + ") is a Counter64, which an SNMPv1 trap cannot carry (RFC 3584 §3.2 (6))");
            }
        }
        Oid trapOid = n.trapOid();
        int enterpriseAt = indexOf(vbs, NotificationOids.SNMP_TRAP_ENTERPRISE_0);
        boolean enterpriseIsOid = enterpriseAt >= 0 && vbs.value(enterpriseAt) instanceof ObjectIdentifier;
        int generic = genericTrapOf(trapOid);
        int specific;
        Oid enterprise;
        if (generic >= 0) {
            specific = 0;
            enterprise = enterpriseIsOid ? ((ObjectIdentifier) vbs.value(enterpriseAt)).oid() : NotificationOids.SNMP_TRAPS;
        } else {
            generic = TrapV1Pdu.ENTERPRISE_SPECIFIC;
            specific = specificTrapOf(trapOid);
            enterprise = enterpriseOf(trapOid);
        }
        int addressAt = indexOf(vbs, NotificationOids.SNMP_TRAP_ADDRESS_0);
        boolean addressIsIp = addressAt >= 0 && vbs.value(addressAt) instanceof IpAddress;
        IpAddress agent = addressIsIp ? (IpAddress) vbs.value(addressAt) : agentAddress;
        int dropAddress = addressIsIp ? addressAt : -1;
        int dropEnterprise = enterpriseIsOid && ((ObjectIdentifier) vbs.value(enterpriseAt)).oid().equals(enterprise)
                ? enterpriseAt : -1;
        List<VarBind> kept = new ArrayList<>(vbs.size());
        for (int i = 0; i < vbs.size(); i++) {
            if (i != dropAddress && i != dropEnterprise) {
                kept.add(vbs.get(i));
            }
        }
        return new TrapV1Pdu(enterprise, agent, generic, specific, n.upTime(), VarBindList.copyOf(kept));
    }

    /** @return 0..5 if {@code trapOid} is one of the generic traps of RFC 3418, else -1 */
    private static int genericTrapOf(Oid trapOid) {
        for (int i = 0; i < GENERIC_TRAPS.length; i++) {
            if (GENERIC_TRAPS[i].equals(trapOid)) {
                return i;
            }
        }
        return -1;
    }

    /** §3.2 (4): the last arc, if it is an INTEGER. */
    private static int specificTrapOf(Oid trapOid) {
        if (trapOid.size() < 2) {
            throw new UntranslatableNotificationException(Reason.TRAP_OID_TOO_SHORT,
                    "snmpTrapOID.0 " + trapOid.toDottedString() + " has fewer than 2 arcs");
        }
        long last = trapOid.lastArc();
        if (last > Integer.MAX_VALUE) {
            throw new UntranslatableNotificationException(Reason.SPECIFIC_TRAP_OUT_OF_RANGE,
                    "the last arc of snmpTrapOID.0 " + trapOid.toDottedString() + " exceeds 2147483647");
        }
        return (int) last;
    }

    /** §3.2 (1): without the last arc, and without the 0 before it if there is one. */
    private static Oid enterpriseOf(Oid trapOid) {
        Oid parent = trapOid.parent();
        Oid enterprise = parent.lastArc() == 0 ? parent.parent() : parent;
        if (enterprise.size() == 0) {
            throw new UntranslatableNotificationException(Reason.TRAP_OID_TOO_SHORT,
                    "snmpTrapOID.0 " + trapOid.toDottedString() + " leaves no enterprise");
        }
        return enterprise;
    }

    /** @return the position of the first binding named {@code name}, or -1 */
    private static int indexOf(VarBindList vbs, Oid name) {
        for (int i = 0; i < vbs.size(); i++) {
            if (vbs.oid(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
