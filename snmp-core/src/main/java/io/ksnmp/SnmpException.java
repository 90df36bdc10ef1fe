package io.ksnmp;

/**
 * Root of every exception ksnmp throws on its own account.
 *
 * <p>It is unchecked: SNMP failures are ordinary outcomes that callers handle where they
 * choose, not at every call site. Subtypes carry the facts of the failure as typed fields;
 * callers classify failures by type and fields, never by message text.
 */
public class SnmpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, for people; never parsed
     */
    public SnmpException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, for people; never parsed
     * @param cause the underlying failure
     */
    public SnmpException(String message, Throwable cause) {
        super(message, cause);
    }
}
