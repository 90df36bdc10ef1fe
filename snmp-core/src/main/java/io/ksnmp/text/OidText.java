package io.ksnmp.text;

import io.ksnmp.smi.Oid;

/**
 * OIDs as Net-SNMP prints them without MIBs: numeric ({@code .1.3.6.1…}, what {@code -On}
 * prints), or with the first arc named, {@code ccitt} for 0, {@code iso} for 1 and
 * {@code joint-iso-ccitt} for 2: {@code iso.3.6.1.2.1.1.1.0} by default,
 * {@code .iso.3.6.1.2.1.1.1.0} with {@code -Of} or {@code -Ou}, {@code OID: ccitt.0} in values.
 * Names a MIB gives ({@code SNMPv2-MIB::sysDescr.0}, {@code .iso.org.dod…}) are not read.
 */
final class OidText {
    /** The first arc's names, by arc. */
    private static final String[] TOP_NAMES = {"ccitt", "iso", "joint-iso-ccitt"};

    private OidText() {
    }

    /**
     * @param text a line or value text
     * @param from where the OID's first arc starts (after its leading dot, if any)
     * @return the length of a first-arc name at {@code from} that is followed by a dot, or 0
     */
    static int topNameLength(String text, int from) {
        int arc = topArc(text, from);
        return arc < 0 ? 0 : TOP_NAMES[arc].length();
    }

    /**
     * @param text a numeric OID or one whose first arc is named, leading dot optional; a named
     *     first arc alone ({@code iso}) is that arc
     * @return the OID
     * @throws IllegalArgumentException if it is neither
     */
    static Oid parse(String text) {
        int from = text.startsWith(".") ? 1 : 0;
        for (int arc = 0; arc < TOP_NAMES.length; arc++) {
            if (text.length() - from == TOP_NAMES[arc].length() && text.startsWith(TOP_NAMES[arc], from)) {
                return Oid.parse(Integer.toString(arc));
            }
        }
        int arc = topArc(text, from);
        return arc < 0 ? Oid.parse(text) : Oid.parse(arc + text.substring(from + TOP_NAMES[arc].length()));
    }

    /** @return the arc whose name starts at {@code from}, followed by a dot, or -1 */
    private static int topArc(String text, int from) {
        for (int arc = 0; arc < TOP_NAMES.length; arc++) {
            String name = TOP_NAMES[arc];
            if (text.startsWith(name, from) && text.startsWith(".", from + name.length())) {
                return arc;
            }
        }
        return -1;
    }
}
