package io.ksnmp.pdu;

import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBindList;
import java.util.Objects;

/**
 * The SNMPv1 Trap-PDU (RFC 1157 §4.1.6): enterprise, agent-addr, generic-trap, specific-trap,
 * time-stamp and the variable bindings.
 *
 * <pre>{@code
 * TrapV1Pdu linkDown = new TrapV1Pdu(Oid.parse("1.3.6.1.4.1.8072.3.2.10"), IpAddress.parse("192.0.2.1"),
 *         TrapV1Pdu.LINK_DOWN, 0, TimeTicks.of(1234), VarBindList.of(VarBind.of("1.3.6.1.2.1.2.2.1.1.3", Integer32.of(3))));
 * }</pre>
 *
 * @param enterprise the sysObjectID-like OID of the trap's source
 * @param agentAddress the address of the agent that sent it
 * @param genericTrap 0 coldStart .. 6 enterpriseSpecific
 * @param specificTrap the enterprise-specific code
 * @param timeStamp sysUpTime at the event
 * @param varBinds the bindings
 */
public record TrapV1Pdu(Oid enterprise, IpAddress agentAddress, int genericTrap, int specificTrap,
                        TimeTicks timeStamp, VarBindList varBinds) implements AnyPdu {
    /** generic-trap 0. */
    public static final int COLD_START = 0;
    /** generic-trap 1. */
    public static final int WARM_START = 1;
    /** generic-trap 2. */
    public static final int LINK_DOWN = 2;
    /** generic-trap 3. */
    public static final int LINK_UP = 3;
    /** generic-trap 4. */
    public static final int AUTHENTICATION_FAILURE = 4;
    /** generic-trap 5. */
    public static final int EGP_NEIGHBOR_LOSS = 5;
    /** generic-trap 6: see specific-trap. */
    public static final int ENTERPRISE_SPECIFIC = 6;

    /**
     * @param enterprise the source's OID
     * @param agentAddress the agent address
     * @param genericTrap the generic code
     * @param specificTrap the specific code
     * @param timeStamp sysUpTime at the event
     * @param varBinds the bindings
     */
    public TrapV1Pdu {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(agentAddress, "agentAddress");
        Objects.requireNonNull(timeStamp, "timeStamp");
        Objects.requireNonNull(varBinds, "varBinds");
    }

    @Override
    public PduType type() {
        return PduType.TRAP_V1;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(128).append("TRAP_V1 enterprise=").append(enterprise.toDottedString())
                .append(" agent-addr=").append(agentAddress.toDottedString())
                .append(" generic-trap=").append(genericTrap).append(" specific-trap=").append(specificTrap)
                .append(" time-stamp=").append(timeStamp.value());
        for (int i = 0; i < varBinds.size(); i++) {
            sb.append("\n  ").append(varBinds.get(i));
        }
        return sb.toString();
    }
}
