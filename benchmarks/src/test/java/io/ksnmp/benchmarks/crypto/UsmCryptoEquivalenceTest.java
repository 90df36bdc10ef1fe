package io.ksnmp.benchmarks.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.JceUsmCrypto;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.UsmCrypto;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shows that {@link BouncyCastleUsmCrypto} and {@link JceUsmCrypto} compute the same thing, so
 * {@code UsmCryptoBenchmark} compares equal work: the same digests and HMACs for every
 * {@link AuthProtocol}, the same ciphertexts for every {@link PrivProtocol}, and each decrypts
 * the other's output. Keyed objects are made once per key and reused across many messages of
 * different lengths, IVs and offsets (as USM reuses them), so state left over from one message
 * would show in the next.
 */
class UsmCryptoEquivalenceTest {
    private static final long SEED = 0x5eed_c0ffee_2026L;
    /** Message lengths around the hash block sizes (64, 128), the cipher blocks and a full datagram. */
    private static final int[] LENGTHS = {0, 1, 7, 8, 15, 16, 17, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129,
        300, 304, 350, 1472, 4096};
    private static final int MESSAGES_PER_KEY = 8;

    private final UsmCrypto jce = JceUsmCrypto.create();
    private final UsmCrypto bc = BouncyCastleUsmCrypto.create();

