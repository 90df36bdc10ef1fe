package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/** A Report: the user cannot use the requested security level at the agent (usmStatsUnsupportedSecLevels). */
public final class UnsupportedSecurityLevelException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public UnsupportedSecurityLevelException() {
        super(UsmStats.UNSUPPORTED_SEC_LEVELS, "the user cannot use the requested security level at the agent (usmStatsUnsupportedSecLevels)");
    }
}
