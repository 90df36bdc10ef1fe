package io.ksnmp.usm;

/**
 * Why USM refused an incoming message (RFC 3414 §3.2), with the counter an authoritative engine
 * increments and names in its Report.
 */
public enum UsmFailure {
    /** msgSecurityParameters are not a well-formed UsmSecurityParameters, or the header is inconsistent. */
    PARSE_ERROR(UsmStats.INVALID_MSGS),
    /** The message is not for this engine (authoritative role), or comes from no engine we know. */
    UNKNOWN_ENGINE_ID(UsmStats.UNKNOWN_ENGINE_IDS),
    /** No such user. */
    UNKNOWN_USER_NAME(UsmStats.UNKNOWN_USER_NAMES),
    /** The user's protocols do not allow the message's security level. */
    UNSUPPORTED_SECURITY_LEVEL(UsmStats.UNSUPPORTED_SEC_LEVELS),
    /** The MAC did not verify. */
    WRONG_DIGEST(UsmStats.WRONG_DIGESTS),
    /**
     * Engine boots or time outside the 150-second window. Timeliness is checked after the MAC,
     * so a message rejected for this reason is authentic: a non-authoritative engine may
     * resynchronise from an authenticated notInTimeWindow Report rejected this way.
     */
    NOT_IN_TIME_WINDOW(UsmStats.NOT_IN_TIME_WINDOWS),
    /** The scoped PDU did not decrypt to a well-formed scoped PDU. */
    DECRYPTION_ERROR(UsmStats.DECRYPTION_ERRORS);

    private final UsmStats counter;

    UsmFailure(UsmStats counter) {
        this.counter = counter;
    }

    /** @return the statistics counter this failure increments */
    public UsmStats counter() {
        return counter;
    }
}
