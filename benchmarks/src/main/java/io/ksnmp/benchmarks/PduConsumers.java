package io.ksnmp.benchmarks;

import io.ksnmp.pdu.Pdu;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;
import org.snmp4j.PDU;
import org.snmp4j.smi.VariableBinding;

/** Hands the same PDU fields of either library to a {@link Blackhole}, so every benchmark consumes alike. */
public final class PduConsumers {
    private PduConsumers() {
    }

    /**
     * @param pdu a ksnmp PDU
     * @param bh receives its type, request-id, error fields and every binding's name and value
     */
    public static void consume(Pdu pdu, Blackhole bh) {
        bh.consume(pdu.type());
        bh.consume(pdu.requestId());
        bh.consume(pdu.errorStatus());
        bh.consume(pdu.errorIndex());
        VarBindList varBinds = pdu.varBinds();
        for (int i = 0, n = varBinds.size(); i < n; i++) {
            VarBind vb = varBinds.get(i);
            bh.consume(vb.oid());
            bh.consume(vb.value());
        }
    }

    /**
     * @param pdu an SNMP4J PDU
     * @param bh receives the same fields as {@link #consume(Pdu, Blackhole)}
     */
    public static void consume(PDU pdu, Blackhole bh) {
        bh.consume(pdu.getType());
        bh.consume(pdu.getRequestID().getValue());
        bh.consume(pdu.getErrorStatus());
        bh.consume(pdu.getErrorIndex());
        List<? extends VariableBinding> varBinds = pdu.getVariableBindings();
        for (int i = 0, n = varBinds.size(); i < n; i++) {
            VariableBinding vb = varBinds.get(i);
            bh.consume(vb.getOid());
            bh.consume(vb.getVariable());
        }
    }
}
