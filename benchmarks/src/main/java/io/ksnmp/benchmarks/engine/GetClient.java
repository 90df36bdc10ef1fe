package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.time.Duration;

/**
 * One SNMP manager library, configured one way, as the end-to-end scenarios drive it: SNMPv2c
 * GETs of {@link GetClient#NAME} to one agent.
 */
public interface GetClient extends AutoCloseable {
    /** The name every GET asks for: sysUpTime.0. */
    String NAME = "1.3.6.1.2.1.1.3.0";

    /** The community. */
    String COMMUNITY = "public";

    /**
     * SO_RCVBUF of every client's socket, the one setting that is not the library's default, on
     * both sides alike: the kernel's default (208 KiB on Linux) holds only about 190 small
     * datagrams, so a burst of 1,024 replies loses over 800 of them, which then time out.
     */
    int RECEIVE_BUFFER = 4 << 20;

    /** The timeout of the throughput runs: long enough that nothing times out, with no resend within it. */
    Duration THROUGHPUT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Starts {@code inFlight} chains that each keep one GET outstanding until {@code loop} stops
     * them; returns once they are started. Requests have {@link #THROUGHPUT_TIMEOUT} and no
     * retries.
     *
     * @param inFlight the number of chains
     * @param loop where chains record latencies and failures
     * @throws Exception if the library refuses to send
     */
    void startClosedLoop(int inFlight, ClosedLoop loop) throws Exception;

    /**
     * Sends {@code count} GETs that will not be answered and keeps them outstanding for
     * {@code timeout} (no retries); returns once they have all been handed to the library.
     *
     * @param count how many
     * @param timeout how long each stays outstanding
     * @throws Exception if the library refuses to send
     */
    void sendUnanswered(int count, Duration timeout) throws Exception;

    /** @return the requests the library itself counts as outstanding */
    long outstanding();

    /** @return datagrams the library has sent (or -1 if it does not say) */
    long sent();

    @Override
    void close() throws IOException;
}
