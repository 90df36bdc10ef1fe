package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.Forks;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The trap receiver scenario: a fast sender in its own process ({@link TrapSender}, pinned to
 * one CPU) offers traps at increasing rates to each receiver in its own process (pinned to the
 * other CPU), over loopback; per rate, the share of the traps the receiver delivered and its
 * CPU time per trap; per receiver, the highest rate with nothing lost.
 *
 * <p>For each round, version and receiver: a fresh receiver process; an unmeasured warm-up run
 * (JIT compilation); then for each rate, a fresh sender process encodes {@code rate × seconds}
 * traps with fresh request-ids, the receiver is sampled (delivered, CPU), the sender sends them
 * paced ({@link PacedSend}), and once the receiver's count stops moving (or reaches the number
 * sent) it is sampled again. A receiver's rates stop after one where it delivered less than
 * {@code stopBelow} of them.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.ksnmp.benchmarks.notify.TrapReceiveScenario
 *     [--receivers ksnmp-flow,ksnmp-listener,snmp4j-default,snmp4j-tuned,snmptrapd,bare-nio] [--versions v2c,v3]
 *     [--rates 25000,50000,…,500000] [--seconds 2] [--warmup-rate 50000] [--warmup-seconds 3]
 *     [--sender mmsg|channel] [--sender-java PATH] [--sender-cpus 0] [--receiver-cpus 1] [--receive-buffer 4194304]
 *     [--sender-jvm-args "…"] [--receiver-jvm-args "…"] [--stop-below 0.5] [--rounds 1]
 * </pre>
 * CPU lists take {@code none} for no pinning.
 */
public final class TrapReceiveScenario {
    private static final long QUIET_MILLIS = 250;
    private static final long POLL_MILLIS = 25;
    private static final long DRAIN_LIMIT_MILLIS = 30_000;

    private TrapReceiveScenario() {
    }

