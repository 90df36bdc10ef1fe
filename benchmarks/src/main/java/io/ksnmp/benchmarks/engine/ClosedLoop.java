package io.ksnmp.benchmarks.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shared state of one closed-loop run: N chains, each with one GET outstanding, each issuing
 * its next GET when the previous one completes, until {@link #stop()}. Chains record every
 * completed request's latency (from the call to the completion callback) here; a chain whose
 * request fails records the failure and ends, so a run with failures is visibly short of
 * chains and reported as failed rather than silently slower.
 */
public final class ClosedLoop {
    private final LatencyHistogram latencies = new LatencyHistogram();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private final AtomicInteger chains = new AtomicInteger();
    private volatile boolean running = true;

    /** @return whether chains should issue another request */
    public boolean running() {
        return running;
    }

    /** A chain starts; call before its first request. */
    public void chainStarted() {
        chains.incrementAndGet();
    }

    /** A chain ends: it was told to stop, or its request failed. */
    public void chainEnded() {
        chains.decrementAndGet();
    }

    /** @param nanos a completed request's latency */
    public void completed(long nanos) {
        latencies.record(nanos);
    }

    /** @param error why a request failed */
    public void failed(Throwable error) {
        failures.incrementAndGet();
        firstFailure.compareAndSet(null, error);
    }

    /**
     * A request got no answer within its timeout: a failure ({@link #failed}) of the kind a lost
     * datagram causes, counted apart so a test can tell the network's losses from a library's errors.
     *
     * @param error the library's timeout
     */
    public void timedOut(Throwable error) {
        timeouts.incrementAndGet();
        failed(error);
    }

    /** @return the failures that were timeouts ({@link #timedOut}) */
    public long timeouts() {
        return timeouts.get();
    }

    /** Tells every chain to end after its current request. */
    public void stop() {
        running = false;
    }

    /** @return the latencies recorded so far */
    public LatencyHistogram.Snapshot snapshot() {
        return latencies.snapshot();
    }

    /** @return requests that failed */
    public long failures() {
        return failures.get();
    }

    /** @return the first failure, or null */
    public Throwable firstFailure() {
        return firstFailure.get();
    }

    /** @return chains still running */
    public int chains() {
        return chains.get();
    }

    /**
     * Waits until every chain has ended.
     *
     * @param timeoutMillis how long to wait at most
     * @return whether they all ended
     * @throws InterruptedException if interrupted
     */
    public boolean awaitChainsEnded(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (chains.get() > 0) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
