package io.ksnmp.errors;

import io.ksnmp.SnmpException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * No acceptable reply arrived before the request's timeout, counted from the request's start
 * (SNMPv3 discovery included). Not a {@code CancellationException}: a timeout is an outcome the
 * caller handles, not a cancellation of the caller.
 *
 * <pre>{@code
 * try { manager.get(sysUpTime); } catch (SnmpTimeoutException e) { markDown(e.target()); }
 * }</pre>
 */
public final class SnmpTimeoutException extends SnmpException {
    private static final long serialVersionUID = 1L;

    private final transient InetSocketAddress target;
    /** The request's timeout. */
    private final Duration timeout;
    /** How many times the request was sent. */
    private final int sends;

    /**
     * @param target where the request went
     * @param timeout the timeout that ran out
     * @param sends how many times the request was sent
     */
    public SnmpTimeoutException(InetSocketAddress target, Duration timeout, int sends) {
        super("no reply from " + target + " within " + timeout.toMillis() + " ms (" + sends + " sends)");
        this.target = target;
        this.timeout = timeout;
        this.sends = sends;
    }

    /** @return where the request went */
    public InetSocketAddress target() {
        return target;
    }

    /** @return the timeout that ran out */
    public Duration timeout() {
        return timeout;
    }

    /** @return how many times the request was sent (0 if discovery never finished) */
    public int sends() {
        return sends;
    }
}
