package io.ksnmp.benchmarks.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured poll of every agent by one client.
 *
 * @param client the client's name
 * @param concurrency the most requests in flight
 * @param targets agents polled
 * @param successes targets that answered
 * @param failures targets that failed
 * @param wallNanos from the start of the poll to the last target's result
 * @param p50Nanos median completion time from the start of the poll (bucket middle, within 1.6%)
 * @param p90Nanos 90th percentile completion time
 * @param cpuNanos the client JVM's CPU time during the poll (all threads, GC and JIT included)
 * @param allocatedBytes bytes allocated by the client JVM's threads during the poll
 * @param gcCount garbage collections during the poll
 * @param responderCpuNanos the responder's CPU time during the poll, or -1
 * @param loadAverage the system's one-minute load average after the poll
 * @param firstFailure the first failure, or "-"
 */
public record PollMeasurement(String client, int concurrency, int targets, long successes, long failures, long wallNanos,
                              long p50Nanos, long p90Nanos, long cpuNanos, long allocatedBytes, long gcCount,
                              long responderCpuNanos, double loadAverage, String firstFailure) {

    /** @return bytes allocated per target */
    public double bytesPerTarget() {
        return (double) allocatedBytes / targets;
    }

    /** @return whether every target answered */
    public boolean allAnswered() {
        return successes == targets;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "poll");
        m.put("client", client);
        m.put("concurrency", concurrency);
        m.put("targets", targets);
        m.put("successes", successes);
        m.put("failures", failures);
        m.put("wallNanos", wallNanos);
        m.put("p50Nanos", p50Nanos);
        m.put("p90Nanos", p90Nanos);
        m.put("cpuNanos", cpuNanos);
        m.put("allocatedBytes", allocatedBytes);
        m.put("gcCount", gcCount);
        m.put("responderCpuNanos", responderCpuNanos);
        m.put("loadAverage", loadAverage);
        m.put("firstFailure", firstFailure);
        return m;
    }

    static PollMeasurement of(Map<String, String> m) {
        return new PollMeasurement(m.get("client"), Integer.parseInt(m.get("concurrency")), Integer.parseInt(m.get("targets")),
                Long.parseLong(m.get("successes")), Long.parseLong(m.get("failures")), Long.parseLong(m.get("wallNanos")),
                Long.parseLong(m.get("p50Nanos")), Long.parseLong(m.get("p90Nanos")), Long.parseLong(m.get("cpuNanos")),
                Long.parseLong(m.get("allocatedBytes")), Long.parseLong(m.get("gcCount")),
                Long.parseLong(m.get("responderCpuNanos")), Double.parseDouble(m.get("loadAverage")), m.get("firstFailure"));
    }
}
