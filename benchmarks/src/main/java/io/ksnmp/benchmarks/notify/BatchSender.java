package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.nativeio.Libc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Puts pre-encoded datagrams ({@link TrapMessages}) on the wire to one receiver, a batch per
 * call: the trap sender's system-call layer.
 */
interface BatchSender extends AutoCloseable {
    /** libc {@code sendmmsg} through the foreign function API: one system call per batch (JDK 22+). */
    String MMSG = "mmsg";
    /** {@code DatagramChannel.write}: one system call per datagram (any JDK). */
    String CHANNEL = "channel";
    /** Every sender, by name. */
    List<String> ALL = List.of(MMSG, CHANNEL);

    /** @return the most datagrams one {@link #send} call takes */
    int maxBatch();

    /**
     * Sends messages {@code first} to {@code first + count - 1}.
     *
     * @param first the first message's index
     * @param count how many, 1 to {@link #maxBatch()}
     * @return how many the kernel took (at least one)
     * @throws IOException if the system refuses to send
     */
    int send(int first, int count) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * @param name {@link #MMSG} or {@link #CHANNEL}
     * @param messages what to send
     * @param receiver where to
     * @return a connected sender
     * @throws IOException if its socket cannot be opened
     */
    static BatchSender open(String name, TrapMessages messages, InetSocketAddress receiver) throws IOException {
        return switch (name) {
            case MMSG -> new MmsgSender(Libc.load(), messages, receiver);
            case CHANNEL -> new ChannelSender(messages, receiver);
            default -> throw new IllegalArgumentException("unknown sender " + name + "; known: " + ALL);
        };
    }
}
