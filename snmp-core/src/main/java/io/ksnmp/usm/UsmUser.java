package io.ksnmp.usm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A USM user: a name of 1..32 octets, optionally an authentication protocol and secret, optionally
 * (only with authentication) a privacy protocol and secret, and the security level requests use
 * unless told otherwise: the highest its protocols allow unless lowered.
 *
 * <pre>{@code
 * UsmUser admin = UsmUser.builder("admin")
 *         .auth(AuthProtocol.HMAC_SHA_256_192, "auth-password")
 *         .priv(PrivProtocol.AES128, "priv-password")
 *         .build();                                    // default level authPriv
 * UsmUser reader = UsmUser.builder("reader").build();  // noAuthNoPriv
 * }</pre>
 *
 * {@link #toString()} shows the name, protocols and level, never a secret.
 */
public final class UsmUser {
    /** The longest user name (RFC 3414: SnmpAdminString (SIZE(1..32))). */
    public static final int MAX_NAME_LENGTH = 32;

    private final byte[] name;
    private final AuthProtocol authProtocol;
    private final UsmSecret authSecret;
    private final PrivProtocol privProtocol;
    private final UsmSecret privSecret;
    private final SecurityLevel defaultSecurityLevel;

    private UsmUser(Builder b) {
        this.name = b.name;
        this.authProtocol = b.authProtocol;
        this.authSecret = b.authSecret;
        this.privProtocol = b.privProtocol;
        this.privSecret = b.privSecret;
        SecurityLevel highest = privProtocol != null ? SecurityLevel.AUTH_PRIV
                : authProtocol != null ? SecurityLevel.AUTH_NO_PRIV : SecurityLevel.NO_AUTH_NO_PRIV;
        if (b.level != null && b.level.compareTo(highest) > 0) {
            throw new IllegalArgumentException("security level " + b.level + " needs protocols user "
                    + nameAsText() + " does not have");
        }
        this.defaultSecurityLevel = b.level != null ? b.level : highest;
    }

    /**
     * @param name the user name, 1..32 octets of UTF-8
     * @return a builder
     * @throws IllegalArgumentException if the name is empty or longer than 32 octets
     */
    public static Builder builder(String name) {
        return new Builder(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param name the user name, 1..32 octets; copied
     * @return a builder
     * @throws IllegalArgumentException if the name is empty or longer than 32 octets
     */
    public static Builder builder(byte[] name) {
        return new Builder(name.clone());
    }

    /** @return a copy of the name's octets */
    public byte[] name() {
        return name.clone();
    }

    byte[] nameUnsafe() {
        return name;
    }

    /** @return the name read as UTF-8 */
    public String nameAsText() {
        return new String(name, StandardCharsets.UTF_8);
    }

    /** @return the authentication protocol, or null for a user without authentication */
    public AuthProtocol authProtocolOrNull() {
        return authProtocol;
    }

    /** @return the authentication secret, or null */
    public UsmSecret authSecretOrNull() {
        return authSecret;
    }

    /** @return the privacy protocol, or null for a user without privacy */
    public PrivProtocol privProtocolOrNull() {
        return privProtocol;
    }

    /** @return the privacy secret, or null */
    public UsmSecret privSecretOrNull() {
        return privSecret;
    }

    /** @return the level requests use unless told otherwise */
    public SecurityLevel defaultSecurityLevel() {
        return defaultSecurityLevel;
    }

    /**
     * @param level a security level
     * @return whether this user's protocols allow it
     */
    public boolean supports(SecurityLevel level) {
        return !(level.isAuth() && authProtocol == null) && !(level.isPriv() && privProtocol == null);
    }

    /**
     * @param other another user
     * @return whether both have the same name, protocols and secrets (the default level aside)
     */
    public boolean sameCredentials(UsmUser other) {
        return Arrays.equals(name, other.name) && authProtocol == other.authProtocol && privProtocol == other.privProtocol
                && Objects.equals(authSecret, other.authSecret) && Objects.equals(privSecret, other.privSecret);
    }

    /** @return name, protocols and default level; secrets never appear */
    @Override
    public String toString() {
        return "UsmUser(" + nameAsText() + ", auth=" + (authProtocol == null ? "none" : authProtocol.protocolName())
                + ", priv=" + (privProtocol == null ? "none" : privProtocol.protocolName())
                + ", level=" + defaultSecurityLevel + ")";
    }

    /** Builds a {@link UsmUser}. */
    public static final class Builder {
        private final byte[] name;
        private AuthProtocol authProtocol;
        private UsmSecret authSecret;
        private PrivProtocol privProtocol;
        private UsmSecret privSecret;
        private SecurityLevel level;

        private Builder(byte[] name) {
            if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("a USM user name has 1 to 32 octets, not " + name.length);
            }
            this.name = name;
        }

        /**
         * @param protocol the authentication protocol
         * @param password at least 8 characters
         * @return this builder
         * @throws IllegalArgumentException if the password is shorter than 8 characters
         */
        public Builder auth(AuthProtocol protocol, String password) {
            return auth(protocol, UsmSecret.password(password));
        }

        /**
         * @param protocol the authentication protocol
         * @param secret a password, master key or localized key
         * @return this builder
         */
        public Builder auth(AuthProtocol protocol, UsmSecret secret) {
            this.authProtocol = Objects.requireNonNull(protocol, "protocol");
            this.authSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * @param protocol the privacy protocol
         * @param password at least 8 characters
         * @return this builder
         * @throws IllegalArgumentException if the password is shorter than 8 characters
         */
        public Builder priv(PrivProtocol protocol, String password) {
            return priv(protocol, UsmSecret.password(password));
        }

        /**
         * @param protocol the privacy protocol
         * @param secret a password, master key or localized key
         * @return this builder
         */
        public Builder priv(PrivProtocol protocol, UsmSecret secret) {
            this.privProtocol = Objects.requireNonNull(protocol, "protocol");
            this.privSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * @param defaultLevel the level requests use unless told otherwise; at most what the
         *     protocols allow
         * @return this builder
         */
        public Builder securityLevel(SecurityLevel defaultLevel) {
            this.level = Objects.requireNonNull(defaultLevel, "defaultLevel");
            return this;
        }

        /**
         * @return the user
         * @throws IllegalArgumentException if privacy is set without authentication, or the
         *     level exceeds what the protocols allow
         */
        public UsmUser build() {
            if (privProtocol != null && authProtocol == null) {
                throw new IllegalArgumentException("privacy needs authentication (RFC 3414)");
            }
            return new UsmUser(this);
        }
    }
}
