package io.ksnmp.benchmarks.engine;

import java.util.List;

/**
 * What {@link WalkScenario} runs.
 *
 * @param clients client names ({@link WalkClients#ALL})
 * @param rows rows of the served table (ten columns each)
 * @param maxRepetitions get-bulk max-repetitions, the same for every client
 * @param warmupWalks unmeasured reads of the whole table before the measured ones, per client JVM
 * @param walks measured reads per client JVM
 * @param rounds how many times to run every client (a fresh client and responder JVM each time), round-robin
 * @param jvmArgs options of each client JVM
 * @param responderJvmArgs options of each responder JVM
 * @param clientCpus CPUs to pin each client JVM to ({@code taskset -c} list, Linux), or null
 * @param responderCpus CPUs to pin each responder JVM to, or null
 */
public record WalkScenarioOptions(List<String> clients, int rows, int maxRepetitions, int warmupWalks, int walks, int rounds,
                                  List<String> jvmArgs, List<String> responderJvmArgs, String clientCpus, String responderCpus) {
    /**
     * The defaults: every client, 10,000 rows (100,000 bindings), max-repetitions 50, 60 warm-up
     * reads (the JIT compiler's work is over well within them: while it runs, its threads keep the
     * other CPU busy, and on a virtual machine that halts idle CPUs round trips are then several
     * times faster than in the steady state measured) and 10 measured reads per client JVM, one round, client JVMs with a 1 GiB heap and
     * G1, a 512 MiB responder, no pinning.
     *
     * @param args command-line arguments
     * @return the defaults with the arguments applied
     */
    public static WalkScenarioOptions parse(String... args) {
        List<String> clients = WalkClients.ALL;
        int rows = TableMib.DEFAULT_ROWS;
        int maxRepetitions = 50;
        int warmupWalks = 60;
        int walks = 10;
        int rounds = 1;
        List<String> jvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        List<String> responderJvmArgs = List.of("-Xms512m", "-Xmx512m");
        String clientCpus = null;
        String responderCpus = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = OptionText.valueOf(args, i);
            switch (args[i]) {
                case "--clients" -> clients = OptionText.list(value);
                case "--rows" -> rows = Integer.parseInt(value);
                case "--max-repetitions" -> maxRepetitions = Integer.parseInt(value);
                case "--warmup-walks" -> warmupWalks = Integer.parseInt(value);
                case "--walks" -> walks = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--jvm-args" -> jvmArgs = OptionText.words(value);
                case "--responder-jvm-args" -> responderJvmArgs = OptionText.words(value);
                case "--client-cpus" -> clientCpus = value;
                case "--responder-cpus" -> responderCpus = value;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        OptionText.requireKnown(clients, WalkClients.ALL);
        return new WalkScenarioOptions(clients, rows, maxRepetitions, warmupWalks, walks, rounds, jvmArgs, responderJvmArgs,
                clientCpus, responderCpus);
    }
}
