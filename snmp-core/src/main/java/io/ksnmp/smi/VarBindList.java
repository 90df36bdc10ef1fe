package io.ksnmp.smi;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable, ordered list of variable bindings, as a PDU carries them.
 *
 * <p>Names and values are held in two arrays; {@link #oid(int)} and {@link #value(int)} read them
 * without creating a {@link VarBind}, which {@link #get(int)} makes on demand.
 *
 * <pre>{@code
 * VarBindList request = VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.1.0"), Oid.parse("1.3.6.1.2.1.1.3.0"));
 * for (VarBind vb : response) System.out.println(vb);
 * Variable uptime = response.value(1);
 * }</pre>
 */
public final class VarBindList extends AbstractList<VarBind> implements RandomAccess {
    private static final VarBindList EMPTY = new VarBindList(new Oid[0], new Variable[0]);

    private final Oid[] oids;
    private final Variable[] values;

    private VarBindList(Oid[] oids, Variable[] values) {
        this.oids = oids;
        this.values = values;
    }

    /** @return the empty list */
    public static VarBindList empty() {
        return EMPTY;
    }

    /**
     * @param varBinds the bindings, in order
     * @return the list
     */
    public static VarBindList of(VarBind... varBinds) {
        if (varBinds.length == 0) {
            return EMPTY;
        }
        Oid[] oids = new Oid[varBinds.length];
        Variable[] values = new Variable[varBinds.length];
        for (int i = 0; i < varBinds.length; i++) {
            VarBind vb = Objects.requireNonNull(varBinds[i], "varBind");
            oids[i] = vb.oid();
            values[i] = vb.value();
        }
        return new VarBindList(oids, values);
    }

    /**
     * @param varBinds the bindings, in iteration order
     * @return the list
     */
    public static VarBindList copyOf(Collection<VarBind> varBinds) {
        if (varBinds instanceof VarBindList) {
            return (VarBindList) varBinds;
        }
        return of(varBinds.toArray(new VarBind[0]));
    }

    /**
     * @param names instance names
     * @return the names each bound to NULL, as get requests carry them
     */
    public static VarBindList ofNames(Oid... names) {
        if (names.length == 0) {
            return EMPTY;
        }
        Oid[] oids = names.clone();
        for (Oid oid : oids) {
            Objects.requireNonNull(oid, "name");
        }
        Variable[] values = new Variable[oids.length];
        Arrays.fill(values, Null.INSTANCE);
        return new VarBindList(oids, values);
    }

    /**
     * @param names instance names
     * @return the names each bound to NULL
     */
    public static VarBindList ofNames(List<Oid> names) {
        return ofNames(names.toArray(new Oid[0]));
    }

    /** Takes ownership of arrays nobody else keeps, both of length {@code count}; for decoders. */
    static VarBindList wrap(Oid[] oids, Variable[] values) {
        return oids.length == 0 ? EMPTY : new VarBindList(oids, values);
    }

    /**
     * The bindings from {@code from} (inclusive) to {@code to} (exclusive) as a list of their own,
     * copied in one step (no {@link VarBind} made per element, unlike {@code copyOf(subList(…))}).
     *
     * <pre>{@code
     * VarBindList rest = notification.slice(2, notification.size());   // after sysUpTime.0 and snmpTrapOID.0
     * }</pre>
     *
     * @param from the first index
     * @param to one past the last index
     * @return the slice
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= size()}
     */
    public VarBindList slice(int from, int to) {
        Objects.checkFromToIndex(from, to, oids.length);
        if (from == to) {
            return EMPTY;
        }
        return new VarBindList(Arrays.copyOfRange(oids, from, to), Arrays.copyOfRange(values, from, to));
    }

    /** @return a binding made from the name and value at {@code index} */
    @Override
    public VarBind get(int index) {
        return new VarBind(oids[index], values[index]);
    }

    @Override
    public int size() {
        return oids.length;
    }

    /**
     * @param index 0-based position
     * @return the name at that position
     */
    public Oid oid(int index) {
        return oids[index];
    }

    /**
     * @param index 0-based position
     * @return the value at that position
     */
    public Variable value(int index) {
        return values[index];
    }

    /**
     * Finds a binding by name, as python-snmp's {@code VarBindList[oid]} and IPWorks' lookups do.
     *
     * <pre>{@code
     * int i = response.indexOfName(sysUpTime);        // -1 if the agent's answer has no such name
     * }</pre>
     *
     * @param name the name to look for
     * @return the position of the first binding with that name, or -1
     */
    public int indexOfName(Oid name) {
        for (int i = 0; i < oids.length; i++) {
            if (oids[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value bound to a name.
     *
     * <pre>{@code
     * Variable uptime = response.valueOrNull(Oid.parse("1.3.6.1.2.1.1.3.0"));
     * }</pre>
     *
     * @param name the name to look for
     * @return the value of the first binding with that name, or null if there is none
     */
    public Variable valueOrNull(Oid name) {
        int i = indexOfName(name);
        return i < 0 ? null : values[i];
    }

    /** @return the names, in order */
    public List<Oid> oids() {
        return List.of(oids);
    }

    /** @return the values, in order */
    public List<Variable> values() {
        return List.of(values);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof VarBindList) {
            VarBindList other = (VarBindList) o;
            return Arrays.equals(oids, other.oids) && Arrays.equals(values, other.values);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** @return one Net-SNMP {@code -On} line per binding, separated by new lines */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(oids.length * 48);
        for (int i = 0; i < oids.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            oids[i].appendDotted(sb, true);
            sb.append(" = ").append(values[i]);
        }
        return sb.toString();
    }
}
