package io.ksnmp.notification;

import io.ksnmp.pdu.TrapV1Pdu;
import io.ksnmp.smi.Counter64;
import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.ObjectIdentifier;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.smi.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A notification in its SNMPv2 form, which every SNMP version can be given in (RFC 3584 §3.1):
 * sysUpTime.0, snmpTrapOID.0 and the remaining variable bindings. An SNMPv2-Trap or InformRequest
 * carries exactly this ({@link #parse(VarBindList)}, {@link #toVarBindList()}); an SNMPv1 Trap-PDU
 * translates to it ({@link #fromTrapV1(TrapV1Pdu)}) and, Counter64 aside, back
 * ({@link #toTrapV1(IpAddress)}).
 *
 * <pre>{@code
 * // receiving: one form for every version
 * V2Notification n = pdu instanceof TrapV1Pdu t ? V2Notification.fromTrapV1(t) : V2Notification.parse(pdu.varBinds());
 * if (n.trapOid().equals(NotificationOids.LINK_DOWN)) { ... n.varBinds() ... }
 *
 * // sending
 * V2Notification linkDown = new V2Notification(TimeTicks.of(12345), NotificationOids.LINK_DOWN,
 *         VarBindList.of(VarBind.of("1.3.6.1.2.1.2.2.1.1.3", Integer32.of(3))));
 * Pdu v2 = Pdu.trapV2(requestId, linkDown.toVarBindList());
 * TrapV1Pdu v1 = linkDown.toTrapV1(IpAddress.parse("192.0.2.1"));
 * }</pre>
 *
 * @param upTime the value of sysUpTime.0: when the notification was generated
 * @param trapOid the value of snmpTrapOID.0: which notification this is
 * @param varBinds the bindings after those two
 */
public record V2Notification(TimeTicks upTime, Oid trapOid, VarBindList varBinds) {
    /**
     * @param upTime the value of sysUpTime.0
     * @param trapOid the value of snmpTrapOID.0
     * @param varBinds the bindings after those two
     */
    public V2Notification {
        Objects.requireNonNull(upTime, "upTime");
        Objects.requireNonNull(trapOid, "trapOid");
        Objects.requireNonNull(varBinds, "varBinds");
    }

    /**
     * Reads the bindings of an SNMPv2-Trap or InformRequest (RFC 3416 §4.2.6, §4.2.7).
     *
     * <pre>{@code
     * V2Notification n = V2Notification.parse(trapV2Pdu.varBinds());
     * }</pre>
     *
     * @param varBinds sysUpTime.0 (TimeTicks), snmpTrapOID.0 (OBJECT IDENTIFIER), then any others
     * @return the notification
     * @throws MalformedNotificationException if either of the first two bindings is missing,
     *     has another name or a value of another type
     */
    public static V2Notification parse(VarBindList varBinds) {
        int size = varBinds.size();
        if (size < 1 || !varBinds.oid(0).equals(NotificationOids.SYS_UP_TIME_0)
                || !(varBinds.value(0) instanceof TimeTicks upTime)) {
            throw new MalformedNotificationException(0, varBinds);
        }
        if (size < 2 || !varBinds.oid(1).equals(NotificationOids.SNMP_TRAP_OID_0)
                || !(varBinds.value(1) instanceof ObjectIdentifier trapOid)) {
            throw new MalformedNotificationException(1, varBinds);
        }
        return new V2Notification(upTime, trapOid.oid(), varBinds.slice(2, size));
    }

    /**
     * The bindings of an SNMPv2-Trap or InformRequest carrying this notification.
     *
     * <pre>{@code
     * Pdu inform = Pdu.inform(requestId, notification.toVarBindList());
     * }</pre>
     *
     * @return sysUpTime.0, snmpTrapOID.0, then {@link #varBinds()}
     */
    public VarBindList toVarBindList() {
        VarBind[] all = new VarBind[varBinds.size() + 2];
        all[0] = VarBind.of(NotificationOids.SYS_UP_TIME_0, upTime);
        all[1] = VarBind.of(NotificationOids.SNMP_TRAP_OID_0, ObjectIdentifier.of(trapOid));
        for (int i = 0; i < varBinds.size(); i++) {
            all[i + 2] = varBinds.get(i);
        }
        return VarBindList.of(all);
    }

    /**
     * Translates an SNMPv1 trap as RFC 3584 §3.1 prescribes: sysUpTime.0 is the time-stamp;
     * snmpTrapOID.0 is {@code snmpTraps.(generic-trap + 1)} for generic-trap 0..5 and
     * {@code enterprise.0.specific-trap} for 6; the bindings are the trap's, followed by
     * snmpTrapAddress.0 (the agent-addr) and snmpTrapEnterprise.0 (the enterprise), each only if
     * the trap's bindings do not already hold that name. Those two keep what the SNMPv2 form has
     * no field for, so {@link #toTrapV1(IpAddress)} gives the trap back.
     *
     * <pre>{@code
     * V2Notification n = V2Notification.fromTrapV1(trap);
     * n.trapOid();   // 1.3.6.1.4.1.8072.2.3.0.17 for enterprise 1.3.6.1.4.1.8072.2.3, generic 6, specific 17
     * }</pre>
     *
     * @param trap an SNMPv1 Trap-PDU
     * @return the notification
     * @throws UntranslatableNotificationException if the generic-trap is not 0..6, or for
     *     generic-trap 6 the specific-trap is negative or the enterprise has more than 126 arcs
     */
    public static V2Notification fromTrapV1(TrapV1Pdu trap) {
        return TrapTranslation.toV2(trap, null);
    }

    /**
     * Translates an SNMPv1 trap as {@link #fromTrapV1(TrapV1Pdu)} does and, as a proxy forwarding
     * a received trap does (RFC 3584 §3.1 (4)), appends snmpTrapCommunity.0 between
     * snmpTrapAddress.0 and snmpTrapEnterprise.0 unless the trap's bindings hold it. The
     * community then travels in the bindings, in clear, wherever the notification goes.
     *
     * <pre>{@code
     * V2Notification forwarded = V2Notification.fromTrapV1(message.pdu(), OctetString.of(message.community()));
     * }</pre>
     *
     * @param trap an SNMPv1 Trap-PDU
     * @param community the community string of the message that carried it
     * @return the notification
     * @throws UntranslatableNotificationException as {@link #fromTrapV1(TrapV1Pdu)}
     */
    public static V2Notification fromTrapV1(TrapV1Pdu trap, OctetString community) {
        return TrapTranslation.toV2(trap, Objects.requireNonNull(community, "community"));
    }

    /**
     * Translates to an SNMPv1 trap as {@link #toTrapV1(IpAddress)} does, with agent-addr 0.0.0.0
     * unless snmpTrapAddress.0 gives one.
     *
     * @return the SNMPv1 Trap-PDU
     * @throws UntranslatableNotificationException as {@link #toTrapV1(IpAddress)}
     */
    public TrapV1Pdu toTrapV1() {
        return TrapTranslation.toV1(this, TrapTranslation.NO_ADDRESS);
    }

    /**
     * Translates to an SNMPv1 trap as RFC 3584 §3.2 prescribes. For one of the six generic traps
     * (snmpTrapOID.0 is {@code snmpTraps.1..6}): generic-trap 0..5, specific-trap 0, enterprise
     * from snmpTrapEnterprise.0 or else {@code snmpTraps}. For any other snmpTrapOID.0:
     * generic-trap 6, specific-trap its last arc, enterprise the rest without that arc and
     * without the {@code 0} before it if that arc is 0. The agent-addr is snmpTrapAddress.0 if
     * present, else {@code agentAddress}; the time-stamp is sysUpTime.0.
     *
     * <p>The trap's bindings are {@link #varBinds()} without the snmpTrapAddress.0 binding used
     * for the agent-addr and without an snmpTrapEnterprise.0 binding equal to the enterprise,
     * since the trap's own fields now carry those values; every other binding, snmpTrapCommunity.0
     * included, is kept. RFC 3584 keeps them all; dropping the two that are now fields makes
     * {@code fromTrapV1(t).toTrapV1(a)} give {@code t} back. Only the first binding of each name
     * counts, and only with the type its MIB gives it (IpAddress, OBJECT IDENTIFIER); any other
     * is an ordinary binding.
     *
     * <pre>{@code
     * TrapV1Pdu v1 = notification.toTrapV1(IpAddress.parse("192.0.2.1"));
     * }</pre>
     *
     * @param agentAddress the agent-addr to use when there is no snmpTrapAddress.0 binding: the
     *     sender's own IPv4 address, or 0.0.0.0 (RFC 3584 §3.2 (2))
     * @return the SNMPv1 Trap-PDU
     * @throws UntranslatableNotificationException if a binding holds a Counter64 (RFC 3584 §3.2
     *     (6): the notification cannot be sent as SNMPv1; see {@link #withoutCounter64()}), if
     *     the last arc of an enterprise-specific snmpTrapOID.0 exceeds 2,147,483,647, or if
     *     removing it leaves no enterprise
     */
    public TrapV1Pdu toTrapV1(IpAddress agentAddress) {
        return TrapTranslation.toV1(this, Objects.requireNonNull(agentAddress, "agentAddress"));
    }

    /** @return whether a binding holds a Counter64, which keeps this notification from SNMPv1 */
    public boolean hasCounter64() {
        for (Variable v : varBinds.values()) {
            if (v instanceof Counter64) {
                return true;
            }
        }
        return false;
    }

    /**
     * This notification without its Counter64 bindings, for a caller that would rather send an
     * SNMPv1 trap without them (as RFC 2089 did) than not at all (as RFC 3584 §3.2 (6) says).
     *
     * <pre>{@code
     * TrapV1Pdu v1 = notification.withoutCounter64().toTrapV1(myAddress);
     * }</pre>
     *
     * @return a notification without Counter64 bindings; this one if it has none
     */
    public V2Notification withoutCounter64() {
        if (!hasCounter64()) {
            return this;
        }
        List<VarBind> kept = new ArrayList<>(varBinds.size());
        for (VarBind vb : varBinds) {
            if (!(vb.value() instanceof Counter64)) {
                kept.add(vb);
            }
        }
        return new V2Notification(upTime, trapOid, VarBindList.copyOf(kept));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64 + varBinds.size() * 48).append("NOTIFICATION snmpTrapOID=")
                .append(trapOid.toDottedString()).append(" sysUpTime=").append(upTime.value());
        for (int i = 0; i < varBinds.size(); i++) {
            sb.append("\n  ").append(varBinds.get(i));
        }
        return sb.toString();
    }
}
