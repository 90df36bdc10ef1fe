package io.ksnmp.usm;

import io.ksnmp.smi.Oid;

/**
 * The USM and MPD statistics counters whose names Report PDUs carry (RFC 3414 §5, RFC 3412 §5),
 * and what each report means to the engine that receives it.
 *
 * <pre>{@code
 * UsmStats kind = UsmStats.fromReportOrNull(reportPdu.varBinds().oid(0));
 * if (kind == UsmStats.NOT_IN_TIME_WINDOWS) { resynchronise and resend once }
 * }</pre>
 */
public enum UsmStats {
    /** usmStatsUnsupportedSecLevels: the user cannot use the requested security level. */
    UNSUPPORTED_SEC_LEVELS("1.3.6.1.6.3.15.1.1.1.0"),
    /** usmStatsNotInTimeWindows: engine boots/time out of the 150-second window. */
    NOT_IN_TIME_WINDOWS("1.3.6.1.6.3.15.1.1.2.0"),
    /** usmStatsUnknownUserNames: no such user at the authoritative engine. */
    UNKNOWN_USER_NAMES("1.3.6.1.6.3.15.1.1.3.0"),
    /** usmStatsUnknownEngineIDs: the message named another engine (the discovery answer). */
    UNKNOWN_ENGINE_IDS("1.3.6.1.6.3.15.1.1.4.0"),
    /** usmStatsWrongDigests: the MAC did not verify. */
    WRONG_DIGESTS("1.3.6.1.6.3.15.1.1.5.0"),
    /** usmStatsDecryptionErrors: the scoped PDU did not decrypt. */
    DECRYPTION_ERRORS("1.3.6.1.6.3.15.1.1.6.0"),
    /** snmpUnknownSecurityModels (RFC 3412). */
    UNKNOWN_SECURITY_MODELS("1.3.6.1.6.3.11.2.1.1.0"),
    /** snmpInvalidMsgs (RFC 3412). */
    INVALID_MSGS("1.3.6.1.6.3.11.2.1.2.0"),
    /** snmpUnknownPDUHandlers (RFC 3412). */
    UNKNOWN_PDU_HANDLERS("1.3.6.1.6.3.11.2.1.3.0"),
    /** snmpUnavailableContexts (RFC 3413). */
    UNAVAILABLE_CONTEXTS("1.3.6.1.6.3.12.1.4.0"),
    /** snmpUnknownContexts (RFC 3413). */
    UNKNOWN_CONTEXTS("1.3.6.1.6.3.12.1.5.0");

    private final Oid oid;

    UsmStats(String oid) {
        this.oid = Oid.parse(oid);
    }

    /** @return the counter's instance name, as a Report PDU carries it */
    public Oid oid() {
        return oid;
    }

    /**
     * Classifies a Report by the name of its first binding. Agents name the counter's instance
     * ({@code ….0}); a name without the {@code .0} is accepted too.
     *
     * @param name the first binding's name
     * @return the counter, or null if the name is none of these
     */
    public static UsmStats fromReportOrNull(Oid name) {
        for (UsmStats s : values()) {
            if (s.oid.equals(name) || s.oid.parent().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
