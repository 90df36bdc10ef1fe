package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.ClosedLoop;
import java.io.IOException;
import java.time.Duration;

/**
 * One inform sender, configured one way, as {@link InformScenario} drives it: SNMPv2c
 * InformRequests with the {@link TrapContent} bindings and community, to one receiver given when
 * it is made ({@link InformClients#create}), each awaiting its Response. Implementations:
 * {@link NioInformClient}, {@link Snmp4jInformClient}; ksnmp's plug in through
 * {@link InformClients}.
 */
public interface InformClient extends AutoCloseable {
    /**
     * The timeout of every inform: long enough that nothing times out in a sound run, and no
     * resend within it (a lost inform or acknowledgement ends its chain as a failure, as in the
     * GET scenario, so a lossy run shows as unclean instead of slower).
     */
    Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * Starts {@code inFlight} chains that each keep one inform outstanding until {@code loop}
     * stops them: each acknowledged inform records its latency (from the call to the
     * acknowledgement) in the loop and issues the next; a failed one records the failure and ends
     * its chain. Returns once the chains are started (each called {@link ClosedLoop#chainStarted()}).
     *
     * @param inFlight the number of chains
     * @param loop where chains record
     * @throws Exception if the library refuses to send
     */
    void startClosedLoop(int inFlight, ClosedLoop loop) throws Exception;

    /**
     * What the library counted that could explain a failure (datagrams sent and received, replies
     * it dropped and why), added to a run's first failure; empty where the library counts nothing.
     *
     * @return the counts, on one line
     */
    default String diagnostics() {
        return "";
    }

    /**
     * Releases the client's sockets and threads.
     *
     * @throws IOException if they cannot be closed
     */
    @Override
    void close() throws IOException;
}
