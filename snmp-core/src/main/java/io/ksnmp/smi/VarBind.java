package io.ksnmp.smi;

import java.util.Objects;

/**
 * A variable binding: an object instance name and its value.
 *
 * <pre>{@code
 * VarBind vb = VarBind.of("1.3.6.1.2.1.1.5.0", OctetString.of("core-sw-1"));
 * vb.toString();    // .1.3.6.1.2.1.1.5.0 = STRING: "core-sw-1"
 * VarBind request = VarBind.of("1.3.6.1.2.1.1.3.0");   // value NULL, for get requests
 * }</pre>
 *
 * @param oid the instance name
 * @param value the value, {@link Null#INSTANCE} in requests that only name objects
 */
public record VarBind(Oid oid, Variable value) {
    /**
     * @param oid the instance name
     * @param value the value
     */
    public VarBind {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param oid the instance name
     * @param value the value
     * @return the binding
     */
    public static VarBind of(Oid oid, Variable value) {
        return new VarBind(oid, value);
    }

    /**
     * @param oid the instance name as dotted text
     * @param value the value
     * @return the binding
     */
    public static VarBind of(String oid, Variable value) {
        return new VarBind(Oid.parse(oid), value);
    }

    /**
     * @param oid the instance name
     * @return the name bound to NULL, as get, get-next and get-bulk requests carry it
     */
    public static VarBind of(Oid oid) {
        return new VarBind(oid, Null.INSTANCE);
    }

    /**
     * @param oid the instance name as dotted text
     * @return the name bound to NULL
     */
    public static VarBind of(String oid) {
        return new VarBind(Oid.parse(oid), Null.INSTANCE);
    }

    /** @return Net-SNMP's {@code -On} line, e.g. {@code .1.3.6.1.2.1.1.3.0 = Timeticks: (5) 0:00:00.05} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        oid.appendDotted(sb, true);
        return sb.append(" = ").append(value).toString();
    }
}
