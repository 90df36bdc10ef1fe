package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an engine's busy polling costs when there is little to do: this JVM's CPU time while an
 * engine sits idle, and while it sends one GET every millisecond (from a scheduled thread,
 * through the futures view) to a {@link Responder} in its own process, for an engine that never
 * polls ({@code busyPoll(Duration.ZERO)}, the behaviour before adaptive polling), the default
 * adaptive one, and a fixed 100 µs window. Run this JVM pinned to one CPU ({@code taskset -c 0})
 * and the responder on another ({@code --responder-cpus 1}).
 *
 * <pre>
 * taskset -c 0 java -cp benchmarks.jar io.ksnmp.benchmarks.engine.PacedCostScenario [--seconds 10] [--interval-us 1000] [--responder-cpus 1]
 * </pre>
 */
public final class PacedCostScenario {
    private static final Oid OID = Oid.parse(GetClient.NAME);
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private PacedCostScenario() {
    }

    /** One engine setting's figures. */
    record Result(String setting, double idleCpuShare, double pacedCpuShare, long answered, long failed, double p50Micros) {
    }

    /**
     * @param args {@code --seconds S} (each window, default 10), {@code --interval-us N} (between GETs,
     *     default 1000), {@code --responder-cpus LIST}
     * @throws Exception if the responder cannot be started
     */
    public static void main(String[] args) throws Exception {
        double seconds = 10;
        long intervalMicros = 1000;
        String responderCpus = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--interval-us" -> intervalMicros = Long.parseLong(args[++i]);
                case "--responder-cpus" -> responderCpus = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "# %d CPUs seen, %s; one GET every %d µs, windows of %.0f s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.runtime.version"), intervalMicros, seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Result> results = new ArrayList<>();
        try (ResponderProcess responder = ResponderProcess.start(false, List.of("-Xms256m", "-Xmx256m"), responderCpus)) {
            // A first round, not reported, lets the JIT compiler finish with every path.
            for (String setting : List.of("never", "adaptive", "fixed 100 µs")) {
                measure(setting, responder, Math.min(seconds, 2), intervalMicros);
            }
            for (String setting : List.of("never", "adaptive", "fixed 100 µs")) {
                Result r = measure(setting, responder, seconds, intervalMicros);
                results.add(r);
                out.printf(Locale.ROOT, "%-14s idle %5.2f%% of a CPU, paced %5.2f%% (%,d answered, %d failed, p50 %.1f µs)%n",
                        r.setting(), r.idleCpuShare() * 100, r.pacedCpuShare() * 100, r.answered(), r.failed(), r.p50Micros());
            }
        }
        out.println();
        out.println("| busy polling | idle: CPU | one GET a ms: CPU | more than never | answered | p50 µs |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        double never = results.get(0).pacedCpuShare();
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %s | %.2f%% | %.2f%% | %+.2f points | %,d | %.1f |%n", r.setting(), r.idleCpuShare() * 100,
                    r.pacedCpuShare() * 100, (r.pacedCpuShare() - never) * 100, r.answered(), r.p50Micros());
        }
    }

    private static SnmpEngine engine(String setting) {
        var builder = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).receiveBufferSize(GetClient.RECEIVE_BUFFER);
        return switch (setting) {
            case "never" -> builder.busyPoll(Duration.ZERO).build();
            case "adaptive" -> builder.build();
            default -> builder.busyPoll(Duration.ofNanos(100_000)).build();
        };
    }

    private static Result measure(String setting, ResponderProcess responder, double seconds, long intervalMicros)
            throws Exception {
        long windowNanos = (long) (seconds * 1e9);
        try (SnmpEngine engine = engine(setting)) {
            SnmpManagerFutures manager = engine.futures().manager(ManagerOptions.builder(responder.address())
                    .version(SnmpVersion.V2C).community(GetClient.COMMUNITY).timeout(Duration.ofSeconds(2)).build());
            for (int i = 0; i < 20_000; i++) {
                manager.get(OID).join(); // warm: JIT, and round trips for the adaptive polling to learn from
            }
            long idleStart = OS.getProcessCpuTime();
            long idleWall = System.nanoTime();
            Thread.sleep(windowNanos / 1_000_000);
            double idle = (OS.getProcessCpuTime() - idleStart) / (double) (System.nanoTime() - idleWall);

            LatencyHistogram latencies = new LatencyHistogram();
            AtomicLong answered = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            try {
                ScheduledFuture<?> ticks = pacer.scheduleAtFixedRate(() -> {
                    long start = System.nanoTime();
                    manager.get(OID).whenComplete((v, e) -> {
                        if (e == null) {
                            latencies.record(System.nanoTime() - start);
                            answered.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    });
                }, 0, intervalMicros, TimeUnit.MICROSECONDS);
                Thread.sleep(2_000); // settle
                long done = answered.get();
                long cpu = OS.getProcessCpuTime();
                long wall = System.nanoTime();
                LatencyHistogram.Snapshot before = latencies.snapshot();
                Thread.sleep(windowNanos / 1_000_000);
                double paced = (OS.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - wall);
                LatencyHistogram.Snapshot window = latencies.snapshot().minus(before);
                ticks.cancel(false);
                return new Result(setting, idle, paced, answered.get() - done, failed.get(), window.valueAt(0.5) / 1e3);
            } finally {
                pacer.shutdownNow();
            }
        }
    }
}