    private static byte[] random(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @EnumSource(AuthProtocol.class)
    void digestsAreIdentical(AuthProtocol protocol) {
        Random random = new Random(SEED ^ protocol.ordinal());
        UsmCrypto.Digest j = jce.digest(protocol);
        UsmCrypto.Digest b = bc.digest(protocol);
        for (int length : LENGTHS) {
            for (int round = 0; round < MESSAGES_PER_KEY; round++) {
                byte[] data = random(random, length + 5);
                byte[] outJ = new byte[protocol.digestLength() + 3];
                byte[] outB = new byte[protocol.digestLength() + 3];
                // Fed in two pieces, as password-to-key feeds 64 octets at a time.
                int split = length / 3;
                j.update(data, 2, split);
                j.update(data, 2 + split, length - split);
                j.finish(outJ, 3);
                b.update(data, 2, split);
                b.update(data, 2 + split, length - split);
                b.finish(outB, 3);
                assertArrayEquals(outJ, outB, protocol + " digest of " + length + " octets");
            }
        }
    }

    @Test
    void passwordToKeyDigestOfOneMebibyteIsIdentical() {
        for (AuthProtocol protocol : AuthProtocol.values()) {
            byte[] chunk = random(new Random(SEED), 64);
            UsmCrypto.Digest j = jce.digest(protocol);
            UsmCrypto.Digest b = bc.digest(protocol);
            for (int fed = 0; fed < 1_048_576; fed += 64) {
                j.update(chunk, 0, 64);
                b.update(chunk, 0, 64);
            }
            byte[] outJ = new byte[protocol.digestLength()];
            byte[] outB = new byte[protocol.digestLength()];
            j.finish(outJ, 0);
            b.finish(outB, 0);
            assertArrayEquals(outJ, outB, protocol.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(AuthProtocol.class)
    void hmacsAreIdentical(AuthProtocol protocol) {
        Random random = new Random(SEED ^ (31L * protocol.ordinal()));
        // The localized key (digest length), plus keys shorter and longer than the hash block.
        int[] keyLengths = {protocol.digestLength(), 1, protocol.blockLength(), protocol.blockLength() + 1};
        for (int keyLength : keyLengths) {
            byte[] key = random(random, keyLength);
            UsmCrypto.Hmac j = jce.hmac(protocol, key);
            UsmCrypto.Hmac b = bc.hmac(protocol, key);
            for (int length : LENGTHS) {
                for (int round = 0; round < MESSAGES_PER_KEY; round++) {
                    byte[] data = random(random, length + 4);
                    byte[] outJ = new byte[protocol.digestLength() + 1];
                    byte[] outB = new byte[protocol.digestLength() + 1];
                    j.compute(data, 4, length, outJ, 1);
                    b.compute(data, 4, length, outB, 1);
                    assertArrayEquals(outJ, outB,
                        protocol + " HMAC, " + keyLength + "-octet key, " + length + " octets");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PrivProtocol.class)
    void ciphersAreIdenticalAndDecryptEachOther(PrivProtocol protocol) {
        Random random = new Random(SEED ^ (977L * protocol.ordinal()));
        int ivLength = protocol.isCbc() ? 8 : 16;
        for (int k = 0; k < 4; k++) {
            byte[] key = random(random, protocol.keyLength());
            UsmCrypto.PrivCipher j = jce.cipher(protocol, key);
            UsmCrypto.PrivCipher b = bc.cipher(protocol, key);
            for (int length : LENGTHS) {
                if (protocol.isCbc() && length % 8 != 0) {
                    continue; // USM pads CBC plaintext to 8 octets
                }
                for (int round = 0; round < MESSAGES_PER_KEY; round++) {
                    String what = protocol + ", key " + k + ", " + length + " octets, round " + round;
                    byte[] iv = random(random, ivLength);
                    byte[] plain = random(random, length + 3);

                    byte[] byJ = new byte[length + 5];
                    byte[] byB = new byte[length + 5];
                    j.encrypt(iv, plain, 3, length, byJ, 5);
                    b.encrypt(iv, plain, 3, length, byB, 5);
                    assertArrayEquals(byJ, byB, "ciphertext, " + what);
                    if (length >= 8) {
                        assertFalse(Arrays.equals(plain, 3, 3 + length, byJ, 5, 5 + length), what);
                    }

                    // Cross: each decrypts the other's ciphertext.
                    byte[] jOfB = new byte[length];
                    byte[] bOfJ = new byte[length];
                    j.decrypt(iv, byB, 5, length, jOfB, 0);
                    b.decrypt(iv, byJ, 5, length, bOfJ, 0);
                    byte[] expected = Arrays.copyOfRange(plain, 3, 3 + length);
                    assertArrayEquals(expected, jOfB, "JCE decrypts BC, " + what);
                    assertArrayEquals(expected, bOfJ, "BC decrypts JCE, " + what);

                    // In place (output range = input range), as USM decrypts into the datagram buffer.
                    byte[] inPlaceJ = byJ.clone();
                    byte[] inPlaceB = byJ.clone();
                    j.decrypt(iv, inPlaceJ, 5, length, inPlaceJ, 5);
                    b.decrypt(iv, inPlaceB, 5, length, inPlaceB, 5);
                    assertArrayEquals(inPlaceJ, inPlaceB, "in-place decrypt, " + what);
                    assertArrayEquals(expected, Arrays.copyOfRange(inPlaceB, 5, 5 + length), what);
                    byte[] encInPlace = plain.clone();
                    b.encrypt(iv, encInPlace, 3, length, encInPlace, 3);
                    assertArrayEquals(Arrays.copyOfRange(byJ, 5, 5 + length),
                        Arrays.copyOfRange(encInPlace, 3, 3 + length), "in-place encrypt, " + what);
                }
            }
        }
    }

    @Test
    void bothMeetPublishedVectors() {
        HexFormat hex = HexFormat.of();
        // RFC 4231 test case 2: HMAC-SHA-256, key "Jefe".
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        byte[] hmac = hex.parseHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        // NIST SP 800-38A F.3.13: CFB128-AES128.Encrypt, first block.
        byte[] aesKey = hex.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
        byte[] aesIv = hex.parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] aesPlain = hex.parseHex("6bc1bee22e409f96e93d7e117393172a");
        byte[] aesCipher = hex.parseHex("3b3fd92eb72dad20333449f8e83cfb4a");
        for (UsmCrypto crypto : new UsmCrypto[] {jce, bc}) {
            byte[] out = new byte[32];
            crypto.hmac(AuthProtocol.HMAC_SHA_256_192, "Jefe".getBytes(StandardCharsets.US_ASCII))
                .compute(data, 0, data.length, out, 0);
            assertArrayEquals(hmac, out, crypto.getClass().getSimpleName());
            byte[] ct = new byte[16];
            crypto.cipher(PrivProtocol.AES128, aesKey).encrypt(aesIv, aesPlain, 0, 16, ct, 0);
            assertArrayEquals(aesCipher, ct, crypto.getClass().getSimpleName());
        }
    }

    @Test
    void bothRejectTheSameBadInputs() {
        for (UsmCrypto crypto : new UsmCrypto[] {jce, bc}) {
            assertThrows(IllegalArgumentException.class, () -> crypto.cipher(PrivProtocol.AES128, new byte[15]));
            UsmCrypto.PrivCipher des = crypto.cipher(PrivProtocol.DES, new byte[8]);
            byte[] buf = new byte[16];
            // CBC input not a multiple of 8.
            assertThrows(IllegalArgumentException.class, () -> des.encrypt(new byte[8], buf, 0, 12, buf, 0));
            // Wrong IV length.
            UsmCrypto.PrivCipher aes = crypto.cipher(PrivProtocol.AES128, new byte[16]);
            assertThrows(IllegalArgumentException.class, () -> aes.encrypt(new byte[8], buf, 0, 16, buf, 0));
            // No room for the HMAC.
            UsmCrypto.Hmac mac = crypto.hmac(AuthProtocol.HMAC_SHA_96, new byte[20]);
            assertThrows(IllegalArgumentException.class, () -> mac.compute(buf, 0, 16, new byte[19], 0));
        }
    }
}
