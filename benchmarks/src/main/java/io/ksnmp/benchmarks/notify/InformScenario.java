package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.ClosedLoop;
import io.ksnmp.benchmarks.engine.Forks;
import io.ksnmp.benchmarks.engine.LatencyHistogram;
import io.ksnmp.benchmarks.engine.ResultLine;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inform scenario: informs acknowledged per second with N outstanding, over loopback, the
 * sender pinned to one CPU and the receiver to the other. Receiving: the bare NIO sender
 * ({@link NioInformClient}) loads each receiver. Sending: each sender against the bare NIO
 * receiver, which costs least and so leaves the sender to set the pace.
 *
 * <p>For each round, number outstanding and pair: a fresh receiver process and a fresh sender
 * JVM (a fork of this class) that keeps N informs outstanding (closed loop, as the GET
 * scenario), warms up, measures one window (acknowledgements per second, latency, its own CPU
 * and the receiver's, both read from outside as {@link TaskCpu}), stops, and lets every chain
 * end. The receiver's count of delivered informs is then compared with the sender's count of
 * acknowledged ones: with nothing lost, they are equal.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.ksnmp.benchmarks.notify.InformScenario
 *     [--receivers ksnmp-flow,ksnmp-listener,snmp4j-default,snmp4j-tuned,snmptrapd,bare-nio]
 *     [--senders ksnmp-futures,ksnmp-coroutines,snmp4j-default,snmp4j-tuned,bare-nio] [--in-flight 64,1024]
 *     [--warmup 3] [--measure 5] [--sender-cpus 0] [--receiver-cpus 1] [--receive-buffer 4194304]
 *     [--sender-jvm-args "…"] [--receiver-jvm-args "…"] [--rounds 1]
 * </pre>
 */
public final class InformScenario {
    private InformScenario() {
    }

    /**
     * Runs the scenario and prints the tables; as a child ({@code --child inform …}), runs one sender.
     *
     * @param args see the class comment
     * @throws Exception if a run cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Arrays.copyOfRange(args, 2, args.length));
            System.exit(0);
            return;
        }
        InformScenarioOptions options = InformScenarioOptions.parse(args);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "# ksnmp informs: receivers %s (bare-nio sender), senders %s (bare-nio receiver); %s outstanding; "
                        + "warm-up %.1f s, measured %.1f s, %d round(s)%n", options.receivers(), options.senders(), options.inFlight(),
                options.warmupSeconds(), options.measureSeconds(), options.rounds());
        out.printf(Locale.ROOT, "# %d CPUs, %s %s; senders %s%s; receivers %s%s, SO_RCVBUF %,d; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), options.senderJvmArgs(),
                options.senderCpus() == null ? "" : " on CPUs " + options.senderCpus(), options.receiverJvmArgs(),
                options.receiverCpus() == null ? "" : " on CPUs " + options.receiverCpus(), options.receiveBuffer(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<InformResult> results = run(options, out);
        out.println();
        InformTables.print(results, out);
    }

    /**
     * Runs every pair at every number outstanding.
     *
     * @param options what to run
     * @param progress where each result is reported as it comes
     * @return the results (failed runs reported and left out)
     * @throws IOException if a process cannot be started
     * @throws InterruptedException if interrupted
     */
    public static List<InformResult> run(InformScenarioOptions options, PrintStream progress)
            throws IOException, InterruptedException {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (String receiver : TrapReceiveScenario.available(options.receivers(), progress)) {
            pairs.add(List.of(InformClients.BARE_NIO, receiver));
        }
        for (String sender : availableSenders(options.senders(), progress)) {
            pairs.add(List.of(sender, NotificationReceivers.BARE_NIO));
        }
        List<InformResult> results = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (int inFlight : options.inFlight()) {
                for (List<String> pair : pairs) {
                    String label = options.rounds() > 1 ? "round " + round + ": " : "";
                    InformResult r = runOne(options, pair.get(0), pair.get(1), inFlight);
                    if (r == null) {
                        progress.printf(Locale.ROOT, "%s%-15s → %-15s %5d outstanding: FAILED (no result)%n", label, pair.get(0),
                                pair.get(1), inFlight);
                        continue;
                    }
                    results.add(r);
                    progress.printf(Locale.ROOT, "%s%-15s → %-15s %5d outstanding: %,9.0f acked/s  p50 %8.1f µs  p99 %8.1f µs  "
                                    + "receiver %5.2f µs/inform  sender %5.2f µs/inform  delivered %,d of %,d acked  load %.1f%s%n",
                            label, r.sender(), r.receiver(), inFlight, r.ackedPerSecond(), r.p50Nanos() / 1e3, r.p99Nanos() / 1e3,
                            r.receiverMicrosPerInform(), r.senderMicrosPerInform(), r.delivered(), r.ackedTotal(), r.loadAverage(),
                            r.clean() ? "" : "  NOT CLEAN: " + r.failures() + " failures, " + r.chainsAtEnd() + " chains, first "
                                    + r.firstFailure());
                }
            }
        }
        return results;
    }

    /** @return the senders that can run; each one that cannot yet is named on {@code progress} */
    static List<String> availableSenders(List<String> senders, PrintStream progress) throws IOException {
        List<String> out = new ArrayList<>();
        InetSocketAddress nowhere = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9);
        for (String name : senders) {
            try {
                InformClients.create(name, nowhere).close();
                out.add(name);
            } catch (UnsupportedOperationException e) {
                progress.println("# skipped " + e.getMessage());
            }
        }
        return out;
    }

    private static InformResult runOne(InformScenarioOptions options, String sender, String receiver, int inFlight)
            throws IOException, InterruptedException {
        ReceiverSetup setup = new ReceiverSetup(TrapContent.COMMUNITY, false, options.receiveBuffer());
        try (ReceiverProcess process = ReceiverProcess.start(receiver, setup, options.receiverJvmArgs(), options.receiverCpus())) {
            long limit = (long) ((options.warmupSeconds() + options.measureSeconds()) * 1000) + InformClient.TIMEOUT.toMillis()
                    + 60_000;
            Map<String, String> m = Forks.runChild(InformScenario.class, options.senderJvmArgs(), options.senderCpus(), limit,
                    "inform", List.of("--sender", sender, "--receiver", receiver, "--port",
                            String.valueOf(process.address().getPort()), "--receiver-pid", String.valueOf(process.pid()),
                            "--in-flight", String.valueOf(inFlight), "--warmup", String.valueOf(options.warmupSeconds()),
                            "--measure", String.valueOf(options.measureSeconds())));
            return m == null ? null : InformResult.of(m).withDelivered(process.sample().deliveries());
        }
    }

    private static void child(String[] args) throws Exception {
        String sender = null;
        String receiver = null;
        int port = 0;
        long receiverPid = -1;
        int inFlight = 0;
        double warmup = 0;
        double measure = 0;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--sender" -> sender = value;
                case "--receiver" -> receiver = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--receiver-pid" -> receiverPid = Long.parseLong(value);
                case "--in-flight" -> inFlight = Integer.parseInt(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--measure" -> measure = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        System.out.println(ResultLine.format(measure(sender, receiver, address, receiverPid, inFlight, warmup, measure).toMap()));
        System.out.flush();
    }

    /**
     * Runs one sender's closed loop in this JVM against a running receiver and measures one window.
     *
     * @param sender the sender's name
     * @param receiver the receiver's name (for the result)
     * @param address where the receiver listens
     * @param receiverPid its process id, or -1
     * @param inFlight informs kept outstanding
     * @param warmupSeconds time before the window
     * @param measureSeconds the window
     * @return what the window saw (delivered unknown: -1)
     * @throws Exception if the sender cannot be started
     */
    public static InformResult measure(String sender, String receiver, InetSocketAddress address, long receiverPid, int inFlight,
                                       double warmupSeconds, double measureSeconds) throws Exception {
        ClosedLoop loop = new ClosedLoop();
        long self = ProcessHandle.current().pid();
        try (InformClient client = InformClients.create(sender, address)) {
            client.startClosedLoop(inFlight, loop);
            Thread.sleep((long) (warmupSeconds * 1000));
            TaskCpu r0 = receiverPid < 0 ? null : TaskCpu.of(receiverPid);
            TaskCpu c0 = TaskCpu.of(self);
            LatencyHistogram.Snapshot h0 = loop.snapshot();
            long t0 = System.nanoTime();
            Thread.sleep((long) (measureSeconds * 1000));
            long t1 = System.nanoTime();
            LatencyHistogram.Snapshot h1 = loop.snapshot();
            TaskCpu c1 = TaskCpu.of(self);
            TaskCpu r1 = receiverPid < 0 ? null : TaskCpu.of(receiverPid);
            int chains = loop.chains();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            loop.stop();
            loop.awaitChainsEnded(InformClient.TIMEOUT.toMillis() + 5_000);
            LatencyHistogram.Snapshot window = h1.minus(h0);
            Throwable first = loop.firstFailure();
            String failure = first == null ? "-" : (first + " " + client.diagnostics()).strip();
            return new InformResult(sender, receiver, inFlight, window.count(), t1 - t0, window.valueAt(0.50),
                    window.valueAt(0.99), c1.nanosSince(c0), r0 == null ? -1 : r1.nanosSince(r0), loop.failures(),
                    loop.timeouts(), chains, loop.snapshot().count(), -1, load, failure);
        }
    }
}
