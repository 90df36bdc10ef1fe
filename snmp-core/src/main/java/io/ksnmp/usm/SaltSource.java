package io.ksnmp.usm;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Salts for the privacy protocols, never repeated within a run: a 64-bit counter for AES
 * (RFC 3826 §3.1.2.1) and a 32-bit counter for DES and 3DES (RFC 3414 §8.1.1.1), each starting
 * at a random value.
 */
final class SaltSource {
    private final AtomicLong aes;
    private final AtomicLong des;

    SaltSource(SecureRandom random) {
        this.aes = new AtomicLong(random.nextLong());
        this.des = new AtomicLong(random.nextInt() & 0xffff_ffffL);
    }

    /** The next 64-bit AES salt. */
    long nextAesSalt() {
        return aes.getAndIncrement();
    }

    /** The next 32-bit DES/3DES salt counter; after 2^32 salts the counter wraps (RFC 3414 allows it). */
    int nextDesSalt() {
        return (int) des.getAndIncrement();
    }
}
