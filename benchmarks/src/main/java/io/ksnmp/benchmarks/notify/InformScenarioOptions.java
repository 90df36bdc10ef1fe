package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.OptionText;
import java.util.List;

/**
 * What {@link InformScenario} runs.
 *
 * @param receivers receivers loaded by the bare NIO sender ({@link NotificationReceivers#ALL}; empty: none)
 * @param senders senders measured against the bare NIO receiver ({@link InformClients#ALL}; empty: none)
 * @param inFlight numbers of informs kept outstanding
 * @param warmupSeconds warm-up before each measured window
 * @param measureSeconds the measured window
 * @param senderJvmArgs options of each sender JVM
 * @param receiverJvmArgs options of each JVM receiver
 * @param senderCpus CPUs to pin each sender to ({@code taskset -c} list), or null
 * @param receiverCpus CPUs to pin each receiver to, or null
 * @param receiveBuffer SO_RCVBUF every receiver asks for
 * @param rounds how many times to run everything, round-robin (tables show medians)
 */
public record InformScenarioOptions(List<String> receivers, List<String> senders, List<Integer> inFlight, double warmupSeconds,
                                    double measureSeconds, List<String> senderJvmArgs, List<String> receiverJvmArgs,
                                    String senderCpus, String receiverCpus, int receiveBuffer, int rounds) {
    /**
     * @param args command-line arguments
     * @return the defaults with the arguments applied: every receiver and every sender, 64 and
     *     1,024 outstanding, 3 s warm-up and 5 s measured, senders on CPU 0 and receivers on
     *     CPU 1, 4 MiB receive buffers, G1 and a 1 GiB heap in every JVM
     */
    public static InformScenarioOptions parse(String... args) {
        List<String> receivers = NotificationReceivers.ALL;
        List<String> senders = InformClients.ALL;
        List<Integer> inFlight = List.of(64, 1024);
        double warmup = 3;
        double measure = 5;
        List<String> senderJvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        List<String> receiverJvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        String senderCpus = "0";
        String receiverCpus = "1";
        int receiveBuffer = ReceiverSetup.DEFAULT_RECEIVE_BUFFER;
        int rounds = 1;
        for (int i = 0; i < args.length; i += 2) {
            String value = OptionText.valueOf(args, i);
            switch (args[i]) {
                case "--receivers" -> receivers = "none".equals(value) ? List.of() : OptionText.list(value);
                case "--senders" -> senders = "none".equals(value) ? List.of() : OptionText.list(value);
                case "--in-flight" -> inFlight = OptionText.list(value).stream().map(Integer::valueOf).toList();
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--measure" -> measure = Double.parseDouble(value);
                case "--sender-jvm-args" -> senderJvmArgs = OptionText.words(value);
                case "--receiver-jvm-args" -> receiverJvmArgs = OptionText.words(value);
                case "--sender-cpus" -> senderCpus = TrapScenarioOptions.cpus(value);
                case "--receiver-cpus" -> receiverCpus = TrapScenarioOptions.cpus(value);
                case "--receive-buffer" -> receiveBuffer = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        OptionText.requireKnown(receivers, NotificationReceivers.KNOWN);
        OptionText.requireKnown(senders, InformClients.KNOWN);
        return new InformScenarioOptions(receivers, senders, inFlight, warmup, measure, senderJvmArgs, receiverJvmArgs,
                senderCpus, receiverCpus, receiveBuffer, rounds);
    }
}
