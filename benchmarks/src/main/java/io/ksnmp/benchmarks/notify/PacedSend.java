package io.ksnmp.benchmarks.notify;

import java.io.IOException;

/**
 * Offers a fixed rate: message {@code i} of a run is due {@code i / rate} seconds after the
 * start, against {@link System#nanoTime()}. The loop spins (the sender has a CPU of its own)
 * until at least a minimum batch is due, about 50 µs of traffic (one message at 20,000/s or
 * less, up to the sender's whole batch), then sends everything due in batches. A sender that
 * falls behind (at its limit, or descheduled) sends batch after batch without pause, but never
 * more than 1 ms of traffic late: beyond that the schedule slips instead, so a stall is not
 * made up by a burst the receiver never asked for. Its achieved rate
 * ({@link Result#achievedRate()}) shows the shortfall.
 */
final class PacedSend {
    private static final double BATCH_SECONDS = 50e-6;
    private static final double BACKLOG_SECONDS = 1e-3;

    private PacedSend() {
    }

    /**
     * What a run did.
     *
     * @param sent datagrams the kernel took
     * @param nanos from the start to the return of the last send
     * @param slippedNanos how far the schedule slipped because the sender was more than 1 ms behind
     */
    record Result(long sent, long nanos, long slippedNanos) {
        /** @return datagrams per second actually offered */
        double achievedRate() {
            return nanos == 0 ? 0 : sent * 1e9 / nanos;
        }
    }

    /**
     * @param sender the socket
     * @param count messages 0 to count - 1 of the sender's run
     * @param rate messages per second
     * @return what was sent, and how long it took
     * @throws IOException if a send fails
     */
    static Result run(BatchSender sender, int count, double rate) throws IOException {
        int maxBatch = sender.maxBatch();
        int minBatch = (int) Math.max(1, Math.min(maxBatch, rate * BATCH_SECONDS));
        long backlog = Math.max(maxBatch, (long) (rate * BACKLOG_SECONDS));
        double nanosPerMessage = 1e9 / rate;
        long begin = System.nanoTime();
        long start = begin;
        int sent = 0;
        while (sent < count) {
            long now = System.nanoTime();
            long due = Math.min(count, (long) ((now - start) / nanosPerMessage) + 1);
            if (due - sent > backlog) {
                start += (long) ((due - sent - backlog) * nanosPerMessage);
                due = sent + backlog;
            }
            if (due - sent < minBatch && due < count) {
                Thread.onSpinWait();
                continue;
            }
            while (sent < due) {
                sent += sender.send(sent, (int) Math.min(maxBatch, due - sent));
            }
        }
        return new Result(sent, System.nanoTime() - begin, start - begin);
    }
}
