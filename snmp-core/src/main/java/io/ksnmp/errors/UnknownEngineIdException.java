package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/** A Report: the agent did not accept the engine ID the request named (usmStatsUnknownEngineIDs). */
public final class UnknownEngineIdException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public UnknownEngineIdException() {
        super(UsmStats.UNKNOWN_ENGINE_IDS, "the agent did not accept the engine ID the request named (usmStatsUnknownEngineIDs)");
    }
}
