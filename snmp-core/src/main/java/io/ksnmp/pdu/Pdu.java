package io.ksnmp.pdu;

import io.ksnmp.smi.VarBindList;
import java.util.Objects;

/**
 * A PDU of the common RFC 3416 shape: request-id, two integers and the variable bindings. Every
 * PDU type but the SNMPv1 trap has it. For GetBulk the two integers are non-repeaters and
 * max-repetitions ({@link #nonRepeaters()}, {@link #maxRepetitions()}); for the others they are
 * error-status and error-index, zero in requests.
 *
 * <pre>{@code
 * Pdu get = Pdu.get(42, VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.3.0")));
 * Pdu bulk = Pdu.getBulk(43, 0, 25, VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.2.2")));
 * if (response.errorStatus() == ErrorStatus.NOT_WRITABLE) { ... response.errorIndex() ... }
 * }</pre>
 */
public final class Pdu implements AnyPdu {
    private final PduType type;
    private final int requestId;
    private final int field2;
    private final int field3;
    private final VarBindList varBinds;

    /**
     * @param type any type but {@link PduType#TRAP_V1}
     * @param requestId the request-id
     * @param errorStatusOrNonRepeaters error-status, or non-repeaters for GetBulk
     * @param errorIndexOrMaxRepetitions error-index, or max-repetitions for GetBulk
     * @param varBinds the bindings
     * @return the PDU
     * @throws IllegalArgumentException for {@link PduType#TRAP_V1}, which has another shape
     */
    public static Pdu of(PduType type, int requestId, int errorStatusOrNonRepeaters,
                         int errorIndexOrMaxRepetitions, VarBindList varBinds) {
        if (type == PduType.TRAP_V1) {
            throw new IllegalArgumentException("an SNMPv1 trap is a TrapV1Pdu");
        }
        return new Pdu(type, requestId, errorStatusOrNonRepeaters, errorIndexOrMaxRepetitions,
                Objects.requireNonNull(varBinds, "varBinds"));
    }

    Pdu(PduType type, int requestId, int field2, int field3, VarBindList varBinds) {
        this.type = type;
        this.requestId = requestId;
        this.field2 = field2;
        this.field3 = field3;
        this.varBinds = varBinds;
    }

    /**
     * @param requestId the request-id
     * @param varBinds names to read (values are ignored; NULL by convention)
     * @return a GetRequest
     */
    public static Pdu get(int requestId, VarBindList varBinds) {
        return of(PduType.GET, requestId, 0, 0, varBinds);
    }

    /**
     * @param requestId the request-id
     * @param varBinds names whose successors to read
     * @return a GetNextRequest
     */
    public static Pdu getNext(int requestId, VarBindList varBinds) {
        return of(PduType.GET_NEXT, requestId, 0, 0, varBinds);
    }

    /**
     * @param requestId the request-id
     * @param nonRepeaters how many leading bindings get one successor each, {@code >= 0}
     * @param maxRepetitions how many successors each remaining binding gets, {@code >= 0}
     * @param varBinds the names
     * @return a GetBulkRequest
     * @throws IllegalArgumentException if a count is negative
     */
    public static Pdu getBulk(int requestId, int nonRepeaters, int maxRepetitions, VarBindList varBinds) {
        if (nonRepeaters < 0 || maxRepetitions < 0) {
            throw new IllegalArgumentException("non-repeaters and max-repetitions are non-negative");
        }
        return of(PduType.GET_BULK, requestId, nonRepeaters, maxRepetitions, varBinds);
    }

    /**
     * @param requestId the request-id
     * @param varBinds names and the values to write
     * @return a SetRequest
     */
    public static Pdu set(int requestId, VarBindList varBinds) {
        return of(PduType.SET, requestId, 0, 0, varBinds);
    }

    /**
     * @param requestId the request-id being answered
     * @param errorStatus the outcome
     * @param errorIndex 1-based position of the failing binding, 0 if none
     * @param varBinds the bindings
     * @return a Response
     */
    public static Pdu response(int requestId, ErrorStatus errorStatus, int errorIndex, VarBindList varBinds) {
        return of(PduType.RESPONSE, requestId, errorStatus.code(), errorIndex, varBinds);
    }

    /**
     * @param requestId the request-id
     * @param varBinds sysUpTime.0, snmpTrapOID.0, then the notification's objects
     * @return an SNMPv2-Trap
     */
    public static Pdu trapV2(int requestId, VarBindList varBinds) {
        return of(PduType.TRAP_V2, requestId, 0, 0, varBinds);
    }

    /**
     * @param requestId the request-id
     * @param varBinds sysUpTime.0, snmpTrapOID.0, then the notification's objects
     * @return an InformRequest
     */
    public static Pdu inform(int requestId, VarBindList varBinds) {
        return of(PduType.INFORM, requestId, 0, 0, varBinds);
    }

    /**
     * @param requestId the request-id
     * @param varBinds the counter that explains the report, usually one usmStats binding
     * @return a Report
     */
    public static Pdu report(int requestId, VarBindList varBinds) {
        return of(PduType.REPORT, requestId, 0, 0, varBinds);
    }

    @Override
    public PduType type() {
        return type;
    }

    /** @return the request-id */
    public int requestId() {
        return requestId;
    }

    /** @return the error-status (for GetBulk this slot holds non-repeaters; use that accessor) */
    public ErrorStatus errorStatus() {
        return ErrorStatus.of(field2);
    }

    /** @return the error-index: 1-based position of the failing binding, 0 if none */
    public int errorIndex() {
        return field3;
    }

    /** @return non-repeaters of a GetBulk (the error-status slot of other types) */
    public int nonRepeaters() {
        return field2;
    }

    /** @return max-repetitions of a GetBulk (the error-index slot of other types) */
    public int maxRepetitions() {
        return field3;
    }

    @Override
    public VarBindList varBinds() {
        return varBinds;
    }

    /**
     * @param newRequestId another request-id
     * @return this PDU with that request-id
     */
    public Pdu withRequestId(int newRequestId) {
        return new Pdu(type, newRequestId, field2, field3, varBinds);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Pdu)) {
            return false;
        }
        Pdu p = (Pdu) o;
        return type == p.type && requestId == p.requestId && field2 == p.field2 && field3 == p.field3
                && varBinds.equals(p.varBinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, requestId, field2, field3, varBinds);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64 + varBinds.size() * 48).append(type)
                .append(" request-id=").append(requestId);
        if (type == PduType.GET_BULK) {
            sb.append(" non-repeaters=").append(field2).append(" max-repetitions=").append(field3);
        } else if (field2 != 0 || field3 != 0) {
            sb.append(" error-status=").append(errorStatus()).append(" error-index=").append(field3);
        }
        for (int i = 0; i < varBinds.size(); i++) {
            sb.append("\n  ").append(varBinds.get(i));
        }
        return sb.toString();
    }
}
