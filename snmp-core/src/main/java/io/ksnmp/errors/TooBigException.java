package io.ksnmp.errors;

import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.smi.VarBindList;

/**
 * The response would not fit in one message (error-status tooBig, 1): the agent said so, or the
 * request itself is larger than the agent accepts. Managers split get and set requests and cut
 * get-bulk repetitions on their own; this reaches the caller only when a single binding cannot
 * fit.
 */
public final class TooBigException extends ErrorResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * @param index the error-index as received (0 when ksnmp found the request too large)
     * @param varBinds the response's bindings, or the request's when ksnmp found it too large
     */
    public TooBigException(int index, VarBindList varBinds) {
        super(ErrorStatus.TOO_BIG, index, varBinds);
    }
}
