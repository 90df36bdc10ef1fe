package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/** A Report: the agent does not know the user (usmStatsUnknownUserNames). */
public final class UnknownUserNameException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public UnknownUserNameException() {
        super(UsmStats.UNKNOWN_USER_NAMES, "the agent does not know the user (usmStatsUnknownUserNames)");
    }
}
