package io.ksnmp.benchmarks.notify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One inform sender against one receiver at one number outstanding: what the measured window
 * saw, and the whole run's counts.
 *
 * @param sender the sender's name ({@link InformClients})
 * @param receiver the receiver's name ({@link NotificationReceivers})
 * @param inFlight informs kept outstanding
 * @param acked informs acknowledged in the window
 * @param nanos the window's length
 * @param p50Nanos median time from send to acknowledgement (within 1.6%)
 * @param p99Nanos its 99th percentile
 * @param senderCpuNanos the sender process's CPU time in the window ({@link TaskCpu})
 * @param receiverCpuNanos the receiver process's CPU time in the window ({@link TaskCpu}), or -1
 * @param failures informs that failed in the whole run
 * @param timeouts the failures that were timeouts: no acknowledgement came (a datagram lost either way)
 * @param chainsAtEnd chains still running at the end of the window (should equal inFlight)
 * @param ackedTotal informs acknowledged in the whole run, warm-up and drain included
 * @param delivered informs the receiver delivered in the whole run, or -1 if not known
 * @param loadAverage the one-minute load average at the end of the window
 * @param firstFailure the first failure, or "-"
 */
public record InformResult(String sender, String receiver, int inFlight, long acked, long nanos, long p50Nanos, long p99Nanos,
                           long senderCpuNanos, long receiverCpuNanos, long failures, long timeouts, int chainsAtEnd, long ackedTotal,
                           long delivered, double loadAverage, String firstFailure) {
    /** @return informs acknowledged per second in the window */
    public double ackedPerSecond() {
        return nanos == 0 ? 0 : acked * 1e9 / nanos;
    }

    /** @return the receiver's CPU microseconds per acknowledged inform */
    public double receiverMicrosPerInform() {
        return acked == 0 || receiverCpuNanos < 0 ? Double.NaN : receiverCpuNanos / 1e3 / acked;
    }

    /** @return the sender's CPU microseconds per acknowledged inform */
    public double senderMicrosPerInform() {
        return acked == 0 ? Double.NaN : senderCpuNanos / 1e3 / acked;
    }

    /**
     * @return whether nothing failed, every chain ran to the end, and (when known) the receiver
     *     delivered exactly the informs acknowledged
     */
    public boolean clean() {
        return failures == 0 && chainsAtEnd == inFlight && acked > 0 && (delivered < 0 || delivered == ackedTotal);
    }

    /**
     * What must hold even where UDP lost a datagram: something was acknowledged, every chain ran
     * to the end of the window, every failure was a timeout, and (when known) the receiver
     * delivered every acknowledged inform once, plus at most the informs whose acknowledgement
     * never came back.
     *
     * @return whether the run is sound, clean or not
     */
    public boolean soundDespiteLoss() {
        return acked > 0 && chainsAtEnd == inFlight && failures == timeouts
                && (delivered < 0 || (delivered >= ackedTotal && delivered <= ackedTotal + timeouts));
    }

    /**
     * @param count what the receiver delivered in the whole run
     * @return this result with it
     */
    public InformResult withDelivered(long count) {
        return new InformResult(sender, receiver, inFlight, acked, nanos, p50Nanos, p99Nanos, senderCpuNanos, receiverCpuNanos,
                failures, timeouts, chainsAtEnd, ackedTotal, count, loadAverage, firstFailure);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sender", sender);
        m.put("receiver", receiver);
        m.put("inFlight", inFlight);
        m.put("acked", acked);
        m.put("nanos", nanos);
        m.put("p50", p50Nanos);
        m.put("p99", p99Nanos);
        m.put("senderCpuNanos", senderCpuNanos);
        m.put("receiverCpuNanos", receiverCpuNanos);
        m.put("failures", failures);
        m.put("timeouts", timeouts);
        m.put("chainsAtEnd", chainsAtEnd);
        m.put("ackedTotal", ackedTotal);
        m.put("delivered", delivered);
        m.put("loadAverage", loadAverage);
        m.put("firstFailure", firstFailure);
        return m;
    }

    static InformResult of(Map<String, String> m) {
        return new InformResult(m.get("sender"), m.get("receiver"), Integer.parseInt(m.get("inFlight")),
                Long.parseLong(m.get("acked")), Long.parseLong(m.get("nanos")), Long.parseLong(m.get("p50")),
                Long.parseLong(m.get("p99")), Long.parseLong(m.get("senderCpuNanos")), Long.parseLong(m.get("receiverCpuNanos")),
                Long.parseLong(m.get("failures")), Long.parseLong(m.get("timeouts")), Integer.parseInt(m.get("chainsAtEnd")), Long.parseLong(m.get("ackedTotal")),
                Long.parseLong(m.get("delivered")), Double.parseDouble(m.get("loadAverage")), m.get("firstFailure"));
    }
}
