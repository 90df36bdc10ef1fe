package io.ksnmp.usm;

import io.ksnmp.message.ScopedPdu;
import io.ksnmp.message.V3Message;

/**
 * What USM made of an incoming SNMPv3 message: accepted, with the scoped PDU and the security
 * state it arrived under, or rejected with the reason.
 *
 * <pre>{@code
 * switch (result) ...
 * if (result instanceof UsmIncoming.Accepted a) handle(a.scopedPdu(), a.level());
 * else if (result instanceof UsmIncoming.Rejected r) count(r.failure());
 * }</pre>
 */
public sealed interface UsmIncoming permits UsmIncoming.Accepted, UsmIncoming.Rejected {
    /** @return the message as decoded, before security processing */
    V3Message message();

    /**
     * A message that passed every check.
     *
     * @param message the message as decoded
     * @param parameters its security parameters
     * @param level the security level it arrived with (authenticated and decrypted accordingly)
     * @param keysOrNull the user's keys; null only for a noAuthNoPriv message from an
     *     authoritative engine naming a user the lookup does not know (a discovery Report, whose
     *     user name is empty, or a noAuthNoPriv trap), which claims no user and is accepted as such
     * @param scopedPdu the scoped PDU, decrypted if it was encrypted
     */
    record Accepted(V3Message message, UsmSecurityParameters parameters, SecurityLevel level,
                    LocalizedKeys keysOrNull, ScopedPdu scopedPdu) implements UsmIncoming {
    }

    /**
     * A message that failed a check.
     *
     * @param message the message as decoded
     * @param failure which check failed
     * @param parametersOrNull its security parameters, if they could be read
     * @param keysOrNull the user's keys, if the user was found
     */
    record Rejected(V3Message message, UsmFailure failure, UsmSecurityParameters parametersOrNull,
                    LocalizedKeys keysOrNull) implements UsmIncoming {
    }
}
