package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/** A Report: the agent could not verify the message: wrong authentication key or protocol (usmStatsWrongDigests). */
public final class WrongDigestException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public WrongDigestException() {
        super(UsmStats.WRONG_DIGESTS, "the agent could not verify the message: wrong authentication key or protocol (usmStatsWrongDigests)");
    }
}
