package io.ksnmp.notification;

import io.ksnmp.SnmpException;
import io.ksnmp.smi.VarBindList;

/**
 * A binding list that is not an SNMPv2 notification: its first binding is not sysUpTime.0 with a
 * TimeTicks value, or its second is not snmpTrapOID.0 with an OBJECT IDENTIFIER value (RFC 3416
 * §4.2.6, §4.2.7). {@link #index()} says which of the two is missing or wrong; the list is kept
 * as received.
 *
 * <pre>{@code
 * try {
 *     V2Notification n = V2Notification.parse(pdu.varBinds());
 * } catch (MalformedNotificationException e) {
 *     dropped.count(e.index() == 0 ? "no sysUpTime.0" : "no snmpTrapOID.0");
 * }
 * }</pre>
 */
public final class MalformedNotificationException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** The position of the offending variable binding. */
    private final int index;
    private final transient VarBindList received;

    /**
     * @param index the 0-based position of the binding that is missing or wrong: 0 for
     *     sysUpTime.0, 1 for snmpTrapOID.0
     * @param received the bindings as received
     */
    public MalformedNotificationException(int index, VarBindList received) {
        super(describe(index, received));
        this.index = index;
        this.received = received;
    }

    private static String describe(int index, VarBindList received) {
        String expected = index == 0 ? "sysUpTime.0 with a TimeTicks value" : "snmpTrapOID.0 with an OBJECT IDENTIFIER value";
        String found = index < received.size() ? received.get(index).toString() : "no binding";
        return "binding " + (index + 1) + " of a notification must be " + expected + ", found " + found;
    }

    /** @return the 0-based position of the offending binding: 0 for sysUpTime.0, 1 for snmpTrapOID.0 */
    public int index() {
        return index;
    }

    /** @return the bindings as received */
    public VarBindList received() {
        return received;
    }
}
