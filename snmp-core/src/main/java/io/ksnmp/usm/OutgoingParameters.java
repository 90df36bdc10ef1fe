package io.ksnmp.usm;

import java.util.Objects;

/**
 * What USM needs to secure one outgoing SNMPv3 message besides its scoped PDU: the header fields,
 * the security level, the user (and its keys localized to the authoritative engine when the
 * level needs them) and the authoritative engine's ID, boots and time.
 *
 * <pre>{@code
 * // A request to an agent whose engine is known:
 * new OutgoingParameters(msgId, 65507, true, SecurityLevel.AUTH_PRIV, user.name(), keys,
 *         agent.engineId(), agent.boots(), agent.estimatedTime(now));
 * // A discovery probe: noAuthNoPriv, empty user and engine ID, boots and time 0:
 * OutgoingParameters.discovery(msgId, 65507);
 * }</pre>
 *
 * @param msgId msgID, 0..2,147,483,647
 * @param msgMaxSize msgMaxSize, at least 484
 * @param reportable whether to set the reportable flag (requests and informs)
 * @param level the security level
 * @param userName msgUserName, 0..32 octets
 * @param keysOrNull the user's keys localized to {@code engineId}; required for auth levels
 * @param engineId msgAuthoritativeEngineID (empty for discovery)
 * @param engineBoots msgAuthoritativeEngineBoots
 * @param engineTime msgAuthoritativeEngineTime
 */
public record OutgoingParameters(int msgId, int msgMaxSize, boolean reportable, SecurityLevel level, byte[] userName,
                                 LocalizedKeys keysOrNull, byte[] engineId, int engineBoots, int engineTime) {
    /**
     * Checks the fields.
     *
     * @param msgId msgID, 0..2,147,483,647
     * @param msgMaxSize msgMaxSize, at least 484
     * @param reportable whether to set the reportable flag (requests and informs)
     * @param level the security level
     * @param userName msgUserName, 0..32 octets
     * @param keysOrNull the user's keys localized to {@code engineId}; required for auth levels
     * @param engineId msgAuthoritativeEngineID (empty for discovery)
     * @param engineBoots msgAuthoritativeEngineBoots
     * @param engineTime msgAuthoritativeEngineTime
     * @throws IllegalArgumentException if a header field, boots or time is out of range, an auth
     *     level lacks keys, or the keys lack the protocols the level needs
     */
    public OutgoingParameters {
        if (msgId < 0 || msgMaxSize < io.ksnmp.message.V3Message.MIN_MAX_SIZE || engineBoots < 0 || engineTime < 0) {
            throw new IllegalArgumentException("msgID, boots and time are 0..2147483647 and msgMaxSize at least 484");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(engineId, "engineId");
        if (level.isAuth() && (keysOrNull == null || keysOrNull.authKeyUnsafe() == null)) {
            throw new IllegalArgumentException(level + " needs the user's authentication key");
        }
        if (level.isPriv() && keysOrNull.privKeyUnsafe() == null) {
            throw new IllegalArgumentException(level + " needs the user's privacy key");
        }
    }

    /**
     * @param msgId msgID
     * @param msgMaxSize msgMaxSize
     * @return a reportable noAuthNoPriv probe with empty user and engine ID (RFC 3414 §4)
     */
    public static OutgoingParameters discovery(int msgId, int msgMaxSize) {
        return new OutgoingParameters(msgId, msgMaxSize, true, SecurityLevel.NO_AUTH_NO_PRIV, new byte[0], null,
                new byte[0], 0, 0);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "OutgoingParameters(msgId=" + msgId + ", level=" + level + ", user="
                + new String(userName, java.nio.charset.StandardCharsets.UTF_8) + ")";
    }
}
