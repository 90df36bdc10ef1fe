package io.ksnmp.usm;

import java.util.HexFormat;

/**
 * A user's keys localized to one authoritative engine: the authentication key (digest length)
 * and the privacy key material (key plus pre-IV, extended as the privacy protocol requires).
 * {@link #toString()} never shows a key.
 */
public final class LocalizedKeys {
    private final UsmUser user;
    private final byte[] engineId;
    private final byte[] authKey;
    private final byte[] privKey;

    LocalizedKeys(UsmUser user, byte[] engineId, byte[] authKey, byte[] privKey) {
        this.user = user;
        this.engineId = engineId;
        this.authKey = authKey;
        this.privKey = privKey;
    }

    /** @return the user */
    public UsmUser user() {
        return user;
    }

    /** @return a copy of the engine ID the keys belong to */
    public byte[] engineId() {
        return engineId.clone();
    }

    byte[] engineIdUnsafe() {
        return engineId;
    }

    /** @return a copy of the localized authentication key, or null for a user without authentication */
    public byte[] authKeyOrNull() {
        return authKey == null ? null : authKey.clone();
    }

    /** @return a copy of the privacy key material (key then pre-IV), or null for a user without privacy */
    public byte[] privKeyOrNull() {
        return privKey == null ? null : privKey.clone();
    }

    byte[] authKeyUnsafe() {
        return authKey;
    }

    byte[] privKeyUnsafe() {
        return privKey;
    }

    @Override
    public String toString() {
        return "LocalizedKeys(" + user.nameAsText() + " @ " + HexFormat.of().formatHex(engineId) + ", ***)";
    }
}
