package io.ksnmp.usm;

import java.util.Arrays;

/**
 * USM key derivation: password to master key (RFC 3414 A.2, RFC 7860 §9), localisation to an
 * engine (RFC 3414 §2.6), and the two key extensions for privacy protocols that need more key
 * material than the hash yields ({@link KeyExtension}).
 *
 * <pre>{@code
 * byte[] ku = KeyDerivation.passwordToKey(crypto, AuthProtocol.HMAC_SHA_96, "maplesyrup".getBytes());
 * byte[] kul = KeyDerivation.localize(crypto, AuthProtocol.HMAC_SHA_96, ku, engineId);
 * }</pre>
 *
 * Password-to-key hashes 1 MiB: callers cache its result ({@link KeyCache}) and keep it off
 * latency-sensitive threads.
 */
public final class KeyDerivation {
    /** RFC 3414 A.2: the password is repeated to this many octets before hashing. */
    public static final int EXPANSION_LENGTH = 1_048_576;

    private KeyDerivation() {
    }

    /**
     * @param crypto the primitives
     * @param protocol the authentication protocol whose hash to use
     * @param password the password octets (any length above zero)
     * @return the master key Ku, {@link AuthProtocol#digestLength()} octets
     */
    public static byte[] passwordToKey(UsmCrypto crypto, AuthProtocol protocol, byte[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("an empty password");
        }
        UsmCrypto.Digest digest = crypto.digest(protocol);
        byte[] block = new byte[64];
        int index = 0;
        for (int done = 0; done < EXPANSION_LENGTH; done += block.length) {
            for (int i = 0; i < block.length; i++) {
                block[i] = password[index++];
                if (index == password.length) {
                    index = 0;
                }
            }
            digest.update(block, 0, block.length);
        }
        byte[] ku = new byte[protocol.digestLength()];
        digest.finish(ku, 0);
        Arrays.fill(block, (byte) 0);
        return ku;
    }

    /**
     * @param crypto the primitives
     * @param protocol the authentication protocol whose hash to use
     * @param ku the master key
     * @param engineId the authoritative engine's ID
     * @return {@code H(Ku || engineID || Ku)}, {@link AuthProtocol#digestLength()} octets
     */
    public static byte[] localize(UsmCrypto crypto, AuthProtocol protocol, byte[] ku, byte[] engineId) {
        UsmCrypto.Digest digest = crypto.digest(protocol);
        digest.update(ku, 0, ku.length);
        digest.update(engineId, 0, engineId.length);
        digest.update(ku, 0, ku.length);
        byte[] kul = new byte[protocol.digestLength()];
        digest.finish(kul, 0);
        return kul;
    }

    /**
     * Extends (or truncates) a localized privacy key to what a privacy protocol consumes.
     *
     * @param crypto the primitives
     * @param auth the user's authentication protocol, whose hash the extensions use
     * @param priv the privacy protocol
     * @param kul the localized privacy key
     * @param engineId the authoritative engine's ID (Reeder's extension localizes again)
     * @return exactly {@link PrivProtocol#keyMaterialLength()} octets
     */
    public static byte[] privacyKey(UsmCrypto crypto, AuthProtocol auth, PrivProtocol priv, byte[] kul, byte[] engineId) {
        int needed = priv.keyMaterialLength();
        if (kul.length >= needed) {
            return Arrays.copyOf(kul, needed);
        }
        byte[] key = kul.clone();
        switch (priv.keyExtension()) {
            case BLUMENTHAL:
                while (key.length < needed) {
                    UsmCrypto.Digest digest = crypto.digest(auth);
                    digest.update(key, 0, key.length);
                    byte[] h = new byte[auth.digestLength()];
                    digest.finish(h, 0);
                    key = concat(key, h);
                }
                break;
            case REEDER:
                while (key.length < needed) {
                    byte[] ku = passwordToKey(crypto, auth, key);
                    key = concat(key, localize(crypto, auth, ku, engineId));
                }
                break;
            default:
                throw new IllegalArgumentException(priv + " needs " + needed + " octets of key but "
                        + auth + " gives " + kul.length + " and the protocol has no key extension");
        }
        return Arrays.copyOf(key, needed);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
