package io.ksnmp.benchmarks.notify;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * One trap and inform receiver, configured one way, as the notification scenarios run it in a
 * process of its own ({@link ReceiverMain}): it listens on 127.0.0.1, accepts SNMPv2c
 * notifications for the setup's community (and, with {@code setup.v3()}, SNMPv3 authPriv ones
 * from {@link V3Fixture}'s user and engine), acknowledges every inform with a Response
 * (RFC 3416 §4.2.7: same request-id and bindings), and tells the sink of each notification
 * it delivers to its application. Implementations: {@link NioReceiver}, {@link Snmp4jReceiver};
 * ksnmp's plug in through {@link NotificationReceivers}.
 */
public interface NotificationReceiver extends AutoCloseable {
    /**
     * Opens the receiver's socket and starts delivering; returns once it is bound.
     *
     * @param setup what to accept and the socket's receive buffer
     * @param port the UDP port on 127.0.0.1, or 0 for any free one
     * @param sink told of every notification delivered
     * @return the address it listens on
     * @throws Exception if it cannot be started
     */
    InetSocketAddress start(ReceiverSetup setup, int port, NotificationSink sink) throws Exception;

    /**
     * Stops receiving and releases the socket.
     *
     * @throws IOException if the socket cannot be closed
     */
    @Override
    void close() throws IOException;
}
