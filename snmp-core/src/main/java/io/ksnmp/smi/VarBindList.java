package io.ksnmp.smi;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable, ordered list of variable bindings, as a PDU carries them.
 *
 * <pre>{@code
 * VarBindList request = VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.1.0"), Oid.parse("1.3.6.1.2.1.1.3.0"));
 * for (VarBind vb : response) System.out.println(vb);
 * Variable uptime = response.value(1);
 * }</pre>
 */
public final class VarBindList extends AbstractList<VarBind> implements RandomAccess {
    private static final VarBindList EMPTY = new VarBindList(new VarBind[0]);

    private final VarBind[] items;

    private VarBindList(VarBind[] items) {
        this.items = items;
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
        VarBind[] copy = varBinds.clone();
        for (VarBind vb : copy) {
            java.util.Objects.requireNonNull(vb, "varBind");
        }
        return copy.length == 0 ? EMPTY : new VarBindList(copy);
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
        VarBind[] items = new VarBind[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = VarBind.of(names[i]);
        }
        return items.length == 0 ? EMPTY : new VarBindList(items);
    }

    /**
     * @param names instance names
     * @return the names each bound to NULL
     */
    public static VarBindList ofNames(List<Oid> names) {
        return ofNames(names.toArray(new Oid[0]));
    }

    /** Takes ownership of an array nobody else keeps; for decoders. */
    static VarBindList wrap(VarBind[] items, int count) {
        if (count == 0) {
            return EMPTY;
        }
        return new VarBindList(count == items.length ? items : Arrays.copyOf(items, count));
    }

    @Override
    public VarBind get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /**
     * @param index 0-based position
     * @return the name at that position
     */
    public Oid oid(int index) {
        return items[index].oid();
    }

    /**
     * @param index 0-based position
     * @return the value at that position
     */
    public Variable value(int index) {
        return items[index].value();
    }

    /** @return the names, in order */
    public List<Oid> oids() {
        Oid[] names = new Oid[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = items[i].oid();
        }
        return List.of(names);
    }

    /** @return one Net-SNMP {@code -On} line per binding, separated by new lines */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(items.length * 48);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(items[i]);
        }
        return sb.toString();
    }
}
