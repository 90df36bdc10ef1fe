package io.ksnmp.benchmarks.engine;

import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.smi.Variable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The agent of the end-to-end scenarios: a separate JVM process, one thread, one blocking UDP
 * socket on 127.0.0.1 that answers every SNMPv2c GetRequest for community {@code public} with a
 * Response carrying {@link #VALUE} for each name asked for, decoded and encoded with ksnmp's
 * codec by a {@link GetAnswerer}; anything else (other versions, communities or PDU types,
 * malformed bytes) is dropped.
 *
 * <p>With {@code --silent} it reads and drops every datagram, so requests stay outstanding
 * (the heap measurement).
 *
 * <p>It prints {@code PORT <n>} on standard output once the socket is bound and exits when its
 * standard input reaches end of file, so it never outlives the process that started it
 * ({@link ResponderProcess}).
 *
 * <pre>
 * java -cp benchmarks.jar io.ksnmp.benchmarks.engine.Responder [--silent] [--port N] [--receive-buffer BYTES]
 * </pre>
 */
public final class Responder {
    /** The value of every binding answered: TimeTicks, as sysUpTime.0 would be. */
    public static final Variable VALUE = TimeTicks.of(862_718_450L);

    /** The community answered. */
    public static final byte[] COMMUNITY = {'p', 'u', 'b', 'l', 'i', 'c'};

    /** SO_RCVBUF asked for by default: room for bursts of 1,024 requests (the kernel may cap it). */
    public static final int DEFAULT_RECEIVE_BUFFER = 4 << 20;

    private final DatagramChannel channel;
    private final boolean silent;
    private final GetAnswerer answerer = new GetAnswerer();

    private Responder(DatagramChannel channel, boolean silent) {
        this.channel = channel;
        this.silent = silent;
    }

    /**
     * @param args {@code --silent} to never answer, {@code --port N} (default: any free port),
     *     {@code --receive-buffer BYTES} (default 4 MiB)
     * @throws IOException if the socket cannot be opened
     */
    public static void main(String[] args) throws IOException {
        boolean silent = false;
        int port = 0;
        int receiveBuffer = DEFAULT_RECEIVE_BUFFER;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--silent" -> silent = true;
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--receive-buffer" -> receiveBuffer = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
        channel.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        exitAtEndOfInput(System.in);
        Responder responder = new Responder(channel, silent);
        System.out.println("PORT " + ((InetSocketAddress) channel.getLocalAddress()).getPort());
        System.out.flush();
        responder.run();
    }

    /** Ends the process when the parent closes our standard input (or dies). */
    static void exitAtEndOfInput(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // nothing is expected on standard input; only its end matters
                }
            } catch (IOException e) {
                // the parent is gone either way
            }
            System.exit(0);
        }, "responder-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void run() throws IOException {
        while (true) {
            SocketAddress source = channel.receive(answerer.receiveBuffer());
            if (silent || source == null) {
                continue;
            }
            ByteBuffer answer = answerer.answer();
            if (answer != null) {
                channel.send(answer, source);
            }
        }
    }

    /** @return one binding of {@link #VALUE} per name asked for */
    public static VarBindList answers(VarBindList names) {
        VarBind[] out = new VarBind[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = VarBind.of(names.oid(i), VALUE);
        }
        return VarBindList.of(out);
    }
}
