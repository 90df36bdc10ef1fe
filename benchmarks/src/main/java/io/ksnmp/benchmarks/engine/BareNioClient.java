package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;

/**
 * The NIO floor: one thread, one blocking connected {@code DatagramChannel}, one {@code write}
 * per GET and one {@code read} per answer, the SNMP work of {@link BareGetCodec}. What any NIO
 * client pays before its library's own work; throughput runs only.
 */
final class BareNioClient extends BareClient {
    private final DatagramChannel channel;
    private Thread thread;
    private volatile boolean closed;

    BareNioClient(InetSocketAddress agent) throws IOException {
        channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
        channel.connect(agent);
    }

    @Override
    public void startClosedLoop(int inFlight, ClosedLoop loop) throws IOException {
        BareGetCodec codec = new BareGetCodec(inFlight);
        long[] started = new long[inFlight];
        for (int c = 0; c < inFlight; c++) {
            loop.chainStarted();
            started[c] = System.nanoTime();
            channel.write(codec.nextRequest(c));
        }
        thread = new Thread(() -> run(codec, started, loop), "bare-nio-client");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(BareGetCodec codec, long[] started, ClosedLoop loop) {
        int open = started.length;
        try {
            while (open > 0) {
                channel.read(codec.receiveBuffer());
                long now = System.nanoTime();
                int chain = codec.answeredChain();
                if (chain < 0) {
                    continue;
                }
                loop.completed(now - started[chain]);
                if (loop.running()) {
                    started[chain] = System.nanoTime();
                    channel.write(codec.nextRequest(chain));
                } else {
                    loop.chainEnded();
                    open--;
                }
            }
        } catch (ClosedChannelException e) {
            // closed by the scenario: the chains still open stay counted as running
        } catch (IOException e) {
            if (!closed) {
                loop.failed(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
    }
}
