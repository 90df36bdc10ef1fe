package io.ksnmp.usm;

import java.util.HexFormat;

/**
 * What a non-authoritative engine knows of one authoritative engine (RFC 3414 §2.3): its ID, its
 * boots, and its time, held as an anchor that the local clock advances. Authenticated messages
 * re-anchor it (RFC 3414 §3.2 step 7b); unauthenticated ones (discovery reports) may set it only
 * while no authenticated message has been seen, and never move it backwards.
 *
 * <p>Time-free: every method takes the local clock in milliseconds. Not thread-safe: an engine
 * keeps it on its own thread.
 *
 * <pre>{@code
 * RemoteEngine agent = RemoteEngine.discovered(engineId, boots, time, nowMillis);
 * int timeToSend = agent.estimatedTime(nowMillis);
 * }</pre>
 */
public final class RemoteEngine {
    /** RFC 3414 §2.2.3: the time window is 150 seconds. */
    public static final int TIME_WINDOW_SECONDS = 150;
    /** The largest engine boots value; an engine there is locked out. */
    public static final int MAX_BOOTS = Integer.MAX_VALUE;

    private final byte[] engineId;
    private int boots;
    private int anchorTime;
    private long anchorMillis;
    private int latestReceivedTime;
    private boolean authenticated;

    private RemoteEngine(byte[] engineId, int boots, int time, long nowMillis) {
        this.engineId = engineId;
        this.boots = boots;
        this.anchorTime = time;
        this.anchorMillis = nowMillis;
        this.latestReceivedTime = time;
    }

    /**
     * An engine learned from a discovery report (unauthenticated).
     *
     * @param engineId its ID, 5..32 octets; copied
     * @param boots its boots as reported
     * @param time its time as reported
     * @param nowMillis the local clock
     * @return the engine state
     * @throws IllegalArgumentException if the engine ID is not 5..32 octets, or boots or time negative
     */
    public static RemoteEngine discovered(byte[] engineId, int boots, int time, long nowMillis) {
        EngineIds.check(engineId);
        if (boots < 0 || time < 0) {
            throw new IllegalArgumentException("engine boots and time are 0..2147483647");
        }
        return new RemoteEngine(engineId.clone(), boots, time, nowMillis);
    }

    /** @return a copy of the engine ID */
    public byte[] engineId() {
        return engineId.clone();
    }

    byte[] engineIdUnsafe() {
        return engineId;
    }

    /** @return the engine's boots as last learned */
    public int boots() {
        return boots;
    }

    /** @return whether an authenticated message from this engine has anchored its time */
    public boolean isAuthenticated() {
        return authenticated;
    }

    /**
     * @param nowMillis the local clock
     * @return the engine's time now: the anchor advanced by the local clock, capped at 2^31-1
     */
    public int estimatedTime(long nowMillis) {
        long elapsed = Math.max(0, nowMillis - anchorMillis) / 1000;
        return (int) Math.min(Integer.MAX_VALUE, anchorTime + elapsed);
    }

    /**
     * Takes boots and time from an unauthenticated message, unless an authenticated one has
     * already anchored this engine; never moves the notion of its clock backwards.
     *
     * @param msgBoots the boots in the message
     * @param msgTime the time in the message
     * @param nowMillis the local clock
     * @return whether the state changed
     */
    public boolean learnUnauthenticated(int msgBoots, int msgTime, long nowMillis) {
        if (authenticated) {
            return false;
        }
        if (msgBoots > boots || (msgBoots == boots && msgTime > estimatedTime(nowMillis))) {
            anchor(msgBoots, msgTime, nowMillis);
            return true;
        }
        return false;
    }

    /**
     * The timeliness check of a non-authoritative receiver for an authenticated message (RFC 3414
     * §3.2 step 7b): re-anchors on newer boots or time, then tests the window.
     *
     * @param msgBoots msgAuthoritativeEngineBoots
     * @param msgTime msgAuthoritativeEngineTime
     * @param nowMillis the local clock
     * @return whether the message is in the time window
     */
    public boolean acceptAuthenticated(int msgBoots, int msgTime, long nowMillis) {
        if (!authenticated || msgBoots > boots || (msgBoots == boots && msgTime > latestReceivedTime)) {
            // The first authenticated message overrides whatever unauthenticated ones claimed.
            anchor(msgBoots, msgTime, nowMillis);
            authenticated = true;
        }
        if (boots == MAX_BOOTS || msgBoots < boots) {
            return false;
        }
        return !(msgBoots == boots && msgTime < estimatedTime(nowMillis) - TIME_WINDOW_SECONDS);
    }

    /**
     * Forces a re-anchor from an authenticated report that says the engine restarted or drifted
     * (notInTimeWindow), the one case where the notion of its clock may move backwards.
     *
     * @param msgBoots the boots in the authenticated report
     * @param msgTime the time in the authenticated report
     * @param nowMillis the local clock
     */
    public void resynchronize(int msgBoots, int msgTime, long nowMillis) {
        anchor(msgBoots, msgTime, nowMillis);
        authenticated = true;
    }

    private void anchor(int msgBoots, int msgTime, long nowMillis) {
        boots = msgBoots;
        anchorTime = msgTime;
        anchorMillis = nowMillis;
        latestReceivedTime = msgTime;
    }

    @Override
    public String toString() {
        return "RemoteEngine(" + HexFormat.of().formatHex(engineId) + ", boots=" + boots + ", time~" + anchorTime
                + (authenticated ? ", authenticated)" : ", unauthenticated)");
    }
}
