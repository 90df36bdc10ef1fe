package io.ksnmp.usm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A USM user's authentication or privacy secret: a password, a master key ({@code Ku}, the
 * password already hashed to the protocol's digest length), or a key already localized to one
 * authoritative engine ({@code Kul}). Never printed: {@link #toString()} names only the kind.
 *
 * <pre>{@code
 * UsmSecret.password("correct horse battery");
 * UsmSecret.masterKey(HexFormat.of().parseHex("9fb5cc0381497b3793528939ff788d5d79145211"));
 * UsmSecret.localizedKey(kul, agentEngineId);
 * }</pre>
 */
public final class UsmSecret {
    /** RFC 3414 §11.2: passwords shorter than this are refused. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** What a secret holds. */
    public enum Kind {
        /** A password, turned into keys by RFC 3414 A.2. */
        PASSWORD,
        /** A master key Ku: the password-to-key result, localized per engine. */
        MASTER_KEY,
        /** A key already localized to one engine; usable only with that engine. */
        LOCALIZED_KEY,
    }

    private final Kind kind;
    private final byte[] bytes;
    private final byte[] engineId;

    private UsmSecret(Kind kind, byte[] bytes, byte[] engineId) {
        this.kind = kind;
        this.bytes = bytes;
        this.engineId = engineId;
    }

    /**
     * @param password at least 8 characters, used as its UTF-8 octets
     * @return the secret
     * @throws IllegalArgumentException if shorter than 8 octets (RFC 3414 §11.2)
     */
    public static UsmSecret password(String password) {
        return password(password.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param password at least 8 octets; copied
     * @return the secret
     * @throws IllegalArgumentException if shorter than 8 octets (RFC 3414 §11.2)
     */
    public static UsmSecret password(byte[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("USM passwords need at least 8 characters (RFC 3414 section 11.2)");
        }
        return new UsmSecret(Kind.PASSWORD, password.clone(), null);
    }

    /**
     * @param ku a master key as long as the authentication protocol's digest; copied
     * @return the secret
     * @throws IllegalArgumentException if empty
     */
    public static UsmSecret masterKey(byte[] ku) {
        if (ku.length == 0) {
            throw new IllegalArgumentException("an empty master key");
        }
        return new UsmSecret(Kind.MASTER_KEY, ku.clone(), null);
    }

    /**
     * @param kul a localized key (for privacy, already extended if the protocol needs it); copied
     * @param engineId the authoritative engine it was localized to; copied
     * @return the secret
     * @throws IllegalArgumentException if the key is empty or the engine ID not 5..32 octets
     */
    public static UsmSecret localizedKey(byte[] kul, byte[] engineId) {
        if (kul.length == 0) {
            throw new IllegalArgumentException("an empty localized key");
        }
        EngineIds.check(engineId);
        return new UsmSecret(Kind.LOCALIZED_KEY, kul.clone(), engineId.clone());
    }

    /** @return what this secret holds */
    public Kind kind() {
        return kind;
    }

    /** @return for a localized key, a copy of the engine ID it belongs to; otherwise null */
    public byte[] engineIdOrNull() {
        return engineId == null ? null : engineId.clone();
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    byte[] engineIdUnsafe() {
        return engineId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsmSecret && ((UsmSecret) o).kind == kind
                && java.security.MessageDigest.isEqual(((UsmSecret) o).bytes, bytes)
                && Arrays.equals(((UsmSecret) o).engineId, engineId);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + bytes.length;
    }

    /** @return the kind only, e.g. {@code UsmSecret(PASSWORD, ***)}; never the secret */
    @Override
    public String toString() {
        return "UsmSecret(" + kind + (engineId == null ? "" : ", engine " + HexFormat.of().formatHex(engineId)) + ", ***)";
    }
}
