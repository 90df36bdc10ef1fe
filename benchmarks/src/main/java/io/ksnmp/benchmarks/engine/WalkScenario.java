package io.ksnmp.benchmarks.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The end-to-end walk scenario: ksnmp's {@code bulkWalk} and {@code table} beside SNMP4J's
 * {@code TreeUtils} and {@code TableUtils} (default and tuned), each reading the whole
 * {@link TableMib} (10 columns × 10,000 rows by default) from one {@link TableResponder} on
 * loopback in its own process, with get-bulk and the same max-repetitions.
 *
 * <p>For each round and client, a fresh client JVM (a fork of this class) and a fresh responder
 * JVM: the client reads the table {@code warmupWalks} times unmeasured, then {@code walks} times
 * measured, each read on its own: bindings per second, the client JVM's CPU time
 * ({@code getProcessCpuTime}, so the responder is not counted), bytes allocated per binding
 * (thread allocation counters, see {@link ProcessMeters}) and the responder's CPU share. A read
 * counts only if every binding of the table arrived.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.ksnmp.benchmarks.engine.WalkScenario
 *     [--clients ksnmp-bulkwalk,ksnmp-table,…] [--rows 10000] [--max-repetitions 50] [--warmup-walks 60] [--walks 10]
 *     [--rounds 1] [--jvm-args "-Xms1g -Xmx1g -XX:+UseG1GC"] [--responder-jvm-args "-Xms512m -Xmx512m"]
 *     [--client-cpus 0] [--responder-cpus 1]
 * </pre>
 */
public final class WalkScenario {
    private WalkScenario() {
    }

