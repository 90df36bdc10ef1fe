package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.time.Duration;

/**
 * One SNMP manager library, configured one way, reading the whole {@link TableMib} of one agent
 * as the walk scenario drives it: SNMPv2c, community {@code public}, get-bulk with the same
 * max-repetitions on every side.
 */
public interface WalkClient extends AutoCloseable {
    /** The timeout of each request: long enough that nothing times out, with no resend within it. */
    Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * Reads the whole table once and returns when the read has ended.
     *
     * @return how many bindings arrived (the table's size when all went well)
     * @throws Exception if the read failed (a timeout, an error response, bindings out of order…)
     */
    long walkOnce() throws Exception;

    @Override
    void close() throws IOException;
}
