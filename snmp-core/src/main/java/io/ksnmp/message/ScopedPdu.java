package io.ksnmp.message;

import io.ksnmp.pdu.Pdu;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An SNMPv3 scoped PDU: contextEngineID, contextName and the PDU (RFC 3412 §6.8).
 *
 * <pre>{@code
 * ScopedPdu scoped = ScopedPdu.of(agentEngineId, new byte[0], Pdu.get(9, names));
 * }</pre>
 */
public final class ScopedPdu {
    private final byte[] contextEngineId;
    private final byte[] contextName;
    private final Pdu pdu;

    ScopedPdu(byte[] contextEngineId, byte[] contextName, Pdu pdu) {
        this.contextEngineId = contextEngineId;
        this.contextName = contextName;
        this.pdu = pdu;
    }

    /**
     * @param contextEngineId the context engine ID (usually the authoritative engine's ID); copied
     * @param contextName the context name, often empty; copied
     * @param pdu the PDU
     * @return the scoped PDU
     */
    public static ScopedPdu of(byte[] contextEngineId, byte[] contextName, Pdu pdu) {
        return new ScopedPdu(contextEngineId.clone(), contextName.clone(), Objects.requireNonNull(pdu, "pdu"));
    }

    /** @return a copy of the context engine ID */
    public byte[] contextEngineId() {
        return contextEngineId.clone();
    }

    /** @return a copy of the context name */
    public byte[] contextName() {
        return contextName.clone();
    }

    byte[] contextEngineIdUnsafe() {
        return contextEngineId;
    }

    byte[] contextNameUnsafe() {
        return contextName;
    }

    /** @return the PDU */
    public Pdu pdu() {
        return pdu;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScopedPdu)) {
            return false;
        }
        ScopedPdu s = (ScopedPdu) o;
        return Arrays.equals(contextEngineId, s.contextEngineId) && Arrays.equals(contextName, s.contextName)
                && pdu.equals(s.pdu);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(contextEngineId) + pdu.hashCode();
    }

    @Override
    public String toString() {
        return "context-engine-id=" + HexFormat.of().formatHex(contextEngineId)
                + " context-name=\"" + new String(contextName, java.nio.charset.StandardCharsets.UTF_8) + "\" " + pdu;
    }
}
