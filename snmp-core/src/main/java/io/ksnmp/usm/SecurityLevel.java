package io.ksnmp.usm;

import io.ksnmp.message.MsgFlags;

/**
 * The SNMPv3 security levels, ordered from weakest to strongest.
 *
 * <pre>{@code
 * SecurityLevel.fromFlags(message.msgFlags());       // AUTH_PRIV for flags 0x03 or 0x07
 * SecurityLevel.AUTH_PRIV.compareTo(SecurityLevel.AUTH_NO_PRIV) > 0
 * }</pre>
 */
public enum SecurityLevel {
    /** noAuthNoPriv. */
    NO_AUTH_NO_PRIV(0, "noAuthNoPriv"),
    /** authNoPriv. */
    AUTH_NO_PRIV(MsgFlags.AUTH, "authNoPriv"),
    /** authPriv. */
    AUTH_PRIV(MsgFlags.AUTH | MsgFlags.PRIV, "authPriv");

    private final int flags;
    private final String label;

    SecurityLevel(int flags, String label) {
        this.flags = flags;
        this.label = label;
    }

    /** @return the msgFlags bits of this level (without the reportable bit) */
    public int flags() {
        return flags;
    }

    /** @return whether messages at this level are authenticated */
    public boolean isAuth() {
        return this != NO_AUTH_NO_PRIV;
    }

    /** @return whether messages at this level are encrypted */
    public boolean isPriv() {
        return this == AUTH_PRIV;
    }

    /**
     * @param msgFlags a msgFlags octet
     * @return the level its auth and priv bits encode
     * @throws IllegalArgumentException for priv without auth, which RFC 3412 forbids
     */
    public static SecurityLevel fromFlags(int msgFlags) {
        boolean auth = MsgFlags.isAuth(msgFlags);
        boolean priv = MsgFlags.isPriv(msgFlags);
        if (priv && !auth) {
            throw new IllegalArgumentException("msgFlags with priv but not auth");
        }
        return priv ? AUTH_PRIV : auth ? AUTH_NO_PRIV : NO_AUTH_NO_PRIV;
    }

    /**
     * @param name {@code noAuthNoPriv}, {@code authNoPriv} or {@code authPriv} (Net-SNMP's {@code -l}), any case
     * @return the level
     * @throws IllegalArgumentException if the name is none of those
     */
    public static SecurityLevel fromName(String name) {
        for (SecurityLevel level : values()) {
            if (level.label.equalsIgnoreCase(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown security level: " + name);
    }

    /** @return the RFC 3411 name: noAuthNoPriv, authNoPriv or authPriv */
    @Override
    public String toString() {
        return label;
    }
}
