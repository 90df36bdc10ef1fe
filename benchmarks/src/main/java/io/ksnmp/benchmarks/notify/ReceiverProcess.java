package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A receiver running in a process of its own, as the scenarios see it from outside: where it
 * listens, its process id, and on demand how many notifications it has delivered and how much
 * CPU time it has used.
 */
public interface ReceiverProcess extends AutoCloseable {
    /**
     * One reading.
     *
     * @param delivered notifications delivered so far (distinct request-ids for JVM receivers,
     *     log lines for snmptrapd)
     * @param deliveries every delivery, a request-id seen again included: the count for senders
     *     that number their requests at random and may reuse an id once it is answered (ksnmp)
     * @param cpu the process's threads' CPU times ({@link TaskCpu}, read from outside)
     */
    record Sample(long delivered, long deliveries, TaskCpu cpu) {
        /**
         * @param earlier an earlier reading
         * @return CPU nanoseconds used since then
         */
        public long cpuNanosSince(Sample earlier) {
            return cpu.nanosSince(earlier.cpu);
        }
    }

    /** @return the receiver's name ({@link NotificationReceivers}) */
    String name();

    /** @return where it listens (127.0.0.1) */
    InetSocketAddress address();

    /** @return its process id */
    long pid();

    /**
     * @return its counts now
     * @throws IOException if the process does not answer
     */
    Sample sample() throws IOException;

    /** Ends the process. */
    @Override
    void close();

    /**
     * Starts a receiver and waits until it listens.
     *
     * @param name one of {@link NotificationReceivers#ALL}
     * @param setup what it accepts
     * @param jvmArgs options of its JVM (not used for snmptrapd)
     * @param cpus a {@code taskset -c} CPU list, or null
     * @return the running receiver
     * @throws IOException if it cannot be started
     */
    static ReceiverProcess start(String name, ReceiverSetup setup, List<String> jvmArgs, String cpus) throws IOException {
        return name.equals(NotificationReceivers.SNMPTRAPD)
                ? SnmptrapdProcess.start(setup, cpus)
                : JvmReceiverProcess.start(name, setup, jvmArgs, cpus);
    }
}
