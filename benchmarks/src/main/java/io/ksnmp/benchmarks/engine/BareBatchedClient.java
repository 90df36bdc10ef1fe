package io.ksnmp.benchmarks.engine;

import io.ksnmp.benchmarks.nativeio.Libc;
import io.ksnmp.benchmarks.nativeio.MessageVector;
import io.ksnmp.benchmarks.nativeio.NativeUdpSocket;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The batched floor: one thread, one connected libc UDP socket; up to {@link #BATCH} answers read
 * by one {@code recvmmsg} (blocking for the first) and the GETs that follow them written by one
 * {@code sendmmsg}, the SNMP work of {@link BareGetCodec}. What a client with batched datagram
 * I/O pays before its library's own work. JDK 22 or later with native access; throughput runs only.
 */
final class BareBatchedClient extends BareClient {
    /** Datagrams per system call at most. */
    static final int BATCH = 64;

    private final NativeUdpSocket socket;
    private final MessageVector answers;
    private final MessageVector requests;
    private Thread thread;
    private volatile boolean closed;

    BareBatchedClient(InetSocketAddress agent) throws IOException {
        Libc libc = Libc.load();
        socket = new NativeUdpSocket(libc, RECEIVE_BUFFER);
        socket.receiveTimeout(100);
        socket.connect(agent);
        answers = new MessageVector(libc, BATCH, false);
        requests = new MessageVector(libc, BATCH, false);
    }

    @Override
    public void startClosedLoop(int inFlight, ClosedLoop loop) {
        BareGetCodec codec = new BareGetCodec(inFlight);
        long[] started = new long[inFlight];
        thread = new Thread(() -> run(codec, started, loop), "bare-batched-client");
        thread.setDaemon(true);
        for (int c = 0; c < inFlight; c++) {
            loop.chainStarted();
        }
        thread.start();
    }

    private void run(BareGetCodec codec, long[] started, ClosedLoop loop) {
        int chains = started.length;
        for (int first = 0; first < chains; first += BATCH) {
            int count = Math.min(BATCH, chains - first);
            long now = System.nanoTime();
            for (int k = 0; k < count; k++) {
                started[first + k] = now;
                requests.copyIn(k, codec.nextRequest(first + k));
            }
            if (!socket.send(requests, count)) {
                loop.failed(new IOException("sendmmsg failed"));
                return;
            }
        }
        int open = chains;
        while (open > 0 && !closed) {
            int n = socket.receive(answers, BATCH);
            long now = System.nanoTime();
            int next = 0;
            for (int i = 0; i < n; i++) {
                answers.copyOut(i, Math.min(answers.receivedLength(i), MessageVector.SLOT), codec.receiveBuffer());
                int chain = codec.answeredChain();
                if (chain < 0) {
                    continue;
                }
                loop.completed(now - started[chain]);
                if (loop.running()) {
                    started[chain] = now;
                    requests.copyIn(next++, codec.nextRequest(chain));
                } else {
                    loop.chainEnded();
                    open--;
                }
            }
            if (next > 0 && !socket.send(requests, next)) {
                loop.failed(new IOException("sendmmsg failed"));
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            if (thread != null) {
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.close();
    }
}
