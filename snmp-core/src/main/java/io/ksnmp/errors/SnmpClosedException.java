package io.ksnmp.errors;

import io.ksnmp.SnmpException;

/** The engine closed while the request was pending, or before it was made. */
public final class SnmpClosedException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public SnmpClosedException() {
        super("the SNMP engine is closed");
    }
}
