package io.ksnmp.benchmarks.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Heap held by outstanding requests: used heap after full collections with {@code count}
 * unanswered GETs outstanding, minus the same measured before they were sent.
 *
 * @param client the client's name
 * @param count requests sent
 * @param outstanding requests the library counted as outstanding when the heap was measured
 * @param baselineBytes used heap before
 * @param heldBytes used heap with the requests outstanding
 */
public record HeapResult(String client, int count, long outstanding, long baselineBytes, long heldBytes) {
    /** @return heap per outstanding request */
    public double bytesPerRequest() {
        return (double) (heldBytes - baselineBytes) / count;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "heap");
        m.put("client", client);
        m.put("count", count);
        m.put("outstanding", outstanding);
        m.put("baselineBytes", baselineBytes);
        m.put("heldBytes", heldBytes);
        return m;
    }

    static HeapResult of(Map<String, String> m) {
        return new HeapResult(m.get("client"), Integer.parseInt(m.get("count")), Long.parseLong(m.get("outstanding")),
                Long.parseLong(m.get("baselineBytes")), Long.parseLong(m.get("heldBytes")));
    }
}
