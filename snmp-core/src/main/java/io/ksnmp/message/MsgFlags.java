package io.ksnmp.message;

/**
 * The bits of an SNMPv3 msgFlags octet (RFC 3412 §6.4) and the security levels they encode.
 *
 * <pre>{@code
 * int flags = MsgFlags.AUTH | MsgFlags.PRIV | MsgFlags.REPORTABLE;   // authPriv, reportable
 * boolean encrypted = MsgFlags.isPriv(flags);
 * }</pre>
 */
public final class MsgFlags {
    /** authFlag: the message is authenticated. */
    public static final int AUTH = 0x01;
    /** privFlag: the scoped PDU is encrypted. */
    public static final int PRIV = 0x02;
    /** reportableFlag: the receiver should send a Report on failure. */
    public static final int REPORTABLE = 0x04;

    private MsgFlags() {
    }

    /**
     * @param flags a msgFlags octet
     * @return whether the auth bit is set
     */
    public static boolean isAuth(int flags) {
        return (flags & AUTH) != 0;
    }

    /**
     * @param flags a msgFlags octet
     * @return whether the priv bit is set
     */
    public static boolean isPriv(int flags) {
        return (flags & PRIV) != 0;
    }

    /**
     * @param flags a msgFlags octet
     * @return whether the reportable bit is set
     */
    public static boolean isReportable(int flags) {
        return (flags & REPORTABLE) != 0;
    }

    /**
     * @param flags a msgFlags octet
     * @return whether the combination is one RFC 3412 allows (priv only with auth)
     */
    public static boolean isValidLevel(int flags) {
        return !isPriv(flags) || isAuth(flags);
    }
}
