package io.ksnmp.usm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * USM users grouped in namespaces, as the AsyncEngine of the Python {@code snmp} package keeps
 * them: the same user name may carry different credentials in different namespaces (one per
 * administrative domain, say), and each namespace has a default user: its first, unless another
 * is made the default.
 *
 * <pre>{@code
 * UsmUserTable users = new UsmUserTable();
 * users.add(UsmUser.builder("admin").auth(AuthProtocol.HMAC_SHA_96, "lab-password").build());
 * users.add("datacenter", UsmUser.builder("admin").auth(AuthProtocol.HMAC_SHA_256_192, "dc-password").build(), false);
 * users.find("datacenter", "admin");       // the SHA-256 one
 * users.defaultUser("");                   // the lab admin
 * }</pre>
 *
 * Thread-safe: additions and look-ups may come from any thread.
 */
public final class UsmUserTable {
    /** The namespace users go to when none is named. */
    public static final String DEFAULT_NAMESPACE = "";

    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();

    private static final class Namespace {
        final Map<String, UsmUser> users = new LinkedHashMap<>();
        UsmUser defaultUser;
    }

    /**
     * Adds a user to the default namespace.
     *
     * @param user the user
     * @throws IllegalArgumentException if the namespace already has a user of that name
     */
    public void add(UsmUser user) {
        add(DEFAULT_NAMESPACE, user, false);
    }

    /**
     * @param namespace the namespace, created on first use
     * @param user the user
     * @param makeDefault whether it becomes the namespace's default user (the first user always does)
     * @throws IllegalArgumentException if the namespace already has a user of that name
     */
    public synchronized void add(String namespace, UsmUser user, boolean makeDefault) {
        Namespace ns = namespaces.computeIfAbsent(namespace, k -> new Namespace());
        String key = key(user.nameUnsafe());
        if (ns.users.containsKey(key)) {
            throw new IllegalArgumentException("namespace \"" + namespace + "\" already has a user " + user.nameAsText());
        }
        ns.users.put(key, user);
        if (makeDefault || ns.defaultUser == null) {
            ns.defaultUser = user;
        }
    }

    /**
     * Removes a user; if it was the namespace's default, the earliest remaining user becomes it.
     *
     * @param namespace the namespace
     * @param name the user name
     * @return whether a user was removed
     */
    public synchronized boolean remove(String namespace, String name) {
        Namespace ns = namespaces.get(namespace);
        if (ns == null) {
            return false;
        }
        UsmUser removed = ns.users.remove(key(name.getBytes(StandardCharsets.UTF_8)));
        if (removed != null && removed == ns.defaultUser) {
            ns.defaultUser = ns.users.isEmpty() ? null : ns.users.values().iterator().next();
        }
        return removed != null;
    }

    /**
     * @param namespace the namespace
     * @param name the user name's octets
     * @return the user, or null if the namespace has none of that name
     */
    public synchronized UsmUser findOrNull(String namespace, byte[] name) {
        Namespace ns = namespaces.get(namespace);
        return ns == null ? null : ns.users.get(key(name));
    }

    /**
     * @param namespace the namespace
     * @param name the user name
     * @return the user, or null if the namespace has none of that name
     */
    public UsmUser findOrNull(String namespace, String name) {
        return findOrNull(namespace, name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param namespace the namespace
     * @return its default user, or null if it has no users
     */
    public synchronized UsmUser defaultUserOrNull(String namespace) {
        Namespace ns = namespaces.get(namespace);
        return ns == null ? null : ns.defaultUser;
    }

    /** @return the namespaces that have been used, in order of first use */
    public synchronized List<String> namespaces() {
        return new ArrayList<>(namespaces.keySet());
    }

    /**
     * @param namespace the namespace
     * @return its users in order of addition
     */
    public synchronized List<UsmUser> users(String namespace) {
        Namespace ns = namespaces.get(namespace);
        return ns == null ? List.of() : new ArrayList<>(ns.users.values());
    }

    private static String key(byte[] name) {
        // ISO-8859-1 maps each octet to one char: a lossless key for arbitrary octets.
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    @Override
    public synchronized String toString() {
        StringBuilder sb = new StringBuilder("UsmUserTable(");
        namespaces.forEach((name, ns) -> sb.append('"').append(name).append("\"=").append(Arrays.toString(ns.users.values().toArray())));
        return sb.append(')').toString();
    }
}
