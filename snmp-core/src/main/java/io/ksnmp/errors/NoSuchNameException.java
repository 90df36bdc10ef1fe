package io.ksnmp.errors;

import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.smi.VarBindList;

/**
 * An SNMPv1 agent answered noSuchName (error-status 2): the name does not exist (get), nothing
 * follows it (get-next: the end of the MIB), or it cannot be set.
 */
public final class NoSuchNameException extends ErrorResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * @param index the error-index as received
     * @param varBinds the response's bindings
     */
    public NoSuchNameException(int index, VarBindList varBinds) {
        super(ErrorStatus.NO_SUCH_NAME, index, varBinds);
    }
}
