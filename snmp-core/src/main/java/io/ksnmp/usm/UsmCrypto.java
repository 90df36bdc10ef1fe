package io.ksnmp.usm;

/**
 * The cryptographic primitives USM needs, behind one small interface so the implementation can
 * be chosen by measurement: {@link JceUsmCrypto} (the JDK's providers) is the default.
 *
 * <p>Objects returned here hold one key each and keep internal state between calls: they are
 * not thread-safe. A {@link Usm} makes them for its own thread.
 *
 * <pre>{@code
 * UsmCrypto crypto = JceUsmCrypto.create();
 * UsmCrypto.Hmac mac = crypto.hmac(AuthProtocol.HMAC_SHA_256_192, authKey);
 * mac.compute(message, 0, message.length, macOut, 0);     // full 32-octet HMAC
 * }</pre>
 */
public interface UsmCrypto {
    /**
     * @param protocol the hash
     * @return a fresh hash function
     */
    Digest digest(AuthProtocol protocol);

    /**
     * @param protocol the HMAC's hash
     * @param key the localized authentication key
     * @return an HMAC keyed once, reusable for any number of messages
     */
    Hmac hmac(AuthProtocol protocol, byte[] key);

    /**
     * @param protocol the privacy protocol
     * @param key exactly {@link PrivProtocol#keyLength()} octets
     * @return a cipher keyed once, reusable for any number of messages
     */
    PrivCipher cipher(PrivProtocol protocol, byte[] key);

    /** A hash function. */
    interface Digest {
        /**
         * @param data input
         * @param offset first octet
         * @param length octets
         */
        void update(byte[] data, int offset, int length);

        /**
         * Finishes the hash and resets for reuse.
         *
         * @param out receives {@link AuthProtocol#digestLength()} octets
         * @param offset where to write them
         */
        void finish(byte[] out, int offset);
    }

    /** An HMAC with its key. */
    interface Hmac {
        /**
         * Computes the full (untruncated) HMAC of a range.
         *
         * @param data input
         * @param offset first octet
         * @param length octets
         * @param out receives {@link AuthProtocol#digestLength()} octets
         * @param outOffset where to write them
         */
        void compute(byte[] data, int offset, int length, byte[] out, int outOffset);
    }

    /** A privacy protocol's cipher in its mode (CBC for DES and 3DES, CFB-128 for AES), with its key. */
    interface PrivCipher {
        /**
         * Encrypts; for CBC modes {@code length} must be a multiple of 8.
         *
         * @param iv the initialisation vector (8 octets for CBC-DES/3DES, 16 for AES)
         * @param in plaintext
         * @param inOffset first octet
         * @param length octets
         * @param out receives {@code length} octets; may be the same range as the input
         * @param outOffset where to write them
         */
        void encrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset);

        /**
         * Decrypts; for CBC modes {@code length} must be a multiple of 8.
         *
         * @param iv the initialisation vector
         * @param in ciphertext
         * @param inOffset first octet
         * @param length octets
         * @param out receives {@code length} octets; may be the same range as the input
         * @param outOffset where to write them
         */
        void decrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset);
    }
}
