package io.ksnmp.errors;

import io.ksnmp.SnmpException;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBindList;

/**
 * The agent answered with a non-zero error-status. {@link #index()} is the 1-based error-index
 * and {@link #oidOrNull()} the name of the binding it points at, when it points at one.
 *
 * <pre>{@code
 * try { manager.set(vb); }
 * catch (ErrorResponseException e) {
 *     if (e.status() == ErrorStatus.NOT_WRITABLE) log.warn("{} is read-only", e.oidOrNull());
 * }
 * }</pre>
 */
public class ErrorResponseException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** The error-status of the response. */
    private final ErrorStatus status;
    /** The response's error-index (1-based; 0 when no binding is named). */
    private final int index;
    private final transient Oid oid;
    private final transient VarBindList varBinds;

    /**
     * @param status the error-status
     * @param index the error-index as received
     * @param varBinds the response's bindings
     */
    public ErrorResponseException(ErrorStatus status, int index, VarBindList varBinds) {
        super("agent answered " + status.name() + " at index " + index
                + (index >= 1 && index <= varBinds.size() ? " (" + varBinds.oid(index - 1) + ")" : ""));
        this.status = status;
        this.index = index;
        this.oid = index >= 1 && index <= varBinds.size() ? varBinds.oid(index - 1) : null;
        this.varBinds = varBinds;
    }

    /** @return the error-status */
    public ErrorStatus status() {
        return status;
    }

    /** @return the error-index as received: 1-based, 0 when the error concerns no binding */
    public int index() {
        return index;
    }

    /** @return the name of the binding the error-index points at, or null */
    public Oid oidOrNull() {
        return oid;
    }

    /** @return the response's bindings */
    public VarBindList varBinds() {
        return varBinds;
    }
}
