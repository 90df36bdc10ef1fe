package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * The SNMPv2 exception value noSuchInstance: the object exists but not that instance.
 *
 * <pre>{@code
 * if (varBind.value() == NoSuchInstance.INSTANCE) { ... }   // or: instanceof NoSuchInstance
 * }</pre>
 */
public final class NoSuchInstance implements Variable {
    /** The only value of this type. */
    public static final NoSuchInstance INSTANCE = new NoSuchInstance();

    private NoSuchInstance() {
    }

    @Override
    public int tag() {
        return BerTag.NO_SUCH_INSTANCE;
    }

    @Override
    public boolean isException() {
        return true;
    }

    /** @return {@code No Such Instance currently exists at this OID}, as Net-SNMP prints it */
    @Override
    public String toString() {
        return "No Such Instance currently exists at this OID";
    }
}
