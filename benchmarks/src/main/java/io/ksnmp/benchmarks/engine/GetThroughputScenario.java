package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The end-to-end GET scenario: ksnmp beside SNMP4J, against one {@link Responder} on loopback in
 * its own process.
 *
 * <p><b>Throughput.</b> For each in-flight level and each client, a fresh client JVM (a fork of
 * this class) and a fresh responder JVM: the client keeps exactly N SNMPv2c GETs outstanding
 * (closed loop: each completion issues the next), warms up, then measures for a fixed window:
 * requests per second, p50/p99 latency, the client JVM's CPU seconds per 100,000 requests
 * ({@code getProcessCpuTime}, so the responder is not counted), bytes allocated per request
 * (thread allocation counters, see {@link ProcessMeters}), and the responder's CPU share (when it
 * reaches 100% the responder, not the client, sets the pace).
 *
 * <p><b>Heap.</b> For each client, a fresh client JVM sends {@code outstanding} GETs to a
 * responder that never answers (10-minute timeout, no retries), waits until the library counts
 * them all as outstanding, and reports used heap after full collections minus the same measured
 * before.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.ksnmp.benchmarks.engine.GetThroughputScenario
 *     [--clients ksnmp-futures,ksnmp-coroutines,ksnmp-coroutines-unconfined,snmp4j-default,snmp4j-tuned]
 *     [--in-flight 1,64,1024]
 *     [--warmup 5] [--measure 10] [--outstanding 100000] [--jvm-args "-Xms1g -Xmx1g -XX:+UseG1GC"]
 *     [--heap-jvm-args "-Xms1g -Xmx1g -XX:+UseSerialGC"] [--responder-jvm-args "-Xms256m -Xmx256m"]
 *     [--rounds 1] [--client-cpus 0] [--responder-cpus 1] [--responder fast|ksnmp-agent]
 * </pre>
 * {@code --in-flight none} skips the throughput runs, {@code --outstanding 0} the heap runs.
 */
public final class GetThroughputScenario {
    private static final int HEAP_WARM_UP_REQUESTS = 1_000;
    private static final Duration HEAP_WARM_UP_TIMEOUT = Duration.ofMillis(200);
    private static final Duration HEAP_TIMEOUT = Duration.ofMinutes(10);

    private GetThroughputScenario() {
    }

