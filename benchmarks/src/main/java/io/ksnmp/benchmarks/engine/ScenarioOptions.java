package io.ksnmp.benchmarks.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link GetThroughputScenario} runs: clients, in-flight levels, timing, JVM options, CPU pinning.
 *
 * @param clients client names ({@link Clients#ALL})
 * @param inFlight in-flight levels
 * @param warmupSeconds warm-up before each measured window
 * @param measureSeconds the measured window
 * @param outstanding requests held outstanding for the heap measurement; 0 to skip it
 * @param jvmArgs options of each client JVM of the throughput runs
 * @param heapJvmArgs options of each client JVM of the heap runs
 * @param responderJvmArgs options of each responder JVM
 * @param rounds how many times to run the whole throughput matrix, round-robin (the tables
 *     show each configuration's medians)
 * @param clientCpus CPUs to pin each client JVM to ({@code taskset -c} list, Linux), or null
 * @param responderCpus CPUs to pin each responder JVM to, or null
 * @param responder what answers: {@code fast} (the minimal {@link Responder}, default),
 *     {@code batched} (the same answers read and written in batches, {@link BatchedResponder}: JDK 22+
 *     with native access in the responder's JVM options) or {@code ksnmp-agent} (ksnmp's embedded
 *     agent, {@link AgentResponder})
 */
public record ScenarioOptions(List<String> clients, List<Integer> inFlight, double warmupSeconds, double measureSeconds,
                      int outstanding, List<String> jvmArgs, List<String> heapJvmArgs, List<String> responderJvmArgs,
                      int rounds, String clientCpus, String responderCpus, String responder) {
    /** @return the responder's main class for the throughput runs */
    public Class<?> responderMain() {
        return switch (responder) {
            case "fast" -> Responder.class;
            case "batched" -> BatchedResponder.class;
            case "ksnmp-agent" -> AgentResponder.class;
            default -> throw new IllegalArgumentException("unknown responder " + responder + " (fast, batched, ksnmp-agent)");
        };
    }

    /**
     * The defaults: every client, 1, 64 and 1,024 in flight, 5 s warm-up, 10 s measured,
     * 100,000 outstanding, client JVMs with a 1 GiB heap, G1 for the throughput runs (named, so
     * that pinning to one CPU does not switch the JVM to the serial collector) and the serial
     * collector for the heap runs (its used heap after a full collection is the live data to
     * the byte; G1 counts each humongous array as whole regions), no pinning.
     *
     * @return the defaults
     */
    public static ScenarioOptions defaults() {
        return parse();
    }

    /**
     * @param args command-line arguments
     * @return the defaults with the arguments applied
     */
    public static ScenarioOptions parse(String... args) {
        List<String> clients = Clients.ALL;
        List<Integer> inFlight = List.of(1, 64, 1024);
        double warmup = 5;
        double measure = 10;
        int outstanding = 100_000;
        List<String> jvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        List<String> heapJvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseSerialGC");
        List<String> responderJvmArgs = List.of("-Xms256m", "-Xmx256m");
        int rounds = 1;
        String clientCpus = null;
        String responderCpus = null;
        String responder = "fast";
        for (int i = 0; i < args.length; i += 2) {
            String value = OptionText.valueOf(args, i);
            switch (args[i]) {
                case "--clients" -> clients = OptionText.list(value);
                case "--in-flight" -> inFlight = "none".equals(value) ? List.of()
                        : OptionText.list(value).stream().map(Integer::valueOf).toList();
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--measure" -> measure = Double.parseDouble(value);
                case "--outstanding" -> outstanding = Integer.parseInt(value);
                case "--jvm-args" -> jvmArgs = OptionText.words(value);
                case "--heap-jvm-args" -> heapJvmArgs = OptionText.words(value);
                case "--responder-jvm-args" -> responderJvmArgs = OptionText.words(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--client-cpus" -> clientCpus = value;
                case "--responder-cpus" -> responderCpus = value;
                case "--responder" -> responder = value;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        return new ScenarioOptions(clients, inFlight, warmup, measure, outstanding, jvmArgs, heapJvmArgs, responderJvmArgs,
                rounds, clientCpus, responderCpus, responder);
    }
}
