package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The end-to-end poll scenario: ksnmp's {@code pollMany} beside SNMP4J's asynchronous GETs
 * (default and tuned), each polling every agent of one {@link PollResponder} process (10,000
 * agents on their own loopback ports by default, 1% of requests dropped) once, with the same
 * number in flight and the same timing (1 s per target, a resend every 200 ms; see
 * {@link PollClient.Timing}).
 *
 * <p>For each round and client, a fresh client JVM (a fork of this class) and a fresh responder
 * JVM (same seed, so the same drop decisions in the same order): the client makes its targets,
 * polls every agent {@code warmupPolls} times unmeasured, then {@code polls} times measured, each
 * after a pause longer than the timeout (the previous poll's timers have all expired), each:
 * wall time (start to the last result), median and 90th percentile completion time counted from
 * the start of the poll, targets that answered, the client JVM's CPU time and allocation, the
 * responder's CPU.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.ksnmp.benchmarks.engine.PollScenario
 *     [--clients ksnmp-futures,ksnmp-coroutines,ksnmp-coroutines-loop,snmp4j-default,snmp4j-tuned] [--agents 10000]
 *     [--drop 0.01] [--seed 1] [--concurrency 1000] [--timeout-ms 1000] [--refresh-ms 200] [--warmup-polls 20] [--polls 5] [--rounds 1]
 *     [--jvm-args "-Xms1g -Xmx1g -XX:+UseG1GC"] [--responder-jvm-args "-Xms512m -Xmx512m"] [--client-cpus 0] [--responder-cpus 1]
 * </pre>
 * The responder needs a file descriptor per agent: {@code ulimit -n} must allow {@code agents}
 * plus about a hundred.
 */
public final class PollScenario {
    private PollScenario() {
    }

    /**
     * Runs the scenario and prints the table; as a child ({@code --child poll …}), runs one client.
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
        PollScenarioOptions options = PollScenarioOptions.parse(args);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "# ksnmp end-to-end poll: %s; %,d agents, %.1f%% of requests dropped (seed %d); %,d in flight; "
                        + "timeout %d ms, resend every %d ms (SNMP4J: timeout %d ms, %d retries); %d warm-up and %d measured poll(s) per JVM, %d round(s)%n",
                options.clients(), options.agents(), options.drop() * 100, options.seed(), options.concurrency(),
                options.timing().timeout().toMillis(), options.timing().refresh().toMillis(), options.timing().refresh().toMillis(),
                options.timing().snmp4jRetries(), options.warmupPolls(), options.polls(), options.rounds());
        out.printf(Locale.ROOT, "# %d CPUs, %s %s; client JVM %s%s; responder JVM %s%s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), options.jvmArgs(),
                options.clientCpus() == null ? "" : " on CPUs " + options.clientCpus(), options.responderJvmArgs(),
                options.responderCpus() == null ? "" : " on CPUs " + options.responderCpus(), ProcessMeters.loadAverage());
        List<PollMeasurement> results = run(options, out);
        out.println();
        print(results, out);
    }

    /**
     * Runs every client, each in its own JVM against its own responder, {@code rounds} times.
     *
     * @param options what to run
     * @param progress where to report each poll as it comes
     * @return the measured polls (a client whose JVM failed is reported and left out)
     * @throws IOException if a process cannot be started
     * @throws InterruptedException if interrupted
     */
    public static List<PollMeasurement> run(PollScenarioOptions options, PrintStream progress)
            throws IOException, InterruptedException {
        List<PollMeasurement> results = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (String client : options.clients()) {
                String label = options.rounds() > 1 ? "round " + round + ": " : "";
                List<PollMeasurement> polls = runOne(options, client);
                if (polls == null) {
                    progress.printf(Locale.ROOT, "%s%-22s FAILED (no result)%n", label, client);
                    continue;
                }
                results.addAll(polls);
                for (PollMeasurement r : polls) {
                    progress.printf(Locale.ROOT, "%s%-22s %,d of %,d answered  wall %,8.1f ms  p50 %,8.1f ms  p90 %,8.1f ms  "
                                + "%6.3f CPU s  %,7.0f B/target  %d GCs  responder %.3f CPU s  load %.1f%s%n", label, client,
                        r.successes(), r.targets(), r.wallNanos() / 1e6, r.p50Nanos() / 1e6, r.p90Nanos() / 1e6,
                        r.cpuNanos() / 1e9, r.bytesPerTarget(), r.gcCount(), r.responderCpuNanos() / 1e9, r.loadAverage(),
                        r.allAnswered() ? "" : "  first failure: " + r.firstFailure());
                }
            }
        }
        return results;
    }

    private static List<PollMeasurement> runOne(PollScenarioOptions options, String client) throws IOException, InterruptedException {
        try (ResponderProcess responder = ResponderProcess.start(PollResponder.class,
                List.of("--agents", String.valueOf(options.agents()), "--drop", String.valueOf(options.drop()),
                        "--seed", String.valueOf(options.seed())), options.responderJvmArgs(), options.responderCpus())) {
            Path ports = Files.createTempFile("ksnmp-poll-ports", ".txt");
            try {
                Files.writeString(ports, responder.addresses().stream().map(a -> String.valueOf(a.getPort()))
                        .collect(Collectors.joining("\n")), StandardCharsets.US_ASCII);
                List<Map<String, String>> m = Forks.runChildResults(PollScenario.class, options.jvmArgs(), options.clientCpus(), 600_000, "poll",
                        List.of("--client", client, "--ports-file", ports.toString(),
                                "--responder-pid", String.valueOf(responder.pid()),
                                "--concurrency", String.valueOf(options.concurrency()),
                                "--timeout-ms", String.valueOf(options.timing().timeout().toMillis()),
                                "--refresh-ms", String.valueOf(options.timing().refresh().toMillis()),
                                "--warmup-polls", String.valueOf(options.warmupPolls()),
                                "--polls", String.valueOf(options.polls())));
                return m == null || m.isEmpty() ? null : m.stream().map(PollMeasurement::of).toList();
            } finally {
                Files.deleteIfExists(ports);
            }
        }
    }

    private static void child(String[] args) throws Exception {
        String client = null;
        Path portsFile = null;
        long responderPid = -1;
        int concurrency = 0;
        long timeoutMillis = 0;
        long refreshMillis = 0;
        int warmupPolls = 0;
        int polls = 1;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--client" -> client = value;
                case "--ports-file" -> portsFile = Path.of(value);
                case "--responder-pid" -> responderPid = Long.parseLong(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--timeout-ms" -> timeoutMillis = Long.parseLong(value);
                case "--refresh-ms" -> refreshMillis = Long.parseLong(value);
                case "--warmup-polls" -> warmupPolls = Integer.parseInt(value);
                case "--polls" -> polls = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        List<InetSocketAddress> agents = Files.readAllLines(portsFile, StandardCharsets.US_ASCII).stream()
                .filter(s -> !s.isBlank()).map(s -> new InetSocketAddress(loopback, Integer.parseInt(s.trim()))).toList();
        PollClient.Timing timing = new PollClient.Timing(Duration.ofMillis(timeoutMillis), Duration.ofMillis(refreshMillis));
        for (PollMeasurement r : measure(client, agents, timing, concurrency, warmupPolls, polls, responderPid)) {
            System.out.println(ResultLine.format(r.toMap()));
        }
        System.out.flush();
    }

    /**
     * Runs one client's polls in this JVM: {@code warmupPolls} unmeasured, then {@code polls} measured.
     *
     * @param clientName the client
     * @param agents the agents
     * @param timing timeout and resend period
     * @param concurrency the most requests in flight
     * @param warmupPolls unmeasured polls first
     * @param polls measured polls
     * @param responderPid the responder's process id, or -1
     * @return the measured polls
     * @throws Exception if the client cannot be started
     */
    public static List<PollMeasurement> measure(String clientName, List<InetSocketAddress> agents, PollClient.Timing timing,
                                                int concurrency, int warmupPolls, int polls, long responderPid) throws Exception {
        return measure(clientName, agents, timing, concurrency, warmupPolls, polls, responderPid, timing.timeout().plusMillis(500));
    }

    /**
     * As {@link #measure(String, List, PollClient.Timing, int, int, int, long)}, with another pause
     * before each measured poll: a test that counts answers and measures nothing needs none, and
     * it may give its requests a long timeout without waiting that long between polls.
     *
     * @param clientName the client
     * @param agents the agents
     * @param timing timeout and resend period
     * @param concurrency the most requests in flight
     * @param warmupPolls unmeasured polls first
     * @param polls measured polls
     * @param responderPid the responder's process id, or -1
     * @param pause before each measured poll (the scenario's: the timeout and half a second)
     * @return the measured polls
     * @throws Exception if the client cannot be started
     */
    public static List<PollMeasurement> measure(String clientName, List<InetSocketAddress> agents, PollClient.Timing timing,
                                                int concurrency, int warmupPolls, int polls, long responderPid, Duration pause)
            throws Exception {
        List<PollMeasurement> measured = new ArrayList<>();
        try (PollClient client = PollClients.create(clientName, agents, timing)) {
            for (int i = 0; i < warmupPolls; i++) {
                client.pollOnce(concurrency, new PollRecorder());
            }
            for (int i = 0; i < polls; i++) {
                // Before the clock starts, the previous poll's late answers are gone and its timers have expired (a
                // library that leaves cancelled timers queued until their deadline is not measured with them).
                Thread.sleep(pause.toMillis());
                long responder0 = responderPid < 0 ? -1 : ProcessMeters.cpuNanosOf(responderPid);
                ProcessMeters.Sample s0 = new ProcessMeters.Sample();
                PollRecorder recorder = new PollRecorder();
                client.pollOnce(concurrency, recorder);
                ProcessMeters.Sample s1 = new ProcessMeters.Sample();
                long responder1 = responderPid < 0 ? -1 : ProcessMeters.cpuNanosOf(responderPid);
                LatencyHistogram.Snapshot completions = recorder.completions();
                Throwable first = recorder.firstFailure();
                measured.add(new PollMeasurement(clientName, concurrency, agents.size(), recorder.successes(), recorder.failures(),
                        recorder.lastNanos(), completions.valueAt(0.50), completions.valueAt(0.90), s1.cpuNanos - s0.cpuNanos,
                        s1.allocatedSince(s0), s1.gcCount - s0.gcCount,
                        responder0 < 0 || responder1 < 0 ? -1 : responder1 - responder0, ProcessMeters.loadAverage(),
                        first == null ? "-" : first.toString()));
            }
        }
        return measured;
    }

    /**
     * Prints the polls as a Markdown table, one row per client: each metric's median over every
     * measured poll of every round, the best p50, and the ratios of the medians of p50 completion
     * to default and tuned SNMP4J's and of CPU to tuned SNMP4J's.
     *
     * @param results every measured poll
     * @param out where to print
     */
    public static void print(List<PollMeasurement> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        Map<String, List<PollMeasurement>> groups = new LinkedHashMap<>();
        for (PollMeasurement r : results) {
            groups.computeIfAbsent(r.client(), k -> new ArrayList<>()).add(r);
        }
        out.println("| client | agents | in flight | polls | answered (worst) | wall s | p50 ms | p50 ms (best) | p90 ms | CPU s "
                + "| B / target | GCs | responder CPU s | p50 ÷ default SNMP4J | p50 ÷ tuned SNMP4J | CPU ÷ tuned SNMP4J |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        List<PollMeasurement> defaults = groups.get(PollClients.SNMP4J_DEFAULT);
        List<PollMeasurement> base = groups.get(PollClients.SNMP4J_TUNED);
        for (List<PollMeasurement> g : groups.values()) {
            PollMeasurement first = g.get(0);
            double p50 = WalkScenario.median(g, r -> r.p50Nanos() / 1e6);
            double cpu = WalkScenario.median(g, r -> r.cpuNanos() / 1e9);
            out.printf(Locale.ROOT, "| %s | %,d | %,d | %d | %,d | %.2f | %.1f | %.1f | %.1f | %.3f | %,.0f | %.0f | %.3f | %s | %s | %s |%n",
                    first.client(), first.targets(), first.concurrency(), g.size(),
                    g.stream().mapToLong(PollMeasurement::successes).min().orElse(0),
                    WalkScenario.median(g, r -> r.wallNanos() / 1e9), p50,
                    g.stream().mapToLong(PollMeasurement::p50Nanos).min().orElse(0) / 1e6,
                    WalkScenario.median(g, r -> r.p90Nanos() / 1e6), cpu,
                    WalkScenario.median(g, PollMeasurement::bytesPerTarget), WalkScenario.median(g, r -> (double) r.gcCount()),
                    WalkScenario.median(g, r -> r.responderCpuNanos() / 1e9),
                    defaults == null ? "" : String.format(Locale.ROOT, "%.2f", p50 / WalkScenario.median(defaults, r -> r.p50Nanos() / 1e6)),
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", p50 / WalkScenario.median(base, r -> r.p50Nanos() / 1e6)),
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", cpu / WalkScenario.median(base, r -> r.cpuNanos() / 1e9)));
        }
        out.println();
    }
}
