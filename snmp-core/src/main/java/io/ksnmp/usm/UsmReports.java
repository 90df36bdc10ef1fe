package io.ksnmp.usm;

import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.MsgFlags;
import io.ksnmp.message.ScopedPdu;
import io.ksnmp.message.V3Message;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.smi.Counter32;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;

/**
 * The Reports an authoritative engine sends when USM rejects a reportable message (RFC 3414
 * §3.2, RFC 3412 §7.1.3): the discovery answer (usmStatsUnknownEngineIDs) and one per failure,
 * each carrying the incremented counter. notInTimeWindow reports are authenticated with the
 * requester's key (so the requester can trust the boots and time in them); the others are
 * noAuthNoPriv.
 *
 * <pre>{@code
 * if (result instanceof UsmIncoming.Rejected r && UsmReports.write(usm, w, me, r, 65507, now)) {
 *     send(w);
 * }
 * }</pre>
 */
public final class UsmReports {
    private UsmReports() {
    }

    /**
     * Counts the failure and, when the message asked for reports, writes the Report.
     *
     * @param usm secures the report
     * @param w receives the report
     * @param local this engine
     * @param rejected what USM rejected
     * @param msgMaxSize this engine's msgMaxSize
     * @param nowMillis the local clock
     * @return whether a report was written (false for unreportable messages and parse errors)
     */
    public static boolean write(Usm usm, BerWriter w, LocalEngine local, UsmIncoming.Rejected rejected, int msgMaxSize,
                                long nowMillis) {
        long count = local.increment(rejected.failure().counter());
        V3Message m = rejected.message();
        if (!MsgFlags.isReportable(m.msgFlags()) || rejected.failure() == UsmFailure.PARSE_ERROR) {
            return false;
        }
        ScopedPdu request = m.scopedPduOrNull();
        int requestId = request == null ? 0 : request.pdu().requestId();
        byte[] contextName = request == null ? new byte[0] : request.contextName();
        VarBindList counter = VarBindList.of(VarBind.of(rejected.failure().counter().oid(), Counter32.of(count & 0xffff_ffffL)));
        ScopedPdu report = ScopedPdu.of(local.engineIdUnsafe(), contextName, Pdu.report(requestId, counter));
        UsmSecurityParameters params = rejected.parametersOrNull();
        byte[] userName = params == null ? new byte[0] : params.userName();
        boolean authenticated = rejected.failure() == UsmFailure.NOT_IN_TIME_WINDOW && rejected.keysOrNull() != null;
        OutgoingParameters out = new OutgoingParameters(m.msgId(), msgMaxSize, false,
                authenticated ? SecurityLevel.AUTH_NO_PRIV : SecurityLevel.NO_AUTH_NO_PRIV, userName,
                authenticated ? rejected.keysOrNull() : null, local.engineIdUnsafe(), local.boots(),
                local.engineTime(nowMillis));
        usm.secure(w, out, report);
        return true;
    }
}
