package io.ksnmp.usm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Derives and remembers USM keys: master keys once per (protocol, password) and localized keys
 * once per (user credentials, engine ID), each in a bounded least-recently-used table.
 *
 * <p>Deriving a master key hashes 1 MiB (a few milliseconds): call {@link #localizedKeys} off
 * any latency-sensitive thread the first time for a user and engine. Thread-safe; two threads
 * asking for the same missing key at once may both compute it.
 *
 * <pre>{@code
 * KeyCache keys = new KeyCache(JceUsmCrypto.create(), 1_000, 100_000);
 * LocalizedKeys k = keys.localizedKeys(user, agentEngineId);
 * }</pre>
 */
public final class KeyCache {
    private final UsmCrypto crypto;
    private final Map<MasterKeyId, byte[]> masterKeys;
    private final Map<LocalizedKeyId, LocalizedKeys> localized;

    /**
     * @param crypto the primitives
     * @param maxMasterKeys how many master keys to keep
     * @param maxLocalizedKeys how many (user, engine) key sets to keep
     */
    public KeyCache(UsmCrypto crypto, int maxMasterKeys, int maxLocalizedKeys) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        this.masterKeys = lru(maxMasterKeys);
        this.localized = lru(maxLocalizedKeys);
    }

    private static <K, V> Map<K, V> lru(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a cache bound must be positive");
        }
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** @return the primitives keys are derived with */
    public UsmCrypto crypto() {
        return crypto;
    }

    /**
     * @param user a user
     * @param engineId the authoritative engine's ID, 5..32 octets
     * @return the user's keys for that engine
     * @throws IllegalArgumentException if a secret is a key localized to another engine
     */
    public LocalizedKeys localizedKeys(UsmUser user, byte[] engineId) {
        LocalizedKeyId id = new LocalizedKeyId(user, engineId);
        synchronized (localized) {
            LocalizedKeys cached = localized.get(id);
            if (cached != null) {
                return cached.user() == user ? cached : new LocalizedKeys(user, cached.engineIdUnsafe(),
                        cached.authKeyUnsafe(), cached.privKeyUnsafe());
            }
        }
        byte[] engine = engineId.clone();
        AuthProtocol auth = user.authProtocolOrNull();
        byte[] authKey = auth == null ? null : localize(auth, user.authSecretOrNull(), engine);
        byte[] privKey = null;
        PrivProtocol priv = user.privProtocolOrNull();
        if (priv != null) {
            byte[] kul = localize(auth, user.privSecretOrNull(), engine);
            privKey = KeyDerivation.privacyKey(crypto, auth, priv, kul, engine);
        }
        LocalizedKeys keys = new LocalizedKeys(user, engine, authKey, privKey);
        synchronized (localized) {
            localized.put(new LocalizedKeyId(user, engine), keys);
        }
        return keys;
    }

    private byte[] localize(AuthProtocol auth, UsmSecret secret, byte[] engineId) {
        switch (secret.kind()) {
            case LOCALIZED_KEY:
                if (!Arrays.equals(secret.engineIdUnsafe(), engineId)) {
                    throw new IllegalArgumentException("a key localized to another engine cannot be used with this one");
                }
                return secret.bytesUnsafe().clone();
            case MASTER_KEY:
                return KeyDerivation.localize(crypto, auth, secret.bytesUnsafe(), engineId);
            default:
                return KeyDerivation.localize(crypto, auth, masterKey(auth, secret), engineId);
        }
    }

    /**
     * @param auth the authentication protocol whose hash to use
     * @param secret a password or a master key
     * @return the master key Ku
     */
    public byte[] masterKey(AuthProtocol auth, UsmSecret secret) {
        if (secret.kind() == UsmSecret.Kind.MASTER_KEY) {
            return secret.bytesUnsafe().clone();
        }
        if (secret.kind() != UsmSecret.Kind.PASSWORD) {
            throw new IllegalArgumentException("a localized key has no master key");
        }
        MasterKeyId id = new MasterKeyId(auth, secret);
        synchronized (masterKeys) {
            byte[] cached = masterKeys.get(id);
            if (cached != null) {
                return cached;
            }
        }
        byte[] ku = KeyDerivation.passwordToKey(crypto, auth, secret.bytesUnsafe());
        synchronized (masterKeys) {
            masterKeys.put(id, ku);
        }
        return ku;
    }

    /** @return how many master keys are held */
    public int masterKeyCount() {
        synchronized (masterKeys) {
            return masterKeys.size();
        }
    }

    /** @return how many localized key sets are held */
    public int localizedKeyCount() {
        synchronized (localized) {
            return localized.size();
        }
    }

    private record MasterKeyId(AuthProtocol protocol, UsmSecret secret) {
        @Override
        public String toString() {
            return "MasterKeyId(" + protocol + ")";
        }
    }

    private static final class LocalizedKeyId {
        private final UsmUser user;
        private final byte[] engineId;
        private final int hash;

        LocalizedKeyId(UsmUser user, byte[] engineId) {
            this.user = user;
            this.engineId = engineId;
            this.hash = Arrays.hashCode(user.nameUnsafe()) * 31 + Arrays.hashCode(engineId);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LocalizedKeyId && Arrays.equals(engineId, ((LocalizedKeyId) o).engineId)
                    && user.sameCredentials(((LocalizedKeyId) o).user);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