    /**
     * Runs the scenario and prints the tables; as a child ({@code --child …}), runs one client.
     *
     * @param args see the class comment
     * @throws Exception if a run cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Arrays.copyOfRange(args, 1, args.length));
            System.exit(0);
            return;
        }
        ScenarioOptions options = ScenarioOptions.parse(args);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "# ksnmp end-to-end GET: %s; in flight %s; warm-up %.1f s, measured %.1f s, %d round(s); "
                        + "%d outstanding%n", options.clients(), options.inFlight(), options.warmupSeconds(), options.measureSeconds(),
                options.rounds(), options.outstanding());
        out.printf(Locale.ROOT, "# %d CPUs, %s %s; client JVM %s (heap runs %s)%s; responder JVM %s%s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), options.jvmArgs(), options.heapJvmArgs(),
                options.clientCpus() == null ? "" : " on CPUs " + options.clientCpus(), options.responderJvmArgs(),
                options.responderCpus() == null ? "" : " on CPUs " + options.responderCpus(), ProcessMeters.loadAverage());
        List<ThroughputResult> throughput = runThroughput(options, out);
        List<HeapResult> heap = runHeap(options, out);
        out.println();
        printThroughput(throughput, out);
        printHeap(heap, out);
    }

    // ---- parent ---------------------------------------------------------------------------

    /**
     * Runs every client at every in-flight level, each in its own JVM against its own responder.
     *
     * @param options what to run
     * @param progress where to report each result as it comes
     * @return the results, failed runs left out (reported on {@code progress})
     * @throws IOException if a process cannot be started
     * @throws InterruptedException if interrupted
     */
    public static List<ThroughputResult> runThroughput(ScenarioOptions options, PrintStream progress)
            throws IOException, InterruptedException {
        List<ThroughputResult> results = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (int inFlight : options.inFlight()) {
                for (String client : options.clients()) {
                    ThroughputResult r = runOne(options, client, inFlight);
                    String label = options.rounds() > 1 ? "round " + round + ": " : "";
                    if (r == null) {
                        progress.printf(Locale.ROOT, "%s%-28s %5d in flight: FAILED (no result)%n", label, client, inFlight);
                        continue;
                    }
                    results.add(r);
                    progress.printf(Locale.ROOT, "%s%-28s %5d in flight: %,10.0f req/s  p50 %8.1f µs  p99 %8.1f µs  "
                                    + "%6.2f CPU s/100k  %,8.0f B/req  responder %3.0f%% CPU  %d GCs  load %.1f%s%s%n",
                            label, client, inFlight, r.requestsPerSecond(), r.p50Nanos() / 1e3, r.p99Nanos() / 1e3,
                            r.cpuSecondsPer100k(), r.bytesPerRequest(), r.responderCpuShare() * 100, r.gcCount(),
                            r.loadAverage(), r.threadsEnded() == 0 ? "" : "  " + r.threadsEnded()
                                    + " threads ended in the window (their allocation is missing)",
                            r.clean() ? "" : "  NOT CLEAN: " + r.failures() + " failures, "
                                    + r.chainsAtEnd() + " chains, first " + r.firstFailure());
                }
            }
        }
        return results;
    }

    /** One client at one level, in its own JVM against its own responder; null if the child failed. */
    private static ThroughputResult runOne(ScenarioOptions options, String client, int inFlight)
            throws IOException, InterruptedException {
        try (ResponderProcess responder = ResponderProcess.start(options.responderMain(), List.of(), options.responderJvmArgs(), options.responderCpus())) {
            long limit = (long) ((options.warmupSeconds() + options.measureSeconds()) * 1000)
                    + GetClient.THROUGHPUT_TIMEOUT.toMillis() + 60_000;
            Map<String, String> m = fork(options, options.jvmArgs(), limit, "throughput", "--client", client,
                    "--in-flight", String.valueOf(inFlight), "--port", String.valueOf(responder.address().getPort()),
                    "--responder-pid", String.valueOf(responder.pid()),
                    "--warmup", String.valueOf(options.warmupSeconds()), "--measure", String.valueOf(options.measureSeconds()));
            return m == null ? null : ThroughputResult.of(m);
        }
    }

    /**
     * Measures the heap held by outstanding requests for every client, each in its own JVM
     * against its own silent responder.
     *
     * @param options what to run
     * @param progress where to report each result as it comes
     * @return the results, failed runs left out
     * @throws IOException if a process cannot be started
     * @throws InterruptedException if interrupted
     */
    public static List<HeapResult> runHeap(ScenarioOptions options, PrintStream progress) throws IOException, InterruptedException {
        List<HeapResult> results = new ArrayList<>();
        if (options.outstanding() <= 0) {
            return results;
        }
        for (String client : options.clients()) {
            if (Clients.isBare(client)) {
                continue;
            }
            try (ResponderProcess responder = ResponderProcess.start(true, options.responderJvmArgs(), options.responderCpus())) {
                Map<String, String> m = fork(options, options.heapJvmArgs(), 180_000, "heap", "--client", client,
                        "--count", String.valueOf(options.outstanding()), "--port", String.valueOf(responder.address().getPort()));
                if (m == null) {
                    progress.printf(Locale.ROOT, "%-28s heap: FAILED (no result)%n", client);
                    continue;
                }
                HeapResult r = HeapResult.of(m);
                results.add(r);
                progress.printf(Locale.ROOT, "%-28s heap: %,d outstanding hold %,.0f B each%s%n", client, r.outstanding(),
                        r.bytesPerRequest(), r.outstanding() == r.count() ? "" : "  NOT ALL OUTSTANDING");
            }
        }
        return results;
    }

    /** Runs one child JVM and returns its result line's values, or null. */
    private static Map<String, String> fork(ScenarioOptions options, List<String> jvmArgs, long limitMillis, String kind,
                                            String... args) throws IOException, InterruptedException {
        return Forks.runChild(GetThroughputScenario.class, jvmArgs, options.clientCpus(), limitMillis, kind, List.of(args));
    }

    // ---- children -------------------------------------------------------------------------

    private static void child(String[] args) throws Exception {
        String kind = args[0];
        String client = null;
        int inFlight = 0;
        int count = 0;
        int port = 0;
        long responderPid = -1;
        double warmup = 0;
        double measure = 0;
        for (int i = 1; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--client" -> client = value;
                case "--in-flight" -> inFlight = Integer.parseInt(value);
                case "--count" -> count = Integer.parseInt(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--responder-pid" -> responderPid = Long.parseLong(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--measure" -> measure = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        InetSocketAddress agent = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        Map<String, Object> result = switch (kind) {
            case "throughput" -> measureThroughput(client, agent, inFlight, warmup, measure, responderPid).toMap();
            case "heap" -> measureHeap(client, agent, count).toMap();
            default -> throw new IllegalArgumentException("unknown child " + kind);
        };
        System.out.println(ResultLine.format(result));
        System.out.flush();
    }

    /**
     * Runs one client's closed loop in this JVM and measures one window.
     *
     * @param clientName the client
     * @param agent the responder
     * @param inFlight requests kept outstanding
     * @param warmupSeconds time before the window
     * @param measureSeconds the window
     * @param responderPid the responder's process id, or -1
     * @return what the window saw
     * @throws Exception if the client cannot be started
     */
    public static ThroughputResult measureThroughput(String clientName, InetSocketAddress agent, int inFlight,
                                                     double warmupSeconds, double measureSeconds, long responderPid)
            throws Exception {
        ClosedLoop loop = new ClosedLoop();
        try (GetClient client = Clients.create(clientName, agent)) {
            client.startClosedLoop(inFlight, loop);
            sleepSeconds(warmupSeconds);
            // The window opens once a request has completed, and closes once another has: a client slow to
            // start (a cold JVM on a busy machine) is not measured as one that completes nothing.
            awaitCompletedMoreThan(loop, 0);
            long responder0 = responderPid < 0 ? -1 : ProcessMeters.cpuNanosOf(responderPid);
            LatencyHistogram.Snapshot h0 = loop.snapshot();
            ProcessMeters.Sample s0 = new ProcessMeters.Sample();
            sleepSeconds(measureSeconds);
            awaitCompletedMoreThan(loop, h0.count());
            ProcessMeters.Sample s1 = new ProcessMeters.Sample();
            LatencyHistogram.Snapshot h1 = loop.snapshot();
            long responder1 = responderPid < 0 ? -1 : ProcessMeters.cpuNanosOf(responderPid);
            int chains = loop.chains();
            double load = ProcessMeters.loadAverage();
            loop.stop();
            loop.awaitChainsEnded(GetClient.THROUGHPUT_TIMEOUT.toMillis() + 5_000);
            LatencyHistogram.Snapshot window = h1.minus(h0);
            Throwable first = loop.firstFailure();
            return new ThroughputResult(clientName, inFlight, window.count(), s1.nanoTime - s0.nanoTime,
                    window.valueAt(0.50), window.valueAt(0.99), window.valueAt(0.999),
                    s1.cpuNanos - s0.cpuNanos, s1.allocatedSince(s0), s1.threadsEnded(s0), s1.gcCount - s0.gcCount,
                    s1.gcMillis - s0.gcMillis, responder0 < 0 || responder1 < 0 ? -1 : responder1 - responder0,
                    loop.failures(), chains, load, first == null ? "-" : first.toString());
        }
    }

    /**
     * Measures the heap held by {@code count} outstanding requests of one client in this JVM.
     *
     * @param clientName the client
     * @param agent a responder that never answers
     * @param count how many requests
     * @return the measurement
     * @throws Exception if the client cannot be started or the requests do not become outstanding
     */
    public static HeapResult measureHeap(String clientName, InetSocketAddress agent, int count) throws Exception {
        try (GetClient client = Clients.create(clientName, agent)) {
            // Load classes, open sockets and start the library's threads; these time out quickly.
            client.sendUnanswered(HEAP_WARM_UP_REQUESTS, HEAP_WARM_UP_TIMEOUT);
            awaitOutstanding(client, 0, 30_000);
            long baseline = usedHeapAfterGc();
            client.sendUnanswered(count, HEAP_TIMEOUT);
            awaitOutstanding(client, count, 120_000);
            Thread.sleep(200);
            long held = usedHeapAfterGc();
            return new HeapResult(clientName, count, client.outstanding(), baseline, held);
        }
    }

    /**
     * Waits until [loop] has recorded more than [count] completed requests, a chain has failed or
     * every chain has ended; gives up after the throughput timeout's worth of 5 ms polls.
     */
    private static void awaitCompletedMoreThan(ClosedLoop loop, long count) throws InterruptedException {
        for (long polls = GetClient.THROUGHPUT_TIMEOUT.toMillis() / 5; polls > 0; polls--) {
            if (loop.snapshot().count() > count || loop.failures() > 0 || loop.chains() == 0) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static void awaitOutstanding(GetClient client, long expected, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (client.outstanding() != expected) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(client.outstanding() + " requests outstanding, expected " + expected);
            }
            Thread.sleep(10);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleepSeconds(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    // ---- tables ---------------------------------------------------------------------------

    /**
     * Prints the throughput results as a Markdown table, one row per client and level: the
     * medians over the rounds (each metric's own median), with the range of requests per second
     * when there were several rounds, ratios of the medians to tuned SNMP4J at the same level (in SNMPv3 for the {@code -v3}
     * clients), and
     * of the rate to the bare batched client's (the floor) when it ran.
     *
     * @param results the results of every round
     * @param out where to print
     */
    public static void printThroughput(List<ThroughputResult> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        Map<String, List<ThroughputResult>> groups = new LinkedHashMap<>();
        for (ThroughputResult r : results) {
            groups.computeIfAbsent(r.client() + "@" + r.inFlight(), k -> new ArrayList<>()).add(r);
        }
        boolean rounds = groups.values().stream().anyMatch(g -> g.size() > 1);
        out.println("| client | in flight | req/s" + (rounds ? " (median) | req/s range" : "") + " | p50 µs | p99 µs "
                + "| CPU µs / req | B / req | GCs | responder CPU | req/s ÷ tuned SNMP4J | CPU ÷ tuned SNMP4J | req/s ÷ bare batched |");
        out.println("| --- | ---: | ---: |" + (rounds ? " ---: |" : "") + " ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (List<ThroughputResult> g : groups.values()) {
            ThroughputResult first = g.get(0);
            // SNMPv3 clients are held against SNMPv3 SNMP4J, the rest against v2c.
            String baseline = first.client().endsWith("-v3") ? Clients.SNMP4J_TUNED_V3 : Clients.SNMP4J_TUNED;
            List<ThroughputResult> base = groups.get(baseline + "@" + first.inFlight());
            List<ThroughputResult> floor = groups.get(Clients.BARE_BATCHED + "@" + first.inFlight());
            boolean clean = g.stream().allMatch(ThroughputResult::clean);
            double rps = median(g, ThroughputResult::requestsPerSecond);
            double cpu = median(g, ThroughputResult::cpuSecondsPer100k);
            String range = rounds ? String.format(Locale.ROOT, " %,.0f – %,.0f |",
                    g.stream().mapToDouble(ThroughputResult::requestsPerSecond).min().orElse(0),
                    g.stream().mapToDouble(ThroughputResult::requestsPerSecond).max().orElse(0)) : "";
            out.printf(Locale.ROOT, "| %s%s | %,d | %,.0f |%s %.1f | %.1f | %.2f | %,.0f | %.0f | %.0f%% | %s | %s | %s |%n",
                    first.client(), clean ? "" : " (NOT CLEAN)", first.inFlight(), rps, range,
                    median(g, r -> r.p50Nanos() / 1e3), median(g, r -> r.p99Nanos() / 1e3), cpu * 10,
                    median(g, ThroughputResult::bytesPerRequest), median(g, r -> (double) r.gcCount()),
                    median(g, ThroughputResult::responderCpuShare) * 100,
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", rps / median(base, ThroughputResult::requestsPerSecond)),
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", cpu / median(base, ThroughputResult::cpuSecondsPer100k)),
                    floor == null ? "" : String.format(Locale.ROOT, "%.2f", rps / median(floor, ThroughputResult::requestsPerSecond)));
        }
        out.println();
    }

    /** @return the median of the values (the mean of the middle two for an even count) */
    static double median(List<ThroughputResult> results, ToDoubleFunction<ThroughputResult> metric) {
        double[] values = results.stream().mapToDouble(metric).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /**
     * Prints the heap results as a Markdown table.
     *
     * @param results the results
     * @param out where to print
     */
    public static void printHeap(List<HeapResult> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        out.println("| client | outstanding | heap held | B / outstanding request |");
        out.println("| --- | ---: | ---: | ---: |");
        for (HeapResult r : results) {
            out.printf(Locale.ROOT, "| %s | %,d | %,.1f MB | %,.0f |%n", r.client(), r.outstanding(),
                    (r.heldBytes() - r.baselineBytes()) / 1e6, r.bytesPerRequest());
        }
        out.println();
    }
}
