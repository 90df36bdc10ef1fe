package io.ksnmp.usm;

import io.ksnmp.smi.Oid;

/**
 * The USM privacy protocols. AES-192 and AES-256 exist in two incompatible variants that differ
 * only in how a localized key shorter than the cipher key is extended: Blumenthal's
 * (draft-blumenthal-aes-usm-04; Net-SNMP's {@code AES192}/{@code AES256}) and Reeder's
 * (draft-reeder-snmpv3-usm-3desede; Net-SNMP's {@code AES192C}/{@code AES256C}, Cisco's).
 *
 * <pre>{@code
 * PrivProtocol p = PrivProtocol.fromName("AES256C");   // Net-SNMP's -x names
 * p.keyExtension();                                    // REEDER
 * }</pre>
 */
public enum PrivProtocol {
    /** usmDESPrivProtocol: CBC-DES (RFC 3414 §8); 8-octet key, 8-octet pre-IV. */
    DES("DES", 8, 8, KeyExtension.NONE, "1.3.6.1.6.3.10.1.2.2"),
    /** usm3DESEDEPrivProtocol: CBC-3DES-EDE (draft-reeder-snmpv3-usm-3desede); 24-octet key, 8-octet pre-IV. */
    TRIPLE_DES("3DES", 24, 8, KeyExtension.REEDER, "1.3.6.1.6.3.10.1.2.3"),
    /** usmAesCfb128Protocol: AES-128 in CFB-128 (RFC 3826). */
    AES128("AES", 16, 0, KeyExtension.NONE, "1.3.6.1.6.3.10.1.2.4"),
    /** AES-192 in CFB-128 with Blumenthal's key extension (Net-SNMP {@code AES192}). */
    AES192("AES192", 24, 0, KeyExtension.BLUMENTHAL, "1.3.6.1.4.1.14832.1.3"),
    /** AES-256 in CFB-128 with Blumenthal's key extension (Net-SNMP {@code AES256}). */
    AES256("AES256", 32, 0, KeyExtension.BLUMENTHAL, "1.3.6.1.4.1.14832.1.4"),
    /** AES-192 in CFB-128 with Reeder's key extension (Net-SNMP {@code AES192C}, Cisco). */
    AES192_REEDER("AES192C", 24, 0, KeyExtension.REEDER, "1.3.6.1.4.1.9.12.6.1.1"),
    /** AES-256 in CFB-128 with Reeder's key extension (Net-SNMP {@code AES256C}, Cisco). */
    AES256_REEDER("AES256C", 32, 0, KeyExtension.REEDER, "1.3.6.1.4.1.9.12.6.1.2");

    private final String name;
    private final int keyLength;
    private final int preIvLength;
    private final KeyExtension keyExtension;
    private final Oid oid;

    PrivProtocol(String name, int keyLength, int preIvLength, KeyExtension keyExtension, String oid) {
        this.name = name;
        this.keyLength = keyLength;
        this.preIvLength = preIvLength;
        this.keyExtension = keyExtension;
        this.oid = Oid.parse(oid);
    }

    /** @return the name Net-SNMP's {@code -x} option uses */
    public String protocolName() {
        return name;
    }

    /** @return octets of the cipher key */
    public int keyLength() {
        return keyLength;
    }

    /** @return octets of pre-IV taken from the localized key after the cipher key (CBC modes), else 0 */
    public int preIvLength() {
        return preIvLength;
    }

    /** @return octets of localized key material the protocol consumes: key plus pre-IV */
    public int keyMaterialLength() {
        return keyLength + preIvLength;
    }

    /** @return how a localized key shorter than {@link #keyMaterialLength()} is extended */
    public KeyExtension keyExtension() {
        return keyExtension;
    }

    /** @return whether this is a CBC mode (DES, 3DES), which pads to 8 octets, rather than AES-CFB */
    public boolean isCbc() {
        return preIvLength > 0;
    }

    /** @return the protocol's object identifier */
    public Oid oid() {
        return oid;
    }

    /**
     * @param name a Net-SNMP {@code -x} name (case-insensitive; {@code AES128} also names AES)
     * @return the protocol
     * @throws IllegalArgumentException if no protocol has that name
     */
    public static PrivProtocol fromName(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.equals("AES128") || n.equals("AES-128")) {
            return AES128;
        }
        if (n.equals("DES3") || n.equals("3DES-EDE") || n.equals("TRIPLEDES")) {
            return TRIPLE_DES;
        }
        for (PrivProtocol p : values()) {
            if (p.name.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown privacy protocol: " + name);
    }
}
