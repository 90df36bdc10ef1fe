package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;

/**
 * NULL: the placeholder value of request variable bindings.
 *
 * <pre>{@code
 * if (varBind.value() == Null.INSTANCE) { ... }   // or: instanceof Null
 * }</pre>
 */
public final class Null implements Variable {
    /** The only value of this type. */
    public static final Null INSTANCE = new Null();

    private Null() {
    }

    @Override
    public int tag() {
        return BerTag.NULL;
    }


    /** @return {@code NULL}, as Net-SNMP prints it */
    @Override
    public String toString() {
        return "NULL";
    }
}
