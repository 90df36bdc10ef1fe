package io.ksnmp.errors;

import io.ksnmp.SnmpException;
import io.ksnmp.smi.Oid;

/**
 * A walk met a name that does not come after the one before it: the agent would loop or go
 * backwards forever. Both names are kept; resume with a start OID past the bad spot, or walk
 * with non-increasing names allowed (and a result limit) for an agent known to be broken.
 */
public final class NonIncreasingOidException extends SnmpException {
    private static final long serialVersionUID = 1L;

    private final transient Oid previous;
    private final transient Oid received;

    /**
     * @param previous the last name the walk returned (or started after)
     * @param received the name that followed it
     */
    public NonIncreasingOidException(Oid previous, Oid received) {
        super("the agent returned " + received.toDottedString() + " after " + previous.toDottedString()
                + ", which is not increasing");
        this.previous = previous;
        this.received = received;
    }

    /** @return the last name before the bad one */
    public Oid previous() {
        return previous;
    }

    /** @return the name that did not follow it */
    public Oid received() {
        return received;
    }
}
