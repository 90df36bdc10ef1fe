package io.ksnmp.usm;

import io.ksnmp.smi.Oid;

/**
 * The USM authentication protocols: HMAC-MD5-96 and HMAC-SHA-96 (RFC 3414) and the SHA-2
 * HMACs of RFC 7860. Each names its hash (used for password-to-key, localisation and the HMAC)
 * and how many octets of the HMAC travel in msgAuthenticationParameters.
 *
 * <pre>{@code
 * AuthProtocol p = AuthProtocol.fromName("SHA-256");   // Net-SNMP's -a names
 * p.macLength();                                        // 24
 * }</pre>
 */
public enum AuthProtocol {
    /** usmHMACMD5AuthProtocol: HMAC-MD5-96. */
    HMAC_MD5_96("MD5", "MD5", "HmacMD5", 16, 12, 64, "1.3.6.1.6.3.10.1.1.2"),
    /** usmHMACSHAAuthProtocol: HMAC-SHA-96. */
    HMAC_SHA_96("SHA", "SHA-1", "HmacSHA1", 20, 12, 64, "1.3.6.1.6.3.10.1.1.3"),
    /** usmHMAC128SHA224AuthProtocol: HMAC-SHA-224-128. */
    HMAC_SHA_224_128("SHA-224", "SHA-224", "HmacSHA224", 28, 16, 64, "1.3.6.1.6.3.10.1.1.4"),
    /** usmHMAC192SHA256AuthProtocol: HMAC-SHA-256-192. */
    HMAC_SHA_256_192("SHA-256", "SHA-256", "HmacSHA256", 32, 24, 64, "1.3.6.1.6.3.10.1.1.5"),
    /** usmHMAC256SHA384AuthProtocol: HMAC-SHA-384-256. */
    HMAC_SHA_384_256("SHA-384", "SHA-384", "HmacSHA384", 48, 32, 128, "1.3.6.1.6.3.10.1.1.6"),
    /** usmHMAC384SHA512AuthProtocol: HMAC-SHA-512-384. */
    HMAC_SHA_512_384("SHA-512", "SHA-512", "HmacSHA512", 64, 48, 128, "1.3.6.1.6.3.10.1.1.7");

    private final String name;
    private final String digestAlgorithm;
    private final String hmacAlgorithm;
    private final int digestLength;
    private final int macLength;
    private final int blockLength;
    private final Oid oid;

    AuthProtocol(String name, String digestAlgorithm, String hmacAlgorithm, int digestLength, int macLength,
                 int blockLength, String oid) {
        this.name = name;
        this.digestAlgorithm = digestAlgorithm;
        this.hmacAlgorithm = hmacAlgorithm;
        this.digestLength = digestLength;
        this.macLength = macLength;
        this.blockLength = blockLength;
        this.oid = Oid.parse(oid);
    }

    /** @return the name Net-SNMP's {@code -a} option uses: MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512 */
    public String protocolName() {
        return name;
    }

    /** @return the JCA name of the hash, e.g. {@code SHA-256} */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** @return the JCA name of the HMAC, e.g. {@code HmacSHA256} */
    public String hmacAlgorithm() {
        return hmacAlgorithm;
    }

    /** @return octets of the hash output, which is also the length of the keys it derives */
    public int digestLength() {
        return digestLength;
    }

    /** @return octets of msgAuthenticationParameters: the truncated HMAC */
    public int macLength() {
        return macLength;
    }

    /** @return the hash's block length in octets */
    public int blockLength() {
        return blockLength;
    }

    /** @return the protocol's object identifier (usmAuthProtocol registration) */
    public Oid oid() {
        return oid;
    }

    /**
     * @param name a Net-SNMP {@code -a} name (case-insensitive; {@code SHA1} and {@code SHA-1} also name SHA)
     * @return the protocol
     * @throws IllegalArgumentException if no protocol has that name
     */
    public static AuthProtocol fromName(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.equals("SHA1") || n.equals("SHA-1")) {
            return HMAC_SHA_96;
        }
        for (AuthProtocol p : values()) {
            if (p.name.equals(n) || p.name.replace("-", "").equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown authentication protocol: " + name);
    }
}
