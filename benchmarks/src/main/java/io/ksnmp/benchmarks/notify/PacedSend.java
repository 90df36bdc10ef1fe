package io.ksnmp.benchmarks.notify;

import java.io.IOException;

/**
 * Offers a fixed rate: message {@code i} of a run is due {@code i / rate} seconds after the
 * start, against {@link System#nanoTime()}. The loop spins (the sender has a CPU of its own)
 * until at least a minimum batch is due, about 50 µs of traffic (one message at 20,000/s or
 * less, up to the sender's whole batch), then sends everything due in batches; a sender that
 * falls behind sends batch after batch without pause, and its achieved rate
 * ({@link Result#achievedRate()}) shows it.
 */
final class PacedSend {
    private static final double BATCH_SECONDS = 50e-6;

    private PacedSend() {
    }

    /**
     * What a run did.
     *
     * @param sent datagrams the kernel took
     * @param nanos from the start to the return of the last send
     * @param behindNanos the furthest the sender fell behind the schedule (time from a message's
     *     due time to the start of the send that took it)
     */
    record Result(long sent, long nanos, long behindNanos) {
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
        double nanosPerMessage = 1e9 / rate;
        long start = System.nanoTime();
        long behind = 0;
        int sent = 0;
        while (sent < count) {
            long now = System.nanoTime();
            long due = Math.min(count, (long) ((now - start) / nanosPerMessage) + 1);
            long ready = due - sent;
            if (ready < minBatch && due < count) {
                Thread.onSpinWait();
                continue;
            }
            behind = Math.max(behind, now - start - (long) (sent * nanosPerMessage));
            while (sent < due) {
                sent += sender.send(sent, (int) Math.min(maxBatch, due - sent));
            }
        }
        return new Result(sent, System.nanoTime() - start, behind);
    }
}
