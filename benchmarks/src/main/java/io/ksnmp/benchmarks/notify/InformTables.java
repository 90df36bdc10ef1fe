package io.ksnmp.benchmarks.notify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The inform scenario's tables (Markdown): receiving (the bare NIO sender against each
 * receiver) and sending (each sender against the bare NIO receiver), one row per pair and number
 * outstanding with the medians over rounds and the range of acknowledgements per second.
 */
public final class InformTables {
    private InformTables() {
    }

    /**
     * @param results every result
     * @param out where to print
     */
    public static void print(List<InformResult> results, PrintStream out) {
        List<InformResult> receiving = results.stream().filter(r -> r.sender().equals(InformClients.BARE_NIO)).toList();
        List<InformResult> sending = results.stream().filter(r -> r.receiver().equals(NotificationReceivers.BARE_NIO)).toList();
        if (!receiving.isEmpty()) {
            out.println("Receiving: the bare NIO sender against each receiver.");
            out.println();
            table(receiving, out);
        }
        if (!sending.isEmpty()) {
            out.println("Sending: each sender against the bare NIO receiver.");
            out.println();
            table(sending, out);
        }
    }

    private static void table(List<InformResult> results, PrintStream out) {
        Map<String, List<InformResult>> groups = new LinkedHashMap<>();
        for (InformResult r : results) {
            groups.computeIfAbsent(r.sender() + "|" + r.receiver() + "|" + r.inFlight(), k -> new ArrayList<>()).add(r);
        }
        out.println("| sender | receiver | outstanding | acked / s | acked / s range | p50 µs | p99 µs | receiver µs / inform "
                + "| receiver CPU | sender µs / inform | clean |");
        out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (List<InformResult> g : groups.values()) {
            InformResult first = g.get(0);
            out.printf(Locale.ROOT, "| %s | %s | %,d | %,.0f | %,.0f – %,.0f | %.1f | %.1f | %.2f | %.0f%% | %.2f | %s |%n",
                    first.sender(), first.receiver(), first.inFlight(), median(g, InformResult::ackedPerSecond),
                    g.stream().mapToDouble(InformResult::ackedPerSecond).min().orElse(0),
                    g.stream().mapToDouble(InformResult::ackedPerSecond).max().orElse(0),
                    median(g, r -> r.p50Nanos() / 1e3), median(g, r -> r.p99Nanos() / 1e3),
                    median(g, InformResult::receiverMicrosPerInform),
                    median(g, r -> (double) r.receiverCpuNanos() / r.nanos()) * 100, median(g, InformResult::senderMicrosPerInform),
                    g.stream().allMatch(InformResult::clean) ? "yes" : "NO");
        }
        out.println();
    }

    /** @return the median (the mean of the middle two for an even count) */
    static double median(List<InformResult> results, ToDoubleFunction<InformResult> metric) {
        double[] values = results.stream().mapToDouble(metric).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
