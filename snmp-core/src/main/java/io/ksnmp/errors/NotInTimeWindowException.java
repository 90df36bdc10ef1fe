package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/** A Report: the agent's engine boots or time stayed outside the window after resynchronisation (usmStatsNotInTimeWindows). */
public final class NotInTimeWindowException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public NotInTimeWindowException() {
        super(UsmStats.NOT_IN_TIME_WINDOWS, "the agent's engine boots or time stayed outside the window after resynchronisation (usmStatsNotInTimeWindows)");
    }
}
