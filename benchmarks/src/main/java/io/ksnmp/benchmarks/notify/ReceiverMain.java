package io.ksnmp.benchmarks.notify;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A {@link NotificationReceiver} in a process of its own: starts it with a {@link Tally} as its
 * sink, prints {@code PORT <n>}, then answers each line {@code SAMPLE} on standard input with
 * {@code SAMPLE <distinct> <total>}: the tally (the scenarios read its CPU time from outside,
 * {@link TaskCpu}).
 * It exits when its standard input ends, so it never outlives the scenario.
 *
 * <pre>
 * java -cp benchmarks.jar io.ksnmp.benchmarks.notify.ReceiverMain --receiver NAME [--port 0] [--v3] [--receive-buffer BYTES]
 * </pre>
 */
public final class ReceiverMain {
    private ReceiverMain() {
    }

    /**
     * @param args see the class comment
     * @throws Exception if the receiver cannot be started
     */
    public static void main(String[] args) throws Exception {
        String name = null;
        int port = 0;
        boolean v3 = false;
        int receiveBuffer = ReceiverSetup.DEFAULT_RECEIVE_BUFFER;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--receiver" -> name = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--v3" -> v3 = true;
                case "--receive-buffer" -> receiveBuffer = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("--receiver is required");
        }
        Tally tally = new Tally();
        try (NotificationReceiver receiver = NotificationReceivers.create(name)) {
            InetSocketAddress bound = receiver.start(new ReceiverSetup(TrapContent.COMMUNITY, v3, receiveBuffer), port, tally);
            System.out.println("PORT " + bound.getPort());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.trim().equals("SAMPLE")) {
                    System.out.println("SAMPLE " + tally.distinct() + " " + tally.total());
                    System.out.flush();
                }
            }
        }
        System.exit(0);
    }
}
