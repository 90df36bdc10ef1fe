package io.ksnmp.benchmarks.engine;

import java.time.Duration;
import java.util.List;

/**
 * What {@link PollScenario} runs.
 *
 * @param clients client names ({@link PollClients#ALL})
 * @param agents agents (one loopback port each)
 * @param drop the share of requests the agents drop
 * @param seed the seed of the agents' drop decisions
 * @param concurrency the most requests in flight, the same for every client
 * @param timing timeout per target and resend period
 * @param warmupPolls unmeasured polls of every agent before the measured ones, per client JVM
 * @param polls measured polls of every agent, per client JVM
 * @param rounds how many times to run every client (a fresh client and responder JVM each time), round-robin
 * @param jvmArgs options of each client JVM
 * @param responderJvmArgs options of each responder JVM
 * @param clientCpus CPUs to pin each client JVM to ({@code taskset -c} list, Linux), or null
 * @param responderCpus CPUs to pin each responder JVM to, or null
 */
public record PollScenarioOptions(List<String> clients, int agents, double drop, long seed, int concurrency,
                                  PollClient.Timing timing, int warmupPolls, int polls, int rounds, List<String> jvmArgs,
                                  List<String> responderJvmArgs, String clientCpus, String responderCpus) {
    /**
     * The defaults: every client, 10,000 agents, 1% dropped (seed 1), 1,000 in flight, 1 s
     * timeout with a resend every 200 ms, twenty warm-up polls (a poller runs all day: the measured
     * polls are warm ones, the JIT compiler done), five measured polls, one round, client JVMs with
     * a 1 GiB heap and G1, a 512 MiB responder, no pinning.
     *
     * @param args command-line arguments
     * @return the defaults with the arguments applied
     */
    public static PollScenarioOptions parse(String... args) {
        List<String> clients = PollClients.ALL;
        int agents = 10_000;
        double drop = 0.01;
        long seed = 1;
        int concurrency = 1_000;
        long timeoutMillis = 1_000;
        long refreshMillis = 200;
        int warmupPolls = 20;
        int polls = 5;
        int rounds = 1;
        List<String> jvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        List<String> responderJvmArgs = List.of("-Xms512m", "-Xmx512m");
        String clientCpus = null;
        String responderCpus = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = OptionText.valueOf(args, i);
            switch (args[i]) {
                case "--clients" -> clients = OptionText.list(value);
                case "--agents" -> agents = Integer.parseInt(value);
                case "--drop" -> drop = Double.parseDouble(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--timeout-ms" -> timeoutMillis = Long.parseLong(value);
                case "--refresh-ms" -> refreshMillis = Long.parseLong(value);
                case "--warmup-polls" -> warmupPolls = Integer.parseInt(value);
                case "--polls" -> polls = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--jvm-args" -> jvmArgs = OptionText.words(value);
                case "--responder-jvm-args" -> responderJvmArgs = OptionText.words(value);
                case "--client-cpus" -> clientCpus = value;
                case "--responder-cpus" -> responderCpus = value;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        OptionText.requireKnown(clients, java.util.stream.Stream.concat(PollClients.ALL.stream(), PollClients.BURST.stream()).toList());
        if (refreshMillis <= 0 || timeoutMillis % refreshMillis != 0) {
            throw new IllegalArgumentException("the timeout must be a whole number of refresh periods (SNMP4J counts retries)");
        }
        return new PollScenarioOptions(clients, agents, drop, seed, concurrency,
                new PollClient.Timing(Duration.ofMillis(timeoutMillis), Duration.ofMillis(refreshMillis)), warmupPolls, polls, rounds,
                jvmArgs, responderJvmArgs, clientCpus, responderCpus);
    }
}
