package io.ksnmp.benchmarks.nativeio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A reusable {@code struct mmsghdr} array for {@code recvmmsg} and {@code sendmmsg}: {@link #capacity}
 * messages, each with one {@code iovec} over its own {@link #SLOT}-octet data slot and its own
 * IPv4 address ({@code struct sockaddr_in}, 16 octets). One thread only.
 *
 * <p>Native layout (Linux, LP64): {@code struct mmsghdr} is a 56-octet {@code struct msghdr}
 * (msg_name 0, msg_namelen 8, msg_iov 16, msg_iovlen 24, msg_control 32, msg_controllen 40,
 * msg_flags 48) and {@code unsigned int msg_len} at 56, 64 octets in all; {@code struct iovec}
 * is {@code iov_base} and {@code iov_len}, 16 octets. Slots are {@link #SLOT} + 64 octets apart, so
 * that they do not all fall into the same cache sets.
 */
public final class MessageVector {
    /** The largest datagram a slot holds; the benchmarks' GETs and answers are far smaller. */
    public static final int SLOT = 2048;
    private static final int STRIDE = SLOT + 64;
    private static final int MMSGHDR = 64;
    private static final int IOVEC = 16;
    private static final int NAME = 16;

    private final int capacity;
    private final ByteBuffer headers;
    private final ByteBuffer vectors;
    private final ByteBuffer names;
    private final ByteBuffer data;
    private final long headersAddress;

    /**
     * @param libc the bindings, for the buffers' addresses
     * @param capacity how many messages
     * @param withNames whether each message carries an address (unconnected sockets), or none (connected)
     */
    public MessageVector(Libc libc, int capacity, boolean withNames) {
        this.capacity = capacity;
        headers = direct(capacity * MMSGHDR);
        vectors = direct(capacity * IOVEC);
        names = direct(capacity * NAME);
        data = direct(capacity * STRIDE);
        headersAddress = libc.addressOf(headers);
        long vectorsAddress = libc.addressOf(vectors);
        long namesAddress = libc.addressOf(names);
        long dataAddress = libc.addressOf(data);
        for (int i = 0; i < capacity; i++) {
            vectors.putLong(i * IOVEC, dataAddress + (long) i * STRIDE);
            vectors.putLong(i * IOVEC + 8, SLOT);
            int h = i * MMSGHDR;
            if (withNames) {
                headers.putLong(h, namesAddress + (long) i * NAME);
                headers.putInt(h + 8, NAME);
            }
            headers.putLong(h + 16, vectorsAddress + (long) i * IOVEC);
            headers.putLong(h + 24, 1);
        }
    }

    private static ByteBuffer direct(int size) {
        return ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder());
    }

    /** @return the messages this vector holds at most */
    public int capacity() {
        return capacity;
    }

    /** @return the native address of the first {@code struct mmsghdr}, for the system calls */
    public long address() {
        return headersAddress;
    }

    /**
     * Prepares the first {@code count} messages to receive into: full-size slots and address buffers.
     *
     * @param count how many
     */
    public void prepareReceive(int count) {
        for (int i = 0; i < count; i++) {
            vectors.putLong(i * IOVEC + 8, SLOT);
            if (headers.getLong(i * MMSGHDR) != 0) {
                headers.putInt(i * MMSGHDR + 8, NAME);
            }
        }
    }

    /**
     * @param i a message received by {@code recvmmsg}
     * @return its length in octets ({@code msg_len})
     */
    public int receivedLength(int i) {
        return headers.getInt(i * MMSGHDR + 56);
    }

    /**
     * Copies message {@code i}'s data into {@code target} at its position, advancing it.
     *
     * @param i the message
     * @param length how many octets
     * @param target where to
     */
    public void copyOut(int i, int length, ByteBuffer target) {
        target.put(data.slice(i * STRIDE, length));
    }

    /**
     * Sets message {@code i} to carry {@code source}'s remaining octets (its position unchanged).
     *
     * @param i the message
     * @param source the datagram, at most {@link #SLOT} octets
     */
    public void copyIn(int i, ByteBuffer source) {
        int length = source.remaining();
        data.put(i * STRIDE, source, source.position(), length);
        vectors.putLong(i * IOVEC + 8, length);
    }

    /**
     * Gives message {@code i} the address of message {@code j} of {@code other} (to answer where a
     * datagram came from).
     *
     * @param i the message here
     * @param other where the address is
     * @param j the message there
     */
    public void copyName(int i, MessageVector other, int j) {
        names.put(i * NAME, other.names, j * NAME, NAME);
    }
}
