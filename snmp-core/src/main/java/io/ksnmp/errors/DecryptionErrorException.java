package io.ksnmp.errors;

import io.ksnmp.usm.UsmStats;

/** A Report: the agent could not decrypt the message: wrong privacy key or protocol (usmStatsDecryptionErrors). */
public final class DecryptionErrorException extends ReportException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public DecryptionErrorException() {
        super(UsmStats.DECRYPTION_ERRORS, "the agent could not decrypt the message: wrong privacy key or protocol (usmStatsDecryptionErrors)");
    }
}
