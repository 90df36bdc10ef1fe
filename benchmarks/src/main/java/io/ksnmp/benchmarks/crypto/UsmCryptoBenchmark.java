package io.ksnmp.benchmarks.crypto;

import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.JceUsmCrypto;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.UsmCrypto;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-message cost of USM's cryptography with the JDK's providers ({@link JceUsmCrypto},
 * {@code impl = jce}) and with Bouncy Castle's lightweight API ({@link BouncyCastleUsmCrypto},
 * {@code impl = bc}), in the same run; run with {@code -prof gc} for bytes allocated per operation.
 *
 * <ul>
 *   <li>{@code hmac}: the full HMAC of a {@value #MESSAGE_LENGTH}-octet message (an authPriv
 *       SNMPv3 GetResponse with ten bindings), with one {@link UsmCrypto.Hmac} keyed in setup
 *       and reused, as a USM user's keys are.</li>
 *   <li>{@code encrypt} / {@code decrypt}: one scoped PDU with one {@link UsmCrypto.PrivCipher}
 *       keyed in setup, the IV set per message: {@value #CFB_LENGTH} octets for AES-CFB (no
 *       padding) and {@value #CBC_LENGTH} octets for DES and 3DES (padded to 8).</li>
 *   <li>{@code passwordToKeyDigest}: the RFC 3414 A.2 password-to-key cost, 1,048,576 octets
 *       fed to a {@link UsmCrypto.Digest} {@value #P2K_CHUNK} at a time, then the digest.</li>
 * </ul>
 *
 * <p>Input and output buffers are made once, so the allocation measured is the crypto's own.
 * {@code UsmCryptoEquivalenceTest} shows both implementations give identical outputs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar UsmCryptoBenchmark -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UsmCryptoBenchmark {
    /** Octets of the whole authPriv message the HMAC covers. */
    static final int MESSAGE_LENGTH = 350;
    /** Octets of the encrypted scoped PDU for AES-CFB. */
    static final int CFB_LENGTH = 300;
    /** Octets of the encrypted scoped PDU for CBC-DES/3DES, padded to a multiple of 8. */
    static final int CBC_LENGTH = 304;
    /** Octets of password-to-key material: 1 MiB. */
    static final int P2K_LENGTH = 1_048_576;
    /** Octets fed per update in password-to-key, as RFC 3414 A.2.1 does. */
    static final int P2K_CHUNK = 64;

    static UsmCrypto implementation(String name) {
        switch (name) {
            case "jce":
                return JceUsmCrypto.create();
            case "bc":
                return BouncyCastleUsmCrypto.create();
            default:
                throw new IllegalArgumentException(name);
        }
    }

    static byte[] random(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    /** One keyed HMAC and one message. */
    @State(Scope.Thread)
    public static class HmacState {
        @Param({"jce", "bc"})
        public String impl;

        @Param({"HMAC_MD5_96", "HMAC_SHA_96", "HMAC_SHA_256_192", "HMAC_SHA_512_384"})
        public AuthProtocol auth;

        UsmCrypto.Hmac hmac;
        byte[] message;
        byte[] out;

        /** Keys the HMAC with a random localized key. */
        @Setup
        public void setUp() {
            Random random = new Random(1);
            hmac = implementation(impl).hmac(auth, random(random, auth.digestLength()));
            message = random(random, MESSAGE_LENGTH);
            out = new byte[auth.digestLength()];
        }
    }

    /** One keyed cipher, an IV, a plaintext and its ciphertext. */
    @State(Scope.Thread)
    public static class CipherState {
        @Param({"jce", "bc"})
        public String impl;

        @Param({"AES128", "AES256", "DES", "TRIPLE_DES"})
        public PrivProtocol priv;

        UsmCrypto.PrivCipher cipher;
        byte[] iv;
        byte[] plaintext;
        byte[] ciphertext;
        byte[] out;
        int length;

        /** Keys the cipher with a random key and encrypts the plaintext once for the decrypt runs. */
        @Setup
        public void setUp() {
            Random random = new Random(2);
            cipher = implementation(impl).cipher(priv, random(random, priv.keyLength()));
            iv = random(random, priv.isCbc() ? 8 : 16);
            length = priv.isCbc() ? CBC_LENGTH : CFB_LENGTH;
            plaintext = random(random, length);
            ciphertext = new byte[length];
            cipher.encrypt(iv, plaintext, 0, length, ciphertext, 0);
            out = new byte[length];
        }
    }

    /** One hash function and a 64-octet chunk of the expanded password. */
    @State(Scope.Thread)
    public static class DigestState {
        @Param({"jce", "bc"})
        public String impl;

        @Param({"HMAC_MD5_96", "HMAC_SHA_96", "HMAC_SHA_256_192", "HMAC_SHA_512_384"})
        public AuthProtocol auth;

        UsmCrypto.Digest digest;
        byte[] chunk;
        byte[] out;

        /** Makes the hash once; {@code finish} resets it for the next operation. */
        @Setup
        public void setUp() {
            digest = implementation(impl).digest(auth);
            chunk = random(new Random(3), P2K_CHUNK);
            out = new byte[auth.digestLength()];
        }
    }

    /**
     * @param s the keyed HMAC and the message
     * @return the HMAC
     */
    @Benchmark
    public byte[] hmac(HmacState s) {
        s.hmac.compute(s.message, 0, MESSAGE_LENGTH, s.out, 0);
        return s.out;
    }

    /**
     * @param s the keyed cipher and the plaintext
     * @return the ciphertext
     */
    @Benchmark
    public byte[] encrypt(CipherState s) {
        s.cipher.encrypt(s.iv, s.plaintext, 0, s.length, s.out, 0);
        return s.out;
    }

    /**
     * @param s the keyed cipher and the ciphertext
     * @return the plaintext
     */
    @Benchmark
    public byte[] decrypt(CipherState s) {
        s.cipher.decrypt(s.iv, s.ciphertext, 0, s.length, s.out, 0);
        return s.out;
    }

    /**
     * @param s the hash and the chunk
     * @return the digest of 1 MiB
     */
    @Benchmark
    public byte[] passwordToKeyDigest(DigestState s) {
        UsmCrypto.Digest d = s.digest;
        byte[] chunk = s.chunk;
        for (int fed = 0; fed < P2K_LENGTH; fed += P2K_CHUNK) {
            d.update(chunk, 0, P2K_CHUNK);
        }
        d.finish(s.out, 0);
        return s.out;
    }
}
