package io.ksnmp.benchmarks.notify;

/**
 * One offered rate against one receiver: what was sent, what the receiver delivered, and what
 * both spent.
 *
 * @param receiver the receiver's name
 * @param version {@code v2c} or {@code v3}
 * @param targetRate the rate asked of the sender, traps per second
 * @param sent traps the sender's kernel took
 * @param sendNanos how long sending took
 * @param senderCpuNanos the sender's CPU time while sending
 * @param delivered traps the receiver delivered (counted after it stopped receiving)
 * @param receiverCpuNanos the receiver's CPU time from just before the first trap to the end of its count
 * @param loadAverage the system's one-minute load average afterwards
 */
public record TrapStep(String receiver, String version, int targetRate, long sent, long sendNanos, long senderCpuNanos,
                       long delivered, long receiverCpuNanos, double loadAverage) {
    /** @return traps per second actually offered */
    public double offeredRate() {
        return sendNanos == 0 ? 0 : sent * 1e9 / sendNanos;
    }

    /** @return the share of the sent traps delivered, 0 to 1 */
    public double share() {
        return sent == 0 ? 0 : (double) delivered / sent;
    }

    /** @return whether every trap sent was delivered */
    public boolean lossless() {
        return sent > 0 && delivered >= sent;
    }

    /** @return the receiver's CPU time per delivered trap, in microseconds */
    public double receiverMicrosPerTrap() {
        return delivered == 0 ? Double.NaN : receiverCpuNanos / 1e3 / delivered;
    }

    /** @return the sender's CPU time per sent trap, in microseconds */
    public double senderMicrosPerTrap() {
        return sent == 0 ? Double.NaN : senderCpuNanos / 1e3 / sent;
    }

    /** @return whether the sender offered at least 98% of the rate asked */
    public boolean senderKeptUp() {
        return offeredRate() >= 0.98 * targetRate;
    }
}