    /**
     * Runs the scenario and prints the tables.
     *
     * @param args see the class comment
     * @throws Exception if a run cannot be started
     */
    public static void main(String[] args) throws Exception {
        TrapScenarioOptions options = TrapScenarioOptions.parse(args);
        PrintStream out = System.out;
        SenderProcess.Launch launch = launch(options, out);
        out.printf(Locale.ROOT, "# ksnmp trap receivers: %s; %s; rates %s traps/s, %.1f s each after %.1f s at %,d; %d round(s)%n",
                options.receivers(), options.versions(), options.rates(), options.seconds(), options.warmupSeconds(),
                options.warmupRate(), options.rounds());
        out.printf(Locale.ROOT, "# %d CPUs, %s %s; sender %s (%s %s)%s; receivers %s%s, SO_RCVBUF %,d; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), launch.sender(), launch.java(), launch.jvmArgs(),
                launch.cpus() == null ? "" : " on CPUs " + launch.cpus(), options.receiverJvmArgs(),
                options.receiverCpus() == null ? "" : " on CPUs " + options.receiverCpus(), options.receiveBuffer(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<TrapStep> steps = run(options, launch, out);
        out.println();
        TrapTables.print(steps, out);
    }

    /**
     * How senders are started: the {@code sendmmsg} sender on a JDK 22+ if one is found,
     * otherwise the channel sender on this JVM (said on {@code notes}).
     *
     * @param options the options
     * @param notes where to say what was chosen when it is not what was asked
     * @return the launch settings (v2c; {@link #run} sets the version)
     */
    public static SenderProcess.Launch launch(TrapScenarioOptions options, PrintStream notes) {
        String sender = options.sender();
        String java = options.senderJava();
        if (java == null && sender.equals(BatchSender.MMSG)) {
            Optional<String> found = SenderJava.find();
            if (found.isPresent()) {
                java = found.get();
            } else {
                notes.println("# no JDK 22 or later found for the sendmmsg sender: the channel sender runs instead");
                sender = BatchSender.CHANNEL;
            }
        }
        return new SenderProcess.Launch(sender, java == null ? Forks.javaBinary() : java, options.senderJvmArgs(),
                options.senderCpus(), false, System.currentTimeMillis());
    }

    /**
     * Runs every receiver at every rate, for every version and round.
     *
     * @param options what to run
     * @param launch how senders start
     * @param progress where each step is reported as it comes
     * @return every measured step
     * @throws InterruptedException if interrupted
     */
    public static List<TrapStep> run(TrapScenarioOptions options, SenderProcess.Launch launch, PrintStream progress)
            throws InterruptedException {
        List<String> receivers = available(options.receivers(), progress);
        List<TrapStep> steps = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (String version : options.versions()) {
                for (String receiver : receivers) {
                    String label = options.rounds() > 1 ? "round " + round + ": " : "";
                    try {
                        steps.addAll(runReceiver(options, launch, receiver, version, label, progress));
                    } catch (IOException e) {
                        progress.printf(Locale.ROOT, "%s%-15s %s FAILED: %s%n", label, receiver, version, e.getMessage());
                    }
                }
            }
        }
        return steps;
    }

    /** @return the receivers that can run; each one that cannot yet is named on {@code progress} */
    static List<String> available(List<String> receivers, PrintStream progress) {
        List<String> out = new ArrayList<>();
        for (String name : receivers) {
            if (name.equals(NotificationReceivers.SNMPTRAPD)) {
                out.add(name);
                continue;
            }
            try {
                NotificationReceivers.create(name);
                out.add(name);
            } catch (UnsupportedOperationException e) {
                progress.println("# skipped " + e.getMessage());
            }
        }
        return out;
    }

    private static List<TrapStep> runReceiver(TrapScenarioOptions options, SenderProcess.Launch launch, String receiver,
                                              String version, String label, PrintStream progress)
            throws IOException, InterruptedException {
        boolean v3 = version.equals("v3");
        SenderProcess.Launch l = new SenderProcess.Launch(launch.sender(), launch.java(), launch.jvmArgs(), launch.cpus(), v3,
                launch.engineStartMillis());
        ReceiverSetup setup = new ReceiverSetup(TrapContent.COMMUNITY, v3, options.receiveBuffer());
        List<TrapStep> steps = new ArrayList<>();
        try (ReceiverProcess process = ReceiverProcess.start(receiver, setup, options.receiverJvmArgs(), options.receiverCpus())) {
            int nextId = TrapContent.FIRST_REQUEST_ID;
            if (options.warmupSeconds() > 0) {
                nextId += (int) step(process, l, version, options.warmupRate(), options.warmupSeconds(), nextId).sent();
            }
            for (int rate : options.rates()) {
                TrapStep s = step(process, l, version, rate, options.seconds(), nextId);
                nextId += (int) s.sent();
                steps.add(s);
                progress.printf(Locale.ROOT, "%s%-15s %s %,9d/s: offered %,9.0f/s  delivered %,10d of %,10d (%6.2f%%)  "
                                + "receiver %6.2f µs/trap  sender %5.2f µs/trap  load %.1f%n", label, receiver, version, rate,
                        s.offeredRate(), s.delivered(), s.sent(), s.share() * 100, s.receiverMicrosPerTrap(),
                        s.senderMicrosPerTrap(), s.loadAverage());
                if (s.share() < options.stopBelow()) {
                    break;
                }
            }
        }
        return steps;
    }

    /**
     * Offers one rate to a running receiver.
     *
     * @param receiver the receiver
     * @param launch how the sender starts
     * @param version {@code v2c} or {@code v3}
     * @param rate traps per second
     * @param seconds for how long
     * @param firstId the first request-id
     * @return what was sent and delivered
     * @throws IOException if the sender or the receiver fails
     * @throws InterruptedException if interrupted
     */
    public static TrapStep step(ReceiverProcess receiver, SenderProcess.Launch launch, String version, int rate, double seconds,
                                int firstId) throws IOException, InterruptedException {
        int count = (int) Math.max(1, Math.round(rate * seconds));
        try (SenderProcess sender = SenderProcess.start(launch, receiver.address().getPort(), rate, count, firstId)) {
            ReceiverProcess.Sample s0 = receiver.sample();
            SenderProcess.Result r = sender.go();
            ReceiverProcess.Sample s1 = awaitQuiet(receiver, s0.delivered() + r.sent());
            return new TrapStep(receiver.name(), version, rate, r.sent(), r.nanos(), r.cpuNanos(),
                    s1.delivered() - s0.delivered(), s1.cpuNanosSince(s0),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Samples until {@code expected} have been delivered or the count has not moved for {@link #QUIET_MILLIS}. */
    private static ReceiverProcess.Sample awaitQuiet(ReceiverProcess receiver, long expected)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_LIMIT_MILLIS);
        ReceiverProcess.Sample last = receiver.sample();
        long quietSince = System.nanoTime();
        while (last.delivered() < expected && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL_MILLIS);
            ReceiverProcess.Sample now = receiver.sample();
            if (now.delivered() != last.delivered()) {
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
