package io.ksnmp.benchmarks.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measured read of the whole table by one client.
 *
 * @param client the client's name
 * @param bindings bindings received, or -1 if the read failed
 * @param expected bindings the table has
 * @param nanos the read's wall time
 * @param cpuNanos the client JVM's CPU time during the read (all threads, GC and JIT included)
 * @param allocatedBytes bytes allocated by the client JVM's threads during the read
 * @param gcCount garbage collections during the read
 * @param responderCpuNanos the responder's CPU time during the read, or -1
 * @param failure why the read failed, or "-"
 */
public record WalkMeasurement(String client, long bindings, long expected, long nanos, long cpuNanos, long allocatedBytes,
                              long gcCount, long responderCpuNanos, String failure) {

    /** @return bindings per second */
    public double bindingsPerSecond() {
        return bindings <= 0 ? 0 : bindings * 1e9 / nanos;
    }

    /** @return bytes allocated per binding */
    public double bytesPerBinding() {
        return bindings <= 0 ? Double.NaN : (double) allocatedBytes / bindings;
    }

    /** @return the client's CPU seconds for the read */
    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    /** @return the responder's CPU use during the read as a share of one CPU, or NaN */
    public double responderCpuShare() {
        return responderCpuNanos < 0 ? Double.NaN : (double) responderCpuNanos / nanos;
    }

    /** @return whether every binding of the table arrived */
    public boolean clean() {
        return bindings == expected;
    }

    /** @return several reads of one client as one result line's values (each field a comma-separated list) */
    static Map<String, Object> toMap(List<WalkMeasurement> reads) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "walk");
        m.put("client", reads.isEmpty() ? "-" : reads.get(0).client());
        m.put("bindings", join(reads, r -> r.bindings));
        m.put("expected", join(reads, r -> r.expected));
        m.put("nanos", join(reads, r -> r.nanos));
        m.put("cpuNanos", join(reads, r -> r.cpuNanos));
        m.put("allocatedBytes", join(reads, r -> r.allocatedBytes));
        m.put("gcCount", join(reads, r -> r.gcCount));
        m.put("responderCpuNanos", join(reads, r -> r.responderCpuNanos));
        m.put("failure", String.join("|", reads.stream().map(r -> r.failure.replace(',', ';').replace('|', '/')).toList()));
        return m;
    }

    /** @return the reads {@link #toMap} wrote */
    static List<WalkMeasurement> listOf(Map<String, String> m) {
        long[] bindings = longs(m.get("bindings"));
        long[] expected = longs(m.get("expected"));
        long[] nanos = longs(m.get("nanos"));
        long[] cpu = longs(m.get("cpuNanos"));
        long[] allocated = longs(m.get("allocatedBytes"));
        long[] gc = longs(m.get("gcCount"));
        long[] responder = longs(m.get("responderCpuNanos"));
        String[] failures = m.get("failure").split("\\|", -1);
        List<WalkMeasurement> out = new ArrayList<>();
        for (int i = 0; i < bindings.length; i++) {
            out.add(new WalkMeasurement(m.get("client"), bindings[i], expected[i], nanos[i], cpu[i], allocated[i], gc[i],
                    responder[i], failures[i]));
        }
        return out;
    }

    private interface LongField {
        long of(WalkMeasurement r);
    }

    private static String join(List<WalkMeasurement> reads, LongField field) {
        StringBuilder b = new StringBuilder();
        for (WalkMeasurement r : reads) {
            b.append(b.length() == 0 ? "" : ",").append(field.of(r));
        }
        return b.toString();
    }

    private static long[] longs(String text) {
        if (text == null || text.isEmpty()) {
            return new long[0];
        }
        String[] parts = text.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        return out;
    }
}
