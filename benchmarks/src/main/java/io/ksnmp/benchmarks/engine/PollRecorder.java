package io.ksnmp.benchmarks.engine;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one poll of many agents saw, recorded from any thread: each target's completion time
 * counted from the start of the poll, successes, failures and the first failure.
 */
public final class PollRecorder {
    private final long startNanos;
    private final LatencyHistogram completions = new LatencyHistogram();
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong lastNanos = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    /** Starts the poll's clock now. */
    public PollRecorder() {
        this.startNanos = System.nanoTime();
    }

    /** @return when the poll started ({@link System#nanoTime()}) */
    public long startNanos() {
        return startNanos;
    }

    /** One target answered with the expected bindings. */
    public void succeeded() {
        record();
        successes.incrementAndGet();
    }

    /** One target failed (timed out, answered with an error or with the wrong bindings). */
    public void failed(Throwable error) {
        record();
        failures.incrementAndGet();
        firstFailure.compareAndSet(null, error);
    }

    private void record() {
        long since = System.nanoTime() - startNanos;
        completions.record(since);
        lastNanos.accumulateAndGet(since, Math::max);
    }

    /** @return targets done so far */
    public long done() {
        return successes.get() + failures.get();
    }

    /** @return targets that answered */
    public long successes() {
        return successes.get();
    }

    /** @return targets that failed */
    public long failures() {
        return failures.get();
    }

    /** @return the latest completion, from the start of the poll */
    public long lastNanos() {
        return lastNanos.get();
    }

    /** @return completion times from the start of the poll */
    public LatencyHistogram.Snapshot completions() {
        return completions.snapshot();
    }

    /** @return the first failure, or null */
    public Throwable firstFailure() {
        return firstFailure.get();
    }
}
