package io.ksnmp.errors;

import io.ksnmp.SnmpException;
import io.ksnmp.smi.VarBindList;

/**
 * A response whose bindings do not answer the request: other names than a get or set asked
 * for, a get-next name not after the one asked for, or a get-bulk answer that is not the
 * non-repeaters followed by whole, increasing repetitions. The bindings are kept for diagnosis.
 */
public final class ImproperResponseException extends SnmpException {
    private static final long serialVersionUID = 1L;

    private final transient VarBindList requested;
    private final transient VarBindList received;

    /**
     * @param reason what was wrong, for people
     * @param requested the request's bindings
     * @param received the response's bindings
     */
    public ImproperResponseException(String reason, VarBindList requested, VarBindList received) {
        super(reason);
        this.requested = requested;
        this.received = received;
    }

    /** @return the request's bindings */
    public VarBindList requested() {
        return requested;
    }

    /** @return the response's bindings */
    public VarBindList received() {
        return received;
    }
}
