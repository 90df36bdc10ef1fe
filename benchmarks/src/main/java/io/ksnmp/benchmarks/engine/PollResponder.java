package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.SplittableRandom;

/**
 * The agents of the poll scenario: a separate JVM that opens {@code agents} UDP sockets on
 * 127.0.0.1 (one port per agent, so the process needs that many file descriptors and a few
 * more), watched by one thread through one {@link Selector}. Each answers an SNMPv2c
 * GetRequest for community {@code public} as {@link Responder} does ({@link Responder#VALUE} for
 * every name), except that each request is dropped with probability {@code drop}, decided by
 * a {@link SplittableRandom} seeded with {@code seed} (a resend of a dropped request draws
 * again). Anything else is dropped.
 *
 * <p>Prints {@code PORT <p1>,<p2>,…} (every agent's port, in order) once all are bound, and
 * exits when its standard input ends.
 *
 * <pre>
 * java -cp benchmarks.jar io.ksnmp.benchmarks.engine.PollResponder [--agents 10000] [--drop 0.01] [--seed 1]
 * </pre>
 */
public final class PollResponder {
    private final Selector selector;
    private final double drop;
    private final SplittableRandom random;
    private final GetAnswerer answerer = new GetAnswerer();

    private PollResponder(Selector selector, double drop, long seed) {
        this.selector = selector;
        this.drop = drop;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param args {@code --agents N} (default 10,000), {@code --drop P} (default 0.01),
     *     {@code --seed S} (default 1)
     * @throws IOException if the sockets cannot be opened (for example too few file descriptors: see {@code ulimit -n})
     */
    public static void main(String[] args) throws IOException {
        int agents = 10_000;
        double drop = 0.01;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--agents" -> agents = Integer.parseInt(args[++i]);
                case "--drop" -> drop = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Selector selector = Selector.open();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        StringBuilder ports = new StringBuilder("PORT ");
        for (int i = 0; i < agents; i++) {
            DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
            try {
                channel.bind(new InetSocketAddress(loopback, 0));
            } catch (IOException e) {
                throw new IOException("could not open agent socket " + (i + 1) + " of " + agents
                        + " (file descriptors: see ulimit -n)", e);
            }
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            ports.append(i == 0 ? "" : ",").append(((InetSocketAddress) channel.getLocalAddress()).getPort());
        }
        Responder.exitAtEndOfInput(System.in);
        PollResponder responder = new PollResponder(selector, drop, seed);
        System.out.println(ports);
        System.out.flush();
        responder.run();
    }

    private void run() throws IOException {
        while (true) {
            try {
                selector.select(key -> serve((DatagramChannel) key.channel()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * Serves one datagram of a ready agent: an agent normally holds one request at a time, and
     * the selector is level-triggered (it reports the agent again if more wait), so reading until
     * the socket is empty would cost a second, empty {@code recvfrom} per request.
     */
    private void serve(DatagramChannel channel) {
        try {
            SocketAddress source = channel.receive(answerer.receiveBuffer());
            if (source == null) {
                return;
            }
            ByteBuffer answer = answerer.answer();
            if (answer != null && random.nextDouble() >= drop) {
                channel.send(answer, source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
