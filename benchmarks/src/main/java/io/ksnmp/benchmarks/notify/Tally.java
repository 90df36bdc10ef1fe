package io.ksnmp.benchmarks.notify;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the distinct request-ids a receiver delivers, and every delivery: a duplicate shows as
 * {@link #total()} above {@link #distinct()}. One bit per id over the span of ids seen so far
 * (the scenarios' senders number their notifications consecutively, SNMP4J's from a random
 * start), grown in either direction up to {@link #MAX_SPAN} ids; an id beyond that is counted
 * in {@link #outside()} and in neither count of distinct ids. One writer at a time
 * ({@link NotificationSink}); any thread may read the counts (each write is published with
 * release semantics, a plain store on x86). A sender that numbers its notifications at random
 * (ksnmp) puts nearly all of them {@link #outside()}: told apart from nothing, counted once each.
 */
public final class Tally implements NotificationSink {
    /** The widest span of request-ids told apart: 2^30 (128 MiB of bits). */
    public static final long MAX_SPAN = 1L << 30;

    /** How far beyond the span an id may lie and still grow it: farther ones are counted in {@link #outside()}. */
    public static final long MAX_JUMP = 1L << 20;

    private long[] seen = new long[0];
    private long base;
    private final AtomicLong distinct = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong outside = new AtomicLong();

    @Override
    public void delivered(int requestId) {
        total.lazySet(total.get() + 1);
        long bit = requestId - base;
        if (bit < 0 || bit >= (long) seen.length << 6) {
            if (!cover(requestId)) {
                outside.lazySet(outside.get() + 1);
                return;
            }
            bit = requestId - base;
        }
        int word = (int) (bit >>> 6);
        long mask = 1L << bit;
        if ((seen[word] & mask) == 0) {
            seen[word] |= mask;
            distinct.lazySet(distinct.get() + 1);
        }
    }

    /** Grows the bitmap to cover {@code id}, at least doubling it; false if the span would pass {@link #MAX_SPAN}. */
    private boolean cover(int id) {
        long aligned = Math.floorDiv((long) id, 64) * 64;
        if (seen.length == 0) {
            base = aligned;
            seen = new long[1 << 10];
            return true;
        }
        long end = base + ((long) seen.length << 6);
        if (aligned + 64 < base - MAX_JUMP || aligned > end + MAX_JUMP) {
            return false; // a random id (ksnmp numbers its requests at random), not the next of a sequence
        }
        long lower = Math.min(base, aligned);
        long upper = Math.max(end, aligned + 64);
        if (upper - lower > MAX_SPAN) {
            return false;
        }
        long span = Math.min(MAX_SPAN, Math.max(upper - lower, ((long) seen.length << 6) * 2));
        if (id < base) {
            lower = upper - span;
        }
        long[] grown = new long[(int) (span >>> 6)];
        System.arraycopy(seen, 0, grown, (int) ((base - lower) >>> 6), seen.length);
        seen = grown;
        base = lower;
        return true;
    }

    /** @return distinct request-ids delivered */
    public long distinct() {
        return distinct.get();
    }

    /** @return every delivery, duplicates included */
    public long total() {
        return total.get();
    }

    /** @return deliveries whose request-id lay beyond the span told apart */
    public long outside() {
        return outside.get();
    }
}
