package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An OCTET STRING: up to 65,535 bytes. It stays bytes; text is a view ({@link #asUtf8()}), never
 * a silent decode.
 *
 * <pre>{@code
 * OctetString name = OctetString.of("eth0");
 * name.toString();                       // STRING: "eth0"
 * OctetString mac = OctetString.of(new byte[] {0, 0x1a, 0x2b});
 * mac.toString();                        // Hex-STRING: 00 1A 2B
 * }</pre>
 */
public final class OctetString implements Variable {
    /** The largest OCTET STRING SMIv2 allows. */
    public static final int MAX_LENGTH = 65_535;

    private static final OctetString EMPTY = new OctetString(new byte[0]);

    private final byte[] bytes;
    private int hash;

    private OctetString(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the octets; copied
     * @return the value
     * @throws IllegalArgumentException if longer than {@link #MAX_LENGTH}
     */
    public static OctetString of(byte[] bytes) {
        checkLength(bytes.length);
        return new OctetString(bytes.clone());
    }

    /**
     * @param text encoded as UTF-8
     * @return the value
     * @throws IllegalArgumentException if the encoding is longer than {@link #MAX_LENGTH}
     */
    public static OctetString of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        checkLength(bytes.length);
        return new OctetString(bytes);
    }

    /**
     * @param hex hexadecimal digits, optionally separated by spaces or colons ({@code "00:1a:2b"})
     * @return the value
     * @throws IllegalArgumentException if the text is not hexadecimal octets
     */
    public static OctetString ofHex(String hex) {
        String digits = hex.replace(" ", "").replace(":", "");
        byte[] bytes = HexFormat.of().parseHex(digits);
        checkLength(bytes.length);
        return new OctetString(bytes);
    }

    /** @return the empty string */
    public static OctetString empty() {
        return EMPTY;
    }

    /** Takes ownership of an array nobody else keeps; for decoders. */
    static OctetString wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new OctetString(bytes);
    }

    private static void checkLength(int length) {
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("an OCTET STRING holds at most 65535 bytes, not " + length);
        }
    }

    /** @return the number of octets */
    public int length() {
        return bytes.length;
    }

    /**
     * @param index 0-based position
     * @return the octet there
     */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** @return a copy of the octets */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Octets as held, for codecs in this package; callers must not modify them. */
    byte[] bytesUnsafe() {
        return bytes;
    }

    /**
     * @return the octets read as UTF-8 text (malformed sequences become U+FFFD); the octets
     *     themselves are unchanged
     */
    public String asUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return the octets as lower-case hex digits without separators */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public int tag() {
        return BerTag.OCTET_STRING;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OctetString && Arrays.equals(bytes, ((OctetString) o).bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    /**
     * @return as Net-SNMP prints without a MIB: {@code ""} when empty, {@code STRING: "…"} when
     *     every octet is printable ASCII or white space, else {@code Hex-STRING: …}
     */
    @Override
    public String toString() {
        if (bytes.length == 0) {
            return "\"\"";
        }
        StringBuilder sb = new StringBuilder(bytes.length * 3 + 16);
        if (NetSnmpText.allText(bytes)) {
            sb.append("STRING: ");
            NetSnmpText.appendQuoted(sb, bytes);
        } else {
            sb.append("Hex-STRING: ");
            NetSnmpText.appendHex(sb, bytes);
        }
        return sb.toString();
    }
}
