package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An NsapAddress: [APPLICATION 5] IMPLICIT OCTET STRING, an OSI network service access point
 * address from SMIv2's drafts (RFC 1442) that some agents still send (IPWorks lists it); SMIv2
 * as published dropped it. ksnmp reads and writes it as its own type so it is not taken for
 * malformed input. Its octets are kept as they came (RFC 1442 gives 1..21; this type does not
 * police the length).
 *
 * <pre>{@code
 * NsapAddress a = NsapAddress.of(new byte[] {0x49, 0x00, 0x01});   // prints as "NsapAddress: 49 00 01"
 * }</pre>
 *
 * <p>Net-SNMP 5.9's tools cannot print this type ("Variable has bad type"); ksnmp prints its
 * octets in hexadecimal after the label.
 */
public final class NsapAddress implements Variable {
    private final byte[] bytes;

    private NsapAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the address; copied
     * @return the value
     * @throws IllegalArgumentException if longer than 65,535 octets
     */
    public static NsapAddress of(byte[] bytes) {
        if (bytes.length > OctetString.MAX_LENGTH) {
            throw new IllegalArgumentException("an NsapAddress holds at most 65535 octets, not " + bytes.length);
        }
        return new NsapAddress(bytes.clone());
    }

    static NsapAddress wrap(byte[] bytes) {
        return new NsapAddress(bytes);
    }

    /** @return a copy of the address's octets */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    @Override
    public int tag() {
        return BerTag.NSAP_ADDRESS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NsapAddress && Arrays.equals(((NsapAddress) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) + 5;
    }

    @Override
    public String toString() {
        return "NsapAddress: " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