    /**
     * Runs the scenario and prints the table; as a child ({@code --child walk …}), runs one client.
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
        WalkScenarioOptions options = WalkScenarioOptions.parse(args);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "# ksnmp end-to-end walk: %s; %d columns × %,d rows = %,d bindings; max-repetitions %d; "
                        + "%d warm-up and %d measured reads per JVM, %d round(s)%n", options.clients(), TableMib.COLUMNS,
                options.rows(), TableMib.COLUMNS * options.rows(), options.maxRepetitions(), options.warmupWalks(),
                options.walks(), options.rounds());
        out.printf(Locale.ROOT, "# %d CPUs, %s %s; client JVM %s%s; responder JVM %s%s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), options.jvmArgs(),
                options.clientCpus() == null ? "" : " on CPUs " + options.clientCpus(), options.responderJvmArgs(),
                options.responderCpus() == null ? "" : " on CPUs " + options.responderCpus(), ProcessMeters.loadAverage());
        List<WalkMeasurement> results = run(options, out);
        out.println();
        print(results, out);
    }

    /**
     * Runs every client, each in its own JVM against its own responder, {@code rounds} times.
     *
     * @param options what to run
     * @param progress where to report each client's reads as they come
     * @return every measured read (a client whose JVM failed is reported and left out)
     * @throws IOException if a process cannot be started
     * @throws InterruptedException if interrupted
     */
    public static List<WalkMeasurement> run(WalkScenarioOptions options, PrintStream progress)
            throws IOException, InterruptedException {
        List<WalkMeasurement> results = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (String client : options.clients()) {
                String label = options.rounds() > 1 ? "round " + round + ": " : "";
                List<WalkMeasurement> reads = runOne(options, client);
                if (reads == null) {
                    progress.printf(Locale.ROOT, "%s%-26s FAILED (no result)%n", label, client);
                    continue;
                }
                results.addAll(reads);
                for (WalkMeasurement r : reads) {
                    progress.printf(Locale.ROOT, "%s%-26s %,10.0f bindings/s  %6.3f CPU s  %,7.0f B/binding  %d GCs  "
                                    + "responder %3.0f%% CPU%s%n", label, client, r.bindingsPerSecond(), r.cpuSeconds(),
                            r.bytesPerBinding(), r.gcCount(), r.responderCpuShare() * 100,
                            r.clean() ? "" : "  NOT CLEAN: " + r.bindings() + " of " + r.expected() + ", " + r.failure());
                }
            }
        }
        return results;
    }

    private static List<WalkMeasurement> runOne(WalkScenarioOptions options, String client)
            throws IOException, InterruptedException {
        try (ResponderProcess responder = ResponderProcess.start(TableResponder.class,
                List.of("--rows", String.valueOf(options.rows())), options.responderJvmArgs(), options.responderCpus())) {
            long limit = 600_000;
            Map<String, String> m = Forks.runChild(WalkScenario.class, options.jvmArgs(), options.clientCpus(), limit, "walk",
                    List.of("--client", client, "--port", String.valueOf(responder.address().getPort()),
                            "--responder-pid", String.valueOf(responder.pid()), "--rows", String.valueOf(options.rows()),
                            "--max-repetitions", String.valueOf(options.maxRepetitions()),
                            "--warmup-walks", String.valueOf(options.warmupWalks()), "--walks", String.valueOf(options.walks())));
            return m == null ? null : WalkMeasurement.listOf(m);
        }
    }

    private static void child(String[] args) throws Exception {
        String client = null;
        int port = 0;
        long responderPid = -1;
        int rows = 0;
        int maxRepetitions = 0;
        int warmupWalks = 0;
        int walks = 0;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--client" -> client = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--responder-pid" -> responderPid = Long.parseLong(value);
                case "--rows" -> rows = Integer.parseInt(value);
                case "--max-repetitions" -> maxRepetitions = Integer.parseInt(value);
                case "--warmup-walks" -> warmupWalks = Integer.parseInt(value);
                case "--walks" -> walks = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        InetSocketAddress agent = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
        List<WalkMeasurement> reads = measure(client, agent, (long) rows * TableMib.COLUMNS, maxRepetitions, warmupWalks, walks,
                responderPid);
        System.out.println(ResultLine.format(WalkMeasurement.toMap(reads)));
        System.out.flush();
    }

    /**
     * Runs one client's reads in this JVM.
     *
     * @param clientName the client
     * @param agent the table responder
     * @param expected the table's bindings
     * @param maxRepetitions get-bulk repetitions per request
     * @param warmupWalks unmeasured reads first
     * @param walks measured reads
     * @param responderPid the responder's process id, or -1
     * @return the measured reads
     * @throws Exception if the client cannot be started
     */
    public static List<WalkMeasurement> measure(String clientName, InetSocketAddress agent, long expected, int maxRepetitions,
                                                int warmupWalks, int walks, long responderPid) throws Exception {
        List<WalkMeasurement> reads = new ArrayList<>();
        try (WalkClient client = WalkClients.create(clientName, agent, maxRepetitions)) {
            for (int i = 0; i < warmupWalks; i++) {
                try {
                    client.walkOnce();
                } catch (Exception e) {
                    // the measured reads will show it
                }
            }
            for (int i = 0; i < walks; i++) {
                long responder0 = responderPid < 0 ? -1 : ProcessMeters.cpuNanosOf(responderPid);
                ProcessMeters.Sample s0 = new ProcessMeters.Sample();
                long bindings;
                String failure = "-";
                try {
                    bindings = client.walkOnce();
                } catch (Exception e) {
                    bindings = -1;
                    failure = e.toString();
                }
                ProcessMeters.Sample s1 = new ProcessMeters.Sample();
                long responder1 = responderPid < 0 ? -1 : ProcessMeters.cpuNanosOf(responderPid);
                reads.add(new WalkMeasurement(clientName, bindings, expected, s1.nanoTime - s0.nanoTime, s1.cpuNanos - s0.cpuNanos,
                        s1.allocatedSince(s0), s1.gcCount - s0.gcCount,
                        responder0 < 0 || responder1 < 0 ? -1 : responder1 - responder0, failure));
            }
        }
        return reads;
    }

    /**
     * Prints the reads as a Markdown table, one row per client over all its measured reads:
     * the best and the median bindings per second, the mean CPU seconds per read, the median bytes per binding,
     * and the ratios of the median rate to default and tuned SNMP4J reading the same way and of
     * the CPU to tuned SNMP4J's ({@link WalkClients#defaultBaseline}, {@link WalkClients#baseline}).
     *
     * @param results every measured read
     * @param out where to print
     */
    public static void print(List<WalkMeasurement> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        Map<String, List<WalkMeasurement>> groups = new LinkedHashMap<>();
        for (WalkMeasurement r : results) {
            groups.computeIfAbsent(r.client(), k -> new ArrayList<>()).add(r);
        }
        out.println("| client | reads | bindings/s (best) | bindings/s (median) | CPU s / read (mean) | B / binding | GCs / read "
                + "| responder CPU | rate ÷ default SNMP4J | rate ÷ tuned SNMP4J | CPU ÷ tuned SNMP4J |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (List<WalkMeasurement> g : groups.values()) {
            String client = g.get(0).client();
            List<WalkMeasurement> base = groups.get(WalkClients.baseline(client));
            List<WalkMeasurement> defaults = groups.get(WalkClients.defaultBaseline(client));
            long clean = g.stream().filter(WalkMeasurement::clean).count();
            double rate = median(g, WalkMeasurement::bindingsPerSecond);
            double cpu = meanCpuSeconds(g);
            out.printf(Locale.ROOT, "| %s%s | %d | %,.0f | %,.0f | %.4f | %,.0f | %.1f | %.0f%% | %s | %s | %s |%n",
                    client, clean == g.size() ? "" : " (NOT CLEAN: " + (g.size() - clean) + " failed)", g.size(),
                    g.stream().mapToDouble(WalkMeasurement::bindingsPerSecond).max().orElse(0), rate, cpu,
                    median(g, WalkMeasurement::bytesPerBinding), median(g, r -> (double) r.gcCount()),
                    median(g, WalkMeasurement::responderCpuShare) * 100,
                    defaults == null ? "" : String.format(Locale.ROOT, "%.2f", rate / median(defaults, WalkMeasurement::bindingsPerSecond)),
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", rate / median(base, WalkMeasurement::bindingsPerSecond)),
                    base == null ? "" : String.format(Locale.ROOT, "%.2f", cpu / meanCpuSeconds(base)));
        }
        out.println();
    }

    /**
     * @return the mean CPU seconds per read: the process CPU clock ticks in steps of 10 ms on
     *     Linux, a tenth of a read, so the sum over all reads is the figure to trust
     */
    static double meanCpuSeconds(List<WalkMeasurement> reads) {
        return reads.stream().mapToDouble(WalkMeasurement::cpuSeconds).sum() / reads.size();
    }

    /** @return the median of the values (the mean of the middle two for an even count) */
    static <T> double median(List<T> results, ToDoubleFunction<T> metric) {
        double[] values = results.stream().mapToDouble(metric).sorted().toArray();
        int n = values.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
