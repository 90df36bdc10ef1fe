package io.ksnmp.benchmarks.notify;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The trap scenario's tables (Markdown): one row per receiver, version and rate with the
 * medians over rounds and ratios of CPU per trap to the bare NIO receiver's and to tuned
 * SNMP4J's at the same rate; then one row per receiver and version with the highest rate it
 * delivered everything at (every lower rate too, in every round).
 */
public final class TrapTables {
    /** The rate the summary quotes CPU per trap at, as the figures do. */
    static final int SUMMARY_RATE = 200_000;

    private TrapTables() {
    }

    /**
     * @param steps every measured step
     * @param out where to print
     */
    public static void print(List<TrapStep> steps, PrintStream out) {
        if (steps.isEmpty()) {
            return;
        }
        Map<String, List<TrapStep>> byRate = group(steps, s -> s.receiver() + "|" + s.version() + "|" + s.targetRate());
        out.println("| receiver | version | asked / s | offered / s | delivered | delivered (worst) | receiver µs / trap "
                + "| receiver CPU | sender µs / trap | µs ÷ bare NIO | µs ÷ SNMP4J tuned |");
        out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (List<TrapStep> g : byRate.values()) {
            TrapStep first = g.get(0);
            double micros = median(g, TrapStep::receiverMicrosPerTrap);
            out.printf(Locale.ROOT, "| %s | %s | %,d | %,.0f | %.2f%% | %.2f%% | %.2f | %.0f%% | %.2f | %s | %s |%n",
                    first.receiver(), first.version(), first.targetRate(), median(g, TrapStep::offeredRate),
                    median(g, TrapStep::share) * 100, g.stream().mapToDouble(TrapStep::share).min().orElse(0) * 100, micros,
                    median(g, s -> (double) s.receiverCpuNanos() / s.sendNanos()) * 100, median(g, TrapStep::senderMicrosPerTrap),
                    ratio(micros, byRate.get(NotificationReceivers.BARE_NIO + "|" + first.version() + "|" + first.targetRate())),
                    ratio(micros, byRate.get(NotificationReceivers.SNMP4J_TUNED + "|" + first.version() + "|" + first.targetRate())));
        }
        out.println();
        printSummary(steps, byRate, out);
    }

    private static void printSummary(List<TrapStep> steps, Map<String, List<TrapStep>> byRate, PrintStream out) {
        Map<String, List<TrapStep>> byReceiver = group(steps, s -> s.receiver() + "|" + s.version());
        double fastest = steps.stream().mapToDouble(TrapStep::offeredRate).max().orElse(0);
        out.printf(Locale.ROOT, "| receiver | version | lossless up to (asked / s) | offered / s there | first loss at (asked / s) "
                + "| µs / trap at %,d / s | ÷ bare NIO | ÷ SNMP4J tuned |%n", SUMMARY_RATE);
        out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (List<TrapStep> g : byReceiver.values()) {
            TrapStep first = g.get(0);
            int lossless = Integer.MAX_VALUE;
            int firstLoss = Integer.MAX_VALUE;
            for (List<TrapStep> rate : group(g, s -> String.valueOf(s.targetRate())).values()) {
                if (rate.stream().allMatch(TrapStep::lossless)) {
                    continue;
                }
                firstLoss = Math.min(firstLoss, rate.get(0).targetRate());
            }
            for (TrapStep s : g) {
                if (s.targetRate() < firstLoss) {
                    lossless = lossless == Integer.MAX_VALUE ? s.targetRate() : Math.max(lossless, s.targetRate());
                }
            }
            int best = lossless;
            List<TrapStep> there = g.stream().filter(s -> s.targetRate() == best).toList();
            List<TrapStep> at = byRate.get(first.receiver() + "|" + first.version() + "|" + SUMMARY_RATE);
            double micros = at == null ? Double.NaN : median(at, TrapStep::receiverMicrosPerTrap);
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", first.receiver(), first.version(),
                    lossless == Integer.MAX_VALUE ? "none" : String.format(Locale.ROOT, "%,d", lossless),
                    there.isEmpty() ? "" : String.format(Locale.ROOT, "%,.0f", median(there, TrapStep::offeredRate)),
                    firstLoss == Integer.MAX_VALUE ? "none" : String.format(Locale.ROOT, "%,d", firstLoss),
                    at == null ? "" : String.format(Locale.ROOT, "%.2f", micros),
                    ratio(micros, byRate.get(NotificationReceivers.BARE_NIO + "|" + first.version() + "|" + SUMMARY_RATE)),
                    ratio(micros, byRate.get(NotificationReceivers.SNMP4J_TUNED + "|" + first.version() + "|" + SUMMARY_RATE)));
        }
        out.printf(Locale.ROOT, "%nThe sender's best offered rate in this run: %,.0f traps/s.%n%n", fastest);
    }

    private static String ratio(double micros, List<TrapStep> base) {
        if (base == null || Double.isNaN(micros)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f", micros / median(base, TrapStep::receiverMicrosPerTrap));
    }

    private static Map<String, List<TrapStep>> group(List<TrapStep> steps, java.util.function.Function<TrapStep, String> key) {
        Map<String, List<TrapStep>> groups = new LinkedHashMap<>();
        for (TrapStep s : steps) {
            groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    /** @return the median (the mean of the middle two for an even count) */
    static double median(List<TrapStep> steps, ToDoubleFunction<TrapStep> metric) {
        double[] values = steps.stream().mapToDouble(metric).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
