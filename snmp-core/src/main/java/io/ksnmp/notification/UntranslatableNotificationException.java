package io.ksnmp.notification;

import io.ksnmp.SnmpException;
import java.util.Objects;

/**
 * A notification that has no form in the other SNMP version, so RFC 3584 translation cannot be
 * performed. {@link #reason()} says why; the message is for people.
 *
 * <pre>{@code
 * try {
 *     send(v1Target, notification.toTrapV1(myAddress));
 * } catch (UntranslatableNotificationException e) {
 *     if (e.reason() == UntranslatableNotificationException.Reason.COUNTER64) {
 *         send(v1Target, notification.withoutCounter64().toTrapV1(myAddress)); // RFC 2089's choice, if wanted
 *     }
 * }
 * }</pre>
 */
public final class UntranslatableNotificationException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** Why a notification cannot be translated. */
    public enum Reason {
        /**
         * SNMPv2 to SNMPv1: a binding holds a Counter64, which SNMPv1 cannot carry; RFC 3584
         * §3.2 (6) says the translation cannot be performed (see {@link V2Notification#withoutCounter64()}).
         */
        COUNTER64,
        /** SNMPv1 to SNMPv2: the generic-trap is not 0..6. */
        GENERIC_TRAP_OUT_OF_RANGE,
        /**
         * The specific-trap has no counterpart: SNMPv1 to SNMPv2, a negative specific-trap is no
         * OID arc; SNMPv2 to SNMPv1, a last arc above 2,147,483,647 is no specific-trap INTEGER.
         */
        SPECIFIC_TRAP_OUT_OF_RANGE,
        /** SNMPv2 to SNMPv1: an enterprise-specific snmpTrapOID.0 leaves no enterprise once its last arcs are removed. */
        TRAP_OID_TOO_SHORT,
        /** SNMPv1 to SNMPv2: the enterprise plus the two arcs {@code 0.specific} would exceed 128 arcs. */
        TRAP_OID_TOO_LONG
    }

    /** Why the notification cannot be translated. */
    private final Reason reason;

    /**
     * @param reason why the translation cannot be performed
     * @param message the details, for people; never parsed
     */
    public UntranslatableNotificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the translation cannot be performed */
    public Reason reason() {
        return reason;
    }
}
