package io.ksnmp.usm;

/**
 * Finds the keys of the user an incoming message names, localized to the message's
 * authoritative engine.
 *
 * <pre>{@code
 * // An agent: its users, localized to its own engine ID
 * UserLookup agentUsers = (engineId, name) -> {
 *     UsmUser u = users.findOrNull("", name);
 *     return u == null ? null : keyCache.localizedKeys(u, engineId);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface UserLookup {
    /**
     * @param engineId msgAuthoritativeEngineID
     * @param userName msgUserName
     * @return the user's keys for that engine, or null if there is no such user
     */
    LocalizedKeys findOrNull(byte[] engineId, byte[] userName);
}
