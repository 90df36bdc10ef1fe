package io.ksnmp.pdu;

import io.ksnmp.smi.VarBindList;

/**
 * Either PDU shape: the common one of RFC 3416 ({@link Pdu}) or the SNMPv1 trap
 * ({@link TrapV1Pdu}). Community messages carry either; SNMPv3 scoped PDUs only {@link Pdu}.
 */
public sealed interface AnyPdu permits Pdu, TrapV1Pdu {
    /** @return the kind of PDU */
    PduType type();

    /** @return the variable bindings */
    VarBindList varBinds();
}
