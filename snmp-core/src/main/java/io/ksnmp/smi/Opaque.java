package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.util.Arrays;

/**
 * An Opaque value: arbitrary BER-encoded bytes, passed through unchanged (RFC 2578 §7.1.9).
 *
 * <pre>{@code
 * Opaque o = Opaque.of(new byte[] {(byte) 0x9f, 0x78, 0x04, 0x3f, (byte) 0x80, 0, 0});
 * o.toString();     // "OPAQUE: 9F 78 04 3F 80 00 00 "
 * }</pre>
 */
public final class Opaque implements Variable {
    private final byte[] bytes;

    private Opaque(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the contents; copied
     * @return the value
     * @throws IllegalArgumentException if longer than 65,535 bytes
     */
    public static Opaque of(byte[] bytes) {
        if (bytes.length > OctetString.MAX_LENGTH) {
            throw new IllegalArgumentException("an Opaque holds at most 65535 bytes, not " + bytes.length);
        }
        return new Opaque(bytes.clone());
    }

    static Opaque wrap(byte[] bytes) {
        return new Opaque(bytes);
    }

    /** @return a copy of the contents */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    @Override
    public int tag() {
        return BerTag.OPAQUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Opaque && Arrays.equals(bytes, ((Opaque) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) + tag();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(bytes.length * 3 + 8).append("OPAQUE: ");
        NetSnmpText.appendHex(sb, bytes);
        return sb.toString();
    }
}
