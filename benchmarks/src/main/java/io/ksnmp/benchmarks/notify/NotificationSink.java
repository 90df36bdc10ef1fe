package io.ksnmp.benchmarks.notify;

/**
 * Where a {@link NotificationReceiver} reports what it delivered to its application: one call
 * per trap or inform, with the PDU's request-id. Calls must not overlap (a receiver that
 * delivers from several threads at once serializes them).
 */
@FunctionalInterface
public interface NotificationSink {
    /** @param requestId the notification's request-id */
    void delivered(int requestId);
}
