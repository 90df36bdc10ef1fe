package io.ksnmp.usm;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link UsmCrypto} on the JDK's own providers (JCA/JCE): {@code MessageDigest}, {@code Mac} and
 * {@code Cipher} with {@code AES/CFB/NoPadding}, {@code DES/CBC/NoPadding} and
 * {@code DESede/CBC/NoPadding}. Chosen over Bouncy Castle's lightweight API by measurement (see
 * the benchmarks module): the JDK's SHA-2 and AES use CPU intrinsics.
 */
public final class JceUsmCrypto implements UsmCrypto {
    private JceUsmCrypto() {
    }

    /** @return the JDK-backed implementation */
    public static JceUsmCrypto create() {
        return new JceUsmCrypto();
    }

    @Override
    public Digest digest(AuthProtocol protocol) {
        MessageDigest md = newDigest(protocol.digestAlgorithm());
        return new Digest() {
            @Override
            public void update(byte[] data, int offset, int length) {
                md.update(data, offset, length);
            }

            @Override
            public void finish(byte[] out, int offset) {
                try {
                    md.digest(out, offset, md.getDigestLength());
                } catch (java.security.DigestException e) {
                    throw new IllegalArgumentException("no room for the digest", e);
                }
            }
        };
    }

    @Override
    public Hmac hmac(AuthProtocol protocol, byte[] key) {
        Mac mac;
        try {
            mac = Mac.getInstance(protocol.hmacAlgorithm());
            mac.init(new SecretKeySpec(key, protocol.hmacAlgorithm()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + protocol.hmacAlgorithm(), e);
        }
        return (data, offset, length, out, outOffset) -> {
            mac.update(data, offset, length);
            try {
                mac.doFinal(out, outOffset);
            } catch (ShortBufferException e) {
                throw new IllegalArgumentException("no room for the HMAC", e);
            }
        };
    }

    @Override
    public PrivCipher cipher(PrivProtocol protocol, byte[] key) {
        if (key.length != protocol.keyLength()) {
            throw new IllegalArgumentException(protocol + " needs a " + protocol.keyLength() + "-octet key");
        }
        String algorithm;
        String transformation;
        switch (protocol) {
            case DES:
                algorithm = "DES";
                transformation = "DES/CBC/NoPadding";
                break;
            case TRIPLE_DES:
                algorithm = "DESede";
                transformation = "DESede/CBC/NoPadding";
                break;
            default:
                algorithm = "AES";
                transformation = "AES/CFB/NoPadding";
                break;
        }
        SecretKeySpec keySpec = new SecretKeySpec(key, algorithm);
        Cipher cipher;
        try {
            cipher = Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + transformation, e);
        }
        return new PrivCipher() {
            @Override
            public void encrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
                run(Cipher.ENCRYPT_MODE, iv, in, inOffset, length, out, outOffset);
            }

            @Override
            public void decrypt(byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
                run(Cipher.DECRYPT_MODE, iv, in, inOffset, length, out, outOffset);
            }

            private void run(int mode, byte[] iv, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
                try {
                    cipher.init(mode, keySpec, new IvParameterSpec(iv));
                    cipher.doFinal(in, inOffset, length, out, outOffset);
                } catch (GeneralSecurityException e) {
                    throw new IllegalArgumentException("cipher input rejected", e);
                }
            }
        };
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
