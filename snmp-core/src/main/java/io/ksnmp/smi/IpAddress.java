package io.ksnmp.smi;

import io.ksnmp.ber.BerTag;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An SMI IpAddress: four octets, IPv4 only (RFC 2578 §7.1.5).
 *
 * <pre>{@code
 * IpAddress a = IpAddress.parse("192.0.2.7");
 * a.toString();          // "IpAddress: 192.0.2.7"
 * }</pre>
 */
public final class IpAddress implements Variable {
    private final int bits;

    private IpAddress(int bits) {
        this.bits = bits;
    }

    /**
     * @param octets exactly four octets, most significant first
     * @return the address
     * @throws IllegalArgumentException if not four octets
     */
    public static IpAddress of(byte[] octets) {
        if (octets.length != 4) {
            throw new IllegalArgumentException("an IpAddress has 4 octets, not " + octets.length);
        }
        return new IpAddress(((octets[0] & 0xff) << 24) | ((octets[1] & 0xff) << 16)
                | ((octets[2] & 0xff) << 8) | (octets[3] & 0xff));
    }

    /**
     * @param address an IPv4 address
     * @return the same address
     */
    public static IpAddress of(Inet4Address address) {
        return of(address.getAddress());
    }

    /**
     * @param dotted dotted-quad text such as {@code 192.0.2.7}; no host names
     * @return the address
     * @throws IllegalArgumentException if the text is not a dotted quad
     */
    public static IpAddress parse(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a dotted-quad IPv4 address");
        }
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a dotted-quad IPv4 address");
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("IPv4 octet above 255");
            }
            bits = (bits << 8) | octet;
        }
        return new IpAddress(bits);
    }

    /**
     * @param bits the address as a 32-bit number, most significant octet first
     * @return the address
     */
    public static IpAddress ofInt(int bits) {
        return new IpAddress(bits);
    }

    static IpAddress ofBits(int bits) {
        return new IpAddress(bits);
    }

    /** @return the address as a 32-bit number, most significant octet first */
    public int toInt() {
        return bits;
    }

    /** @return the four octets, most significant first */
    public byte[] toBytes() {
        return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    }

    /** @return the same address as an {@link Inet4Address} (no name lookup) */
    public Inet4Address toInetAddress() {
        try {
            return (Inet4Address) InetAddress.getByAddress(toBytes());
        } catch (UnknownHostException e) {
            throw new AssertionError("four octets are always a valid address", e);
        }
    }

    /** @return dotted-quad text, e.g. {@code 192.0.2.7} */
    public String toDottedString() {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }

    @Override
    public int tag() {
        return BerTag.IP_ADDRESS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress && ((IpAddress) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return "IpAddress: " + toDottedString();
    }
}
