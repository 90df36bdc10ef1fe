package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.time.Duration;

/**
 * One SNMP manager library, configured one way, polling many agents as the poll scenario drives
 * it: one SNMPv2c GET of {@link #NAMES} to each agent, at most {@code concurrency} in flight.
 * Targets (managers) are made when the client is made, outside the measured poll.
 */
public interface PollClient extends AutoCloseable {
    /** The names each GET asks for: sysUpTime.0 and sysName.0. */
    String[] NAMES = {"1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.5.0"};

    /**
     * Polls every agent once and returns when every target has its result.
     *
     * @param concurrency the most requests in flight at once
     * @param recorder where each target's outcome goes
     * @throws Exception if the library refuses to start
     */
    void pollOnce(int concurrency, PollRecorder recorder) throws Exception;

    @Override
    void close() throws IOException;

    /**
     * How long each target may take and how often its request is sent again: a timeout counted
     * from the first send, and a resend every {@code refresh} until then. ksnmp takes them as
     * they are ({@code timeout}, {@code refreshPeriod}); SNMP4J gets a per-try timeout of
     * {@code refresh} and {@code timeout / refresh - 1} retries, so both send at 0, refresh,
     * 2 × refresh … and give up at {@code timeout}.
     *
     * @param timeout the whole budget per target
     * @param refresh the resend period
     */
    record Timing(Duration timeout, Duration refresh) {
        /** @return SNMP4J's retries for the same budget */
        public int snmp4jRetries() {
            return (int) (timeout.toMillis() / refresh.toMillis()) - 1;
        }
    }
}
