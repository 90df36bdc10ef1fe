package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.ResultLine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trap sender process: encodes {@code count} traps ({@link TrapMessages}), prints
 * {@code READY}, waits for a line on standard input, offers them at {@code rate} per second
 * ({@link PacedSend}) to a receiver on 127.0.0.1, and prints one {@link ResultLine}: sent,
 * nanos, how far its schedule slipped, and its own CPU time for the send.
 *
 * <pre>
 * java [--enable-native-access=ALL-UNNAMED] -cp benchmarks.jar io.ksnmp.benchmarks.notify.TrapSender
 *     --port N --rate R --count N [--first-id 16777216] [--v3] [--engine-start-millis T] [--sender mmsg|channel]
 * </pre>
 * {@code --sender mmsg} (the default) needs JDK 22 or later; {@code channel} runs anywhere.
 * For SNMPv3 the sender's snmpEngineTime is the seconds since {@code --engine-start-millis}
 * (the scenario's start, so that successive sender processes form one engine's clock).
 */
public final class TrapSender {
    private TrapSender() {
    }

    /**
     * Lets the JVM finish with the encoding before the clock starts: the sender shares its one
     * CPU with its JVM's collector and compiler threads, and the garbage of encoding (v3 above
     * all: a cipher and a MAC per message) would otherwise be collected, and the compile queue
     * it left drained, in the first second of sending, pausing the sender for milliseconds at a
     * time. So: a full collection, then a wait until the JIT compilers have been idle for
     * 200 ms (at most 10 s).
     */
    private static void settle() throws InterruptedException {
        System.gc();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            Thread.sleep(1_000);
            return;
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        long last = -1;
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
            long now = jit.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    }

    /**
     * @param args see the class comment
     * @throws Exception if the traps cannot be sent
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        double rate = 0;
        int count = 0;
        int firstId = TrapContent.FIRST_REQUEST_ID;
        boolean v3 = false;
        long engineStart = System.currentTimeMillis();
        String senderName = BatchSender.MMSG;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--first-id" -> firstId = Integer.parseInt(args[++i]);
                case "--v3" -> v3 = true;
                case "--engine-start-millis" -> engineStart = Long.parseLong(args[++i]);
                case "--sender" -> senderName = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (port <= 0 || rate <= 0 || count <= 0) {
            throw new IllegalArgumentException("--port, --rate and --count are required");
        }
        int engineTime = (int) Math.max(0, (System.currentTimeMillis() - engineStart) / 1000);
        TrapMessages messages = TrapMessages.encode(firstId, count, v3, engineTime);
        settle();
        InetSocketAddress receiver = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (BatchSender sender = BatchSender.open(senderName, messages, receiver)) {
            System.out.println("READY " + count + " " + messages.length(0));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            if (in.readLine() == null) {
                return;
            }
            long cpu0 = os.getProcessCpuTime();
            PacedSend.Result r = PacedSend.run(sender, count, rate);
            long cpu1 = os.getProcessCpuTime();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("sender", senderName);
            result.put("rate", rate);
            result.put("sent", r.sent());
            result.put("nanos", r.nanos());
            result.put("achievedRate", Math.round(r.achievedRate()));
            result.put("slippedNanos", r.slippedNanos());
            result.put("cpuNanos", cpu1 - cpu0);
            result.put("bytes", messages.length(0));
            System.out.println(ResultLine.format(result));
            System.out.flush();
        }
    }
}
