package io.ksnmp.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The scenario's latency buckets: contiguous, monotonic, at most 1/64 wide, quantiles where the values are. */
class LatencyHistogramTest {

    @Test
    void bucketsAreContiguousAndNarrow() {
        int previous = -1;
        for (long v = 0; v < 1_000_000; v++) {
            int b = LatencyHistogram.bucket(v);
            assertTrue(b == previous || b == previous + 1, "bucket of " + v);
            assertTrue(LatencyHistogram.lowest(b) <= v, "lowest of bucket of " + v);
            previous = b;
        }
        for (long v : new long[] {1L << 20, 10_000_000_000L, Long.MAX_VALUE}) {
            int b = LatencyHistogram.bucket(v);
            long low = LatencyHistogram.lowest(b);
            assertTrue(low <= v && v - low <= low / 64, "bucket of " + v);
        }
    }

    @Test
    void quantilesFallInTheRightBuckets() {
        LatencyHistogram h = new LatencyHistogram();
        LatencyHistogram.Snapshot before = h.snapshot();
        for (int i = 1; i <= 1_000; i++) {
            h.record(i * 1_000L);
        }
        LatencyHistogram.Snapshot window = h.snapshot().minus(before);
        assertEquals(1_000, window.count());
        assertEquals(500_000, window.valueAt(0.50), 500_000 / 64.0);
        assertEquals(990_000, window.valueAt(0.99), 990_000 / 64.0);
        assertEquals(1_000_000, window.valueAt(1.0), 1_000_000 / 64.0);
        assertEquals(0, new LatencyHistogram().snapshot().valueAt(0.5));
    }
}
