package io.ksnmp.benchmarks.engine;

import io.ksnmp.benchmarks.nativeio.Libc;
import io.ksnmp.benchmarks.nativeio.MessageVector;
import io.ksnmp.benchmarks.nativeio.NativeUdpSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * {@link Responder}'s answers from a responder that is not the bottleneck: one thread, one libc
 * UDP socket on 127.0.0.1, up to {@link #BATCH} requests read by one {@code recvmmsg} (blocking
 * for the first) and their answers written by one {@code sendmmsg}, each decoded and encoded by
 * a {@link GetAnswerer}. Needs JDK 22 or later with {@code --enable-native-access=ALL-UNNAMED}.
 * Same protocol with its parent as {@link Responder}: prints {@code PORT <n>}, exits at the end of
 * standard input.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks.jar io.ksnmp.benchmarks.engine.BatchedResponder [--port N] [--receive-buffer BYTES]
 * </pre>
 */
public final class BatchedResponder {
    /** Requests read, and answers written, per system call at most. */
    public static final int BATCH = 64;

    private BatchedResponder() {
    }

    /**
     * @param args {@code --port N} (default: any free port), {@code --receive-buffer BYTES} (default 4 MiB)
     * @throws IOException if the socket cannot be opened
     */
    public static void main(String[] args) throws IOException {
        int port = 0;
        int receiveBuffer = Responder.DEFAULT_RECEIVE_BUFFER;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--receive-buffer" -> receiveBuffer = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Libc libc = Libc.load();
        NativeUdpSocket socket = new NativeUdpSocket(libc, receiveBuffer);
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        Responder.exitAtEndOfInput(System.in);
        System.out.println("PORT " + socket.localPort());
        System.out.flush();
        serve(socket, new MessageVector(libc, BATCH, true), new MessageVector(libc, BATCH, true), new GetAnswerer());
    }

    private static void serve(NativeUdpSocket socket, MessageVector requests, MessageVector answers, GetAnswerer answerer) {
        while (true) {
            int n = socket.receive(requests, BATCH);
            int count = 0;
            for (int i = 0; i < n; i++) {
                requests.copyOut(i, Math.min(requests.receivedLength(i), MessageVector.SLOT), answerer.receiveBuffer());
                ByteBuffer answer = answerer.answer();
                if (answer != null) {
                    answers.copyIn(count, answer);
                    answers.copyName(count++, requests, i);
                }
            }
            if (count > 0) {
                socket.send(answers, count);
            }
        }
    }
}
