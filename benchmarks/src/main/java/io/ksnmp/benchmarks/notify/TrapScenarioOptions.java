package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.engine.OptionText;
import java.util.List;

/**
 * What {@link TrapReceiveScenario} runs.
 *
 * @param receivers receiver names ({@link NotificationReceivers#ALL})
 * @param versions {@code v2c} and/or {@code v3} (authPriv)
 * @param rates offered rates, traps per second, run in this order against one receiver process
 * @param seconds how long each rate is offered
 * @param warmupRate the rate of the unmeasured first run against each receiver process
 * @param warmupSeconds its length (0: none)
 * @param sender {@link BatchSender#MMSG} or {@link BatchSender#CHANNEL}
 * @param senderJava the {@code java} binary for the sender, or null to find one
 *     ({@link SenderJava}; {@code mmsg} needs JDK 22+)
 * @param senderJvmArgs options of each sender JVM
 * @param receiverJvmArgs options of each JVM receiver
 * @param senderCpus CPUs to pin each sender to ({@code taskset -c} list), or null
 * @param receiverCpus CPUs to pin each receiver to, or null
 * @param receiveBuffer SO_RCVBUF every receiver asks for
 * @param stopBelow a receiver's rates stop after one where it delivered less than this share
 * @param rounds how many times to run everything, round-robin (tables show medians)
 */
public record TrapScenarioOptions(List<String> receivers, List<String> versions, List<Integer> rates, double seconds,
                                  int warmupRate, double warmupSeconds, String sender, String senderJava,
                                  List<String> senderJvmArgs, List<String> receiverJvmArgs, String senderCpus,
                                  String receiverCpus, int receiveBuffer, double stopBelow, int rounds) {
    /** The versions. */
    public static final List<String> VERSIONS = List.of("v2c", "v3");

    /**
     * @param args command-line arguments
     * @return the defaults with the arguments applied: every receiver, v2c, 25k to 500k traps/s
     *     for 2 s each after 3 s at 50k, the {@code sendmmsg} sender on CPU 0, receivers on CPU 1
     *     with 4 MiB receive buffers, G1 and a 1 GiB heap in every JVM
     */
    public static TrapScenarioOptions parse(String... args) {
        List<String> receivers = NotificationReceivers.ALL;
        List<String> versions = List.of("v2c");
        List<Integer> rates = List.of(25_000, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000, 350_000, 400_000, 500_000);
        double seconds = 2;
        int warmupRate = 50_000;
        double warmupSeconds = 3;
        String sender = BatchSender.MMSG;
        String senderJava = null;
        List<String> senderJvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:MaxDirectMemorySize=2g");
        List<String> receiverJvmArgs = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
        String senderCpus = "0";
        String receiverCpus = "1";
        int receiveBuffer = ReceiverSetup.DEFAULT_RECEIVE_BUFFER;
        double stopBelow = 0.5;
        int rounds = 1;
        for (int i = 0; i < args.length; i += 2) {
            String value = OptionText.valueOf(args, i);
            switch (args[i]) {
                case "--receivers" -> receivers = OptionText.list(value);
                case "--versions" -> versions = OptionText.list(value);
                case "--rates" -> rates = OptionText.list(value).stream().map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Double.parseDouble(value);
                case "--warmup-rate" -> warmupRate = Integer.parseInt(value);
                case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(value);
                case "--sender" -> sender = value;
                case "--sender-java" -> senderJava = value;
                case "--sender-jvm-args" -> senderJvmArgs = OptionText.words(value);
                case "--receiver-jvm-args" -> receiverJvmArgs = OptionText.words(value);
                case "--sender-cpus" -> senderCpus = cpus(value);
                case "--receiver-cpus" -> receiverCpus = cpus(value);
                case "--receive-buffer" -> receiveBuffer = Integer.parseInt(value);
                case "--stop-below" -> stopBelow = Double.parseDouble(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        OptionText.requireKnown(receivers, NotificationReceivers.KNOWN);
        OptionText.requireKnown(versions, VERSIONS);
        if (!BatchSender.ALL.contains(sender)) {
            throw new IllegalArgumentException("unknown sender " + sender + "; known: " + BatchSender.ALL);
        }
        return new TrapScenarioOptions(receivers, versions, rates, seconds, warmupRate, warmupSeconds, sender, senderJava,
                senderJvmArgs, receiverJvmArgs, senderCpus, receiverCpus, receiveBuffer, stopBelow, rounds);
    }

    /** @return a {@code taskset -c} list, or null for {@code none} */
    static String cpus(String value) {
        return value.equals("none") ? null : value;
    }
}
