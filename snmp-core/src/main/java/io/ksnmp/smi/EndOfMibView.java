package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * The SNMPv2 exception value endOfMibView: nothing follows this name in the agent's view.
 *
 * <pre>{@code
 * if (varBind.value() == EndOfMibView.INSTANCE) { ... }   // or: instanceof EndOfMibView
 * }</pre>
 */
public final class EndOfMibView implements Variable {
    /** The only value of this type. */
    public static final EndOfMibView INSTANCE = new EndOfMibView();

    private EndOfMibView() {
    }

    @Override
    public int tag() {
        return BerTag.END_OF_MIB_VIEW;
    }

    @Override
    public boolean isException() {
        return true;
    }

    /** @return {@code No more variables left in this MIB View (It is past the end of the MIB tree)}, as Net-SNMP prints it */
    @Override
    public String toString() {
        return "No more variables left in this MIB View (It is past the end of the MIB tree)";
    }
}
