package io.ksnmp.usm;

import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * This engine in its authoritative role (as an agent, as the sender of traps, as the receiver
 * of informs): its snmpEngineID, snmpEngineBoots and snmpEngineTime, the timeliness check of
 * RFC 3414 §3.2 step 7a, and the usmStats counters its Reports carry.
 *
 * <p>Time-free: the clock is passed in, in milliseconds. Boots are the caller's to persist and
 * increment across restarts.
 *
 * <pre>{@code
 * LocalEngine me = new LocalEngine(engineId, bootsFromStateFile + 1, System.currentTimeMillis());
 * me.engineTime(System.currentTimeMillis());
 * }</pre>
 */
public final class LocalEngine {
    private final byte[] engineId;
    private final int boots;
    private final long startMillis;
    private final AtomicLongArray counters = new AtomicLongArray(UsmStats.values().length);

    /**
     * @param engineId snmpEngineID, 5..32 octets; copied
     * @param boots snmpEngineBoots, 0..2,147,483,647
     * @param startMillis the local clock at which snmpEngineTime was 0
     * @throws IllegalArgumentException if the engine ID or boots are out of range
     */
    public LocalEngine(byte[] engineId, int boots, long startMillis) {
        EngineIds.check(engineId);
        if (boots < 0) {
            throw new IllegalArgumentException("snmpEngineBoots is 0..2147483647");
        }
        this.engineId = engineId.clone();
        this.boots = boots;
        this.startMillis = startMillis;
    }

    /** @return a copy of snmpEngineID */
    public byte[] engineId() {
        return engineId.clone();
    }

    byte[] engineIdUnsafe() {
        return engineId;
    }

    /** @return snmpEngineBoots */
    public int boots() {
        return boots;
    }

    /**
     * @param nowMillis the local clock
     * @return snmpEngineTime: seconds since start, capped at 2^31-1
     */
    public int engineTime(long nowMillis) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, nowMillis - startMillis) / 1000);
    }

    /**
     * RFC 3414 §3.2 step 7a: whether an authenticated message to this engine is timely.
     *
     * @param msgBoots msgAuthoritativeEngineBoots
     * @param msgTime msgAuthoritativeEngineTime
     * @param nowMillis the local clock
     * @return false if boots reached 2^31-1, differ, or the times are more than 150 s apart
     */
    public boolean isInTimeWindow(int msgBoots, int msgTime, long nowMillis) {
        return boots != RemoteEngine.MAX_BOOTS && msgBoots == boots
                && Math.abs((long) msgTime - engineTime(nowMillis)) <= RemoteEngine.TIME_WINDOW_SECONDS;
    }

    /**
     * @param counter a statistics counter
     * @return its value after adding one
     */
    public long increment(UsmStats counter) {
        return counters.incrementAndGet(counter.ordinal());
    }

    /**
     * @param counter a statistics counter
     * @return its current value
     */
    public long count(UsmStats counter) {
        return counters.get(counter.ordinal());
    }

    @Override
    public String toString() {
        return "LocalEngine(" + HexFormat.of().formatHex(engineId) + ", boots=" + boots + ")";
    }
}
