package io.ksnmp.errors;

import io.ksnmp.SnmpException;
import io.ksnmp.usm.UsmStats;

/**
 * The agent answered an SNMPv3 request with a Report naming a statistics counter. The six USM
 * counters have their own subclasses; other Reports (unknown context and the like) come as this
 * class, with {@link #counterOrNull()} naming the counter when ksnmp knows it.
 *
 * <pre>{@code
 * catch (WrongDigestException e) { alert("check the auth password for " + target); }
 * catch (ReportException e) { log.warn("report {}", e.counterOrNull()); }
 * }</pre>
 */
public class ReportException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** The USM statistics counter the report carried, or null when it named none. */
    private final UsmStats counter;

    /**
     * @param counter the counter the Report named, or null if ksnmp does not know it
     * @param message what happened, for people
     */
    public ReportException(UsmStats counter, String message) {
        super(message);
        this.counter = counter;
    }

    /** @return the counter the Report named, or null */
    public UsmStats counterOrNull() {
        return counter;
    }

    /**
     * @param counter the counter a Report named, or null
     * @return the exception that stands for it
     */
    public static ReportException of(UsmStats counter) {
        if (counter == null) {
            return new ReportException(null, "the agent sent a Report ksnmp does not know");
        }
        switch (counter) {
            case UNKNOWN_USER_NAMES: return new UnknownUserNameException();
            case WRONG_DIGESTS: return new WrongDigestException();
            case DECRYPTION_ERRORS: return new DecryptionErrorException();
            case UNSUPPORTED_SEC_LEVELS: return new UnsupportedSecurityLevelException();
            case NOT_IN_TIME_WINDOWS: return new NotInTimeWindowException();
            case UNKNOWN_ENGINE_IDS: return new UnknownEngineIdException();
            default: return new ReportException(counter, "the agent sent a Report: " + counter);
        }
    }
}
