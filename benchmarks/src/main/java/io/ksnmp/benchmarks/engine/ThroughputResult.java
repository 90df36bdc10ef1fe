package io.ksnmp.benchmarks.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One client at one in-flight level: what the measured window saw.
 *
 * @param client the client's name
 * @param inFlight requests kept outstanding
 * @param requests requests completed in the window
 * @param nanos the window's length
 * @param p50Nanos median latency (bucket middle, within 1.6%)
 * @param p99Nanos 99th percentile latency
 * @param p999Nanos 99.9th percentile latency
 * @param cpuNanos the client JVM's CPU time in the window (all threads, GC and JIT included)
 * @param allocatedBytes bytes allocated by the client JVM's threads in the window
 * @param threadsEnded threads that ended in the window (their allocation is missing)
 * @param gcCount garbage collections in the window
 * @param gcMillis their accumulated time
 * @param responderCpuNanos the responder's CPU time in the window, or -1
 * @param failures requests that failed during the whole run (warm-up and drain included)
 * @param chainsAtEnd chains still running at the end of the window (should equal inFlight)
 * @param loadAverage the system's one-minute load average at the end of the window
 * @param firstFailure the first failure, or "-"
 */
public record ThroughputResult(
        String client, int inFlight, long requests, long nanos, long p50Nanos, long p99Nanos, long p999Nanos,
        long cpuNanos, long allocatedBytes, int threadsEnded, long gcCount, long gcMillis, long responderCpuNanos,
        long failures, int chainsAtEnd, double loadAverage, String firstFailure) {

    /** @return completed requests per second */
    public double requestsPerSecond() {
        return requests * 1e9 / nanos;
    }

    /** @return the client's CPU seconds per 100,000 requests */
    public double cpuSecondsPer100k() {
        return requests == 0 ? Double.NaN : cpuNanos / 1e9 * 100_000 / requests;
    }

    /** @return bytes allocated per request */
    public double bytesPerRequest() {
        return requests == 0 ? Double.NaN : (double) allocatedBytes / requests;
    }

    /** @return the responder's CPU use in the window as a share of one CPU, or NaN */
    public double responderCpuShare() {
        return responderCpuNanos < 0 ? Double.NaN : (double) responderCpuNanos / nanos;
    }

    /** @return whether every request succeeded and every chain was still running */
    public boolean clean() {
        return failures == 0 && chainsAtEnd == inFlight && requests > 0;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "throughput");
        m.put("client", client);
        m.put("inFlight", inFlight);
        m.put("requests", requests);
        m.put("nanos", nanos);
        m.put("p50", p50Nanos);
        m.put("p99", p99Nanos);
        m.put("p999", p999Nanos);
        m.put("cpuNanos", cpuNanos);
        m.put("allocatedBytes", allocatedBytes);
        m.put("threadsEnded", threadsEnded);
        m.put("gcCount", gcCount);
        m.put("gcMillis", gcMillis);
        m.put("responderCpuNanos", responderCpuNanos);
        m.put("failures", failures);
        m.put("chainsAtEnd", chainsAtEnd);
        m.put("loadAverage", loadAverage);
        m.put("firstFailure", firstFailure);
        return m;
    }

    static ThroughputResult of(Map<String, String> m) {
        return new ThroughputResult(m.get("client"), Integer.parseInt(m.get("inFlight")), Long.parseLong(m.get("requests")),
                Long.parseLong(m.get("nanos")), Long.parseLong(m.get("p50")), Long.parseLong(m.get("p99")),
                Long.parseLong(m.get("p999")), Long.parseLong(m.get("cpuNanos")), Long.parseLong(m.get("allocatedBytes")),
                Integer.parseInt(m.get("threadsEnded")), Long.parseLong(m.get("gcCount")), Long.parseLong(m.get("gcMillis")),
                Long.parseLong(m.get("responderCpuNanos")), Long.parseLong(m.get("failures")),
                Integer.parseInt(m.get("chainsAtEnd")), Double.parseDouble(m.get("loadAverage")), m.get("firstFailure"));
    }
}
