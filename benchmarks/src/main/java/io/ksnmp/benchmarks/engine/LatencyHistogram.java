package io.ksnmp.benchmarks.engine;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts latencies in nanoseconds in log-linear buckets (64 per power of two, so a bucket is at
 * most 1/64 = 1.6% wide), as HdrHistogram does with two significant digits, without allocating
 * per value. Safe to record from several threads; a {@link #snapshot()} taken while others record
 * may miss the values being recorded at that moment.
 */
public final class LatencyHistogram {
    private static final int SUB_BUCKET_BITS = 6;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    /** Values below 2 × 64 get a bucket each; above, 64 per power of two up to 2^63. */
    private static final int BUCKETS = (64 - SUB_BUCKET_BITS) * SUB_BUCKETS + SUB_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    /** @param nanos a latency; negative values count as 0 */
    public void record(long nanos) {
        counts.incrementAndGet(bucket(Math.max(0, nanos)));
    }

    static int bucket(long value) {
        int shift = 63 - Long.numberOfLeadingZeros(value | 1) - SUB_BUCKET_BITS;
        if (shift <= 0) {
            return (int) value;
        }
        return shift * SUB_BUCKETS + (int) (value >>> shift);
    }

    /** @return the smallest value of bucket {@code index} */
    static long lowest(int index) {
        if (index < 2 * SUB_BUCKETS) {
            return index;
        }
        int shift = index / SUB_BUCKETS - 1;
        long mantissa = index - shift * SUB_BUCKETS;
        return mantissa << shift;
    }

    /** @return the counts as they are now */
    public Snapshot snapshot() {
        long[] copy = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
        }
        return new Snapshot(copy);
    }

    /** Counts at one moment; {@link #minus} gives the values recorded between two snapshots. */
    public static final class Snapshot {
        private final long[] counts;
        private final long total;

        Snapshot(long[] counts) {
            this.counts = counts;
            long sum = 0;
            for (long c : counts) {
                sum += c;
            }
            this.total = sum;
        }

        /** @return the values recorded after {@code earlier} and up to this snapshot */
        public Snapshot minus(Snapshot earlier) {
            long[] diff = new long[counts.length];
            for (int i = 0; i < diff.length; i++) {
                diff[i] = counts[i] - earlier.counts[i];
            }
            return new Snapshot(diff);
        }

        /** @return how many values */
        public long count() {
            return total;
        }

        /**
         * @param quantile in [0, 1]
         * @return the middle of the bucket holding that quantile, in nanoseconds, or 0 if empty
         */
        public long valueAt(double quantile) {
            if (total == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(quantile * total));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    long low = lowest(i);
                    long high = i + 1 < BUCKETS ? lowest(i + 1) : low;
                    return low + (high - low) / 2;
                }
            }
            return lowest(BUCKETS - 1);
        }
    }
}
