package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/**
 * A Report of usmStatsNotInTimeWindows: the agent found the request's engine boots or time outside
 * its window. A manager resynchronises once from an authentic such report and sends again;
 * {@link #isAfterResynchronisation()} tells whether the request failed after that (the agent's
 * clock or boots keep moving) or before it could (the report was not authentic, or the request
 * was unauthenticated, so nothing could be learnt from it).
 *
 * <pre>{@code
 * catch (NotInTimeWindowException e) {
 *     if (e.isAfterResynchronisation()) log.warn("agent clock unstable");
 * }
 * }</pre>
 */
public final class NotInTimeWindowException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Whether the manager had already resynchronised with the agent's boots and time. */
    private final boolean afterResynchronisation;

    /** Creates the exception for a report no resynchronisation followed. */
    public NotInTimeWindowException() {
        this(false);
    }

    /**
     * Creates the exception.
     *
     * @param afterResynchronisation whether the manager had resynchronised with the agent's boots
     *     and time and the agent still reported the request outside its window
     */
    public NotInTimeWindowException(boolean afterResynchronisation) {
        super(UsmStats.NOT_IN_TIME_WINDOWS, afterResynchronisation
                ? "the agent's engine boots or time stayed outside the window after resynchronisation (usmStatsNotInTimeWindows)"
                : "the agent reported the request outside its time window (usmStatsNotInTimeWindows); no resynchronisation took place");
        this.afterResynchronisation = afterResynchronisation;
    }

    /** @return whether the manager had resynchronised before the agent reported this */
    public boolean isAfterResynchronisation() {
        return afterResynchronisation;
    }
}
