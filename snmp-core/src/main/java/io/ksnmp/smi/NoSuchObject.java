package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * The SNMPv2 exception value noSuchObject: the agent implements no object of that name.
 *
 * <pre>{@code
 * if (varBind.value() == NoSuchObject.INSTANCE) { ... }   // or: instanceof NoSuchObject
 * }</pre>
 */
public final class NoSuchObject implements Variable {
    /** The only value of this type. */
    public static final NoSuchObject INSTANCE = new NoSuchObject();

    private NoSuchObject() {
    }

    @Override
    public int tag() {
        return BerTag.NO_SUCH_OBJECT;
    }

    @Override
    public boolean isException() {
        return true;
    }

    /** @return {@code No Such Object available on this agent at this OID}, as Net-SNMP prints it */
    @Override
    public String toString() {
        return "No Such Object available on this agent at this OID";
    }
}
