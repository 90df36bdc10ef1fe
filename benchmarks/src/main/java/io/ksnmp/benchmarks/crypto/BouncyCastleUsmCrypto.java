package io.ksnmp.benchmarks.crypto;

import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.UsmCrypto;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.modes.CFBBlockCipher;
import org.bouncycastle.crypto.modes.CFBModeCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * {@link UsmCrypto} on Bouncy Castle's lightweight API ({@code org.bouncycastle.crypto}), the
 * challenger measured against {@link io.ksnmp.usm.JceUsmCrypto} by {@code UsmCryptoBenchmark}.
 * It lives in the benchmarks module only: snmp-core does not depend on Bouncy Castle.
 *
 * <p>It keeps keyed objects exactly as the JCE implementation does: an {@link HMac} keyed once
 * (Bouncy Castle saves the inner and outer pad states, so each message is update plus
 * {@code doFinal}); a cipher keyed once, then re-initialised per message with the IV only
 * ({@code new ParametersWithIV(null, iv)}, which Bouncy Castle documents as "IV changed only").
 * CBC cannot switch direction without re-keying, so DES and 3DES hold one keyed CBC object per
 * direction; AES-CFB runs the block cipher forwards in both directions and needs one.
 *
 * <pre>{@code
 * UsmCrypto crypto = BouncyCastleUsmCrypto.create();
 * UsmCrypto.Hmac mac = crypto.hmac(AuthProtocol.HMAC_SHA_256_192, authKey);
 * mac.compute(message, 0, message.length, macOut, 0);
 * }</pre>
 */
public final class BouncyCastleUsmCrypto implements UsmCrypto {
    private BouncyCastleUsmCrypto() {
    }

    /** @return the Bouncy Castle lightweight-API implementation */
    public static BouncyCastleUsmCrypto create() {
        return new BouncyCastleUsmCrypto();
    }

    @Override
    public Digest digest(AuthProtocol protocol) {
        ExtendedDigest digest = newDigest(protocol);
        return new Digest() {
            @Override
            public void update(byte[] data, int offset, int length) {
                digest.update(data, offset, length);
            }

            @Override
            public void finish(byte[] out, int offset) {
                if (offset < 0 || out.length - offset < digest.getDigestSize()) {
                    throw new IllegalArgumentException("no room for the digest");
                }
                digest.doFinal(out, offset); // also resets
            }
        };
    }

    @Override
    public Hmac hmac(AuthProtocol protocol, byte[] key) {
        HMac mac = new HMac(newDigest(protocol));
        mac.init(new KeyParameter(key));
        int size = mac.getMacSize();
        return (data, offset, length, out, outOffset) -> {
            if (outOffset < 0 || out.length - outOffset < size) {
                throw new IllegalArgumentException("no room for the HMAC");
            }
            mac.update(data, offset, length);
            mac.doFinal(out, outOffset); // also resets to the keyed state
        };
    }

    @Override
    public PrivCipher cipher(PrivProtocol protocol, byte[] key) {
        if (key.length != protocol.keyLength()) {
            throw new IllegalArgumentException(protocol + " needs a " + protocol.keyLength() + "-octet key");
        }
        KeyParameter keyParameter = new KeyParameter(key);
        switch (protocol) {
            case DES:
                return new Cbc(new DESEngine(), new DESEngine(), keyParameter);
            case TRIPLE_DES:
                return new Cbc(new DESedeEngine(), new DESedeEngine(), keyParameter);
            default:
                return new AesCfb(keyParameter);
        }
    }

    private static ExtendedDigest newDigest(AuthProtocol protocol) {
        switch (protocol) {
            case HMAC_MD5_96:
                return new MD5Digest();
            case HMAC_SHA_96:
                return new SHA1Digest();
            case HMAC_SHA_224_128:
                return new SHA224Digest();
            case HMAC_SHA_256_192:
                return SHA256Digest.newInstance();
            case HMAC_SHA_384_256:
                return new SHA384Digest();
            case HMAC_SHA_512_384:
                return new SHA512Digest();
            default:
                throw new IllegalArgumentException("unsupported: " + protocol);
        }
    }

    private static void checkRanges(int blockSize, byte[] iv, byte[] in, int inOffset, int length, byte[] out,
                                    int outOffset) {
        if (iv.length != blockSize) {
            throw new IllegalArgumentException("the IV must be " + blockSize + " octets");
        }
        if (length < 0 || inOffset < 0 || outOffset < 0 || in.length - inOffset < length
                || out.length - outOffset < length) {
            throw new IllegalArgumentException("range outside the buffers");
        }
    }

    /** CBC-DES or CBC-3DES-EDE: one keyed CBC object per direction. */
    private static final class Cbc implements PrivCipher {
        private final CBCModeCipher encryptor;
        private final CBCModeCipher decryptor;
        private final int blockSize;

        Cbc(BlockCipher encryptEngine, BlockCipher decryptEngine, KeyParameter key) {
            encryptor = CBCBlockCipher.newInstance(encryptEngine);
            decryptor = CBCBlockCipher.newInstance(decryptEngine);
            encryptor.init(true, key);
            decryptor.init(false, key);
            blockSize = encryptor.getBlockSize();
        }

        @Override
        public void encrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
            run(encryptor, true, iv, in, inOffset, length, out, outOffset);
        }

        @Override
        public void decrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
            run(decryptor, false, iv, in, inOffset, length, out, outOffset);
        }

        private void run(CBCModeCipher cipher, boolean encrypting, byte[] iv, byte[] in, int inOffset, int length,
                         byte[] out, int outOffset) {
            checkRanges(blockSize, iv, in, inOffset, length, out, outOffset);
            if (length % blockSize != 0) {
                throw new IllegalArgumentException("CBC input must be a multiple of " + blockSize + " octets");
            }
            try {
                cipher.init(encrypting, new ParametersWithIV(null, iv)); // new IV, same key
                cipher.processBlocks(in, inOffset, length / blockSize, out, outOffset);
            } catch (DataLengthException e) {
                throw new IllegalArgumentException("cipher input rejected", e);
            }
        }
    }

    /** AES in CFB-128 (RFC 3826): the AES key schedule is made once, the IV set per message. */
    private static final class AesCfb implements PrivCipher {
        private static final int BLOCK = 16;
        private final CFBModeCipher cipher;

        AesCfb(KeyParameter key) {
            cipher = CFBBlockCipher.newInstance(AESEngine.newInstance(), BLOCK * 8);
            cipher.init(true, new ParametersWithIV(key, new byte[BLOCK]));
        }

        @Override
        public void encrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
            run(true, iv, in, inOffset, length, out, outOffset);
        }

        @Override
        public void decrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
            run(false, iv, in, inOffset, length, out, outOffset);
        }

        private void run(boolean encrypting, byte[] iv, byte[] in, int inOffset, int length, byte[] out,
                         int outOffset) {
            checkRanges(BLOCK, iv, in, inOffset, length, out, outOffset);
            try {
                cipher.init(encrypting, new ParametersWithIV(null, iv)); // new IV, same key
                cipher.processBytes(in, inOffset, length, out, outOffset); // any length, last block partial
            } catch (DataLengthException e) {
                throw new IllegalArgumentException("cipher input rejected", e);
            }
        }
    }
}
