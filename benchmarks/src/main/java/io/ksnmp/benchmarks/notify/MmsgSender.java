package io.ksnmp.benchmarks.notify;

import io.ksnmp.benchmarks.nativeio.Libc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The fast sender: a connected UDP socket of libc's and one {@code sendmmsg} system call per
 * batch of up to {@link #BATCH} datagrams, each an {@code iovec} pointing into the direct buffer
 * of {@link TrapMessages} (the kernel copies from there; the JVM copies nothing).
 *
 * <p>Native structures (Linux, LP64): {@code struct mmsghdr} is a 56-byte {@code struct msghdr}
 * (msg_name 0, msg_namelen 8, msg_iov 16, msg_iovlen 24, msg_control 32, msg_controllen 40,
 * msg_flags 48) and {@code unsigned int msg_len} at 56, 64 bytes in all; {@code struct iovec}
 * is {@code iov_base} and {@code iov_len}, 16 bytes. A connected socket needs no msg_name. The
 * headers are written once; each batch rewrites only its iovecs.
 */
final class MmsgSender implements BatchSender {
    static final int BATCH = 64;
    private static final int MMSGHDR = 64;
    private static final int IOVEC = 16;

    private final Libc libc;
    private final TrapMessages messages;
    private final int fd;
    private final long base;
    private final ByteBuffer headers = ByteBuffer.allocateDirect(BATCH * MMSGHDR).order(ByteOrder.nativeOrder());
    private final ByteBuffer iovecs = ByteBuffer.allocateDirect(BATCH * IOVEC).order(ByteOrder.nativeOrder());
    private final ByteBuffer address = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
    private final long headersAddress;

    MmsgSender(Libc libc, TrapMessages messages, InetSocketAddress receiver) throws IOException {
        this.libc = libc;
        this.messages = messages;
        this.base = libc.addressOf(messages.buffer());
        this.headersAddress = libc.addressOf(headers);
        long iovecsAddress = libc.addressOf(iovecs);
        for (int i = 0; i < BATCH; i++) {
            headers.putLong(i * MMSGHDR + 16, iovecsAddress + (long) i * IOVEC);
            headers.putLong(i * MMSGHDR + 24, 1);
        }
        byte[] ip = receiver.getAddress().getAddress();
        if (ip.length != 4) {
            throw new IOException("the sendmmsg sender sends to IPv4 addresses only: " + receiver);
        }
        address.putShort(0, (short) Libc.AF_INET);
        address.order(ByteOrder.BIG_ENDIAN).putShort(2, (short) receiver.getPort()).put(4, ip, 0, 4);
        try {
            fd = (int) libc.socket.invokeExact(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
            if (fd < 0) {
                throw new IOException("socket() failed");
            }
            int connected = (int) libc.connect.invokeExact(fd, libc.addressOf(address), 16);
            if (connected != 0) {
                close();
                throw new IOException("connect() to " + receiver + " failed");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    @Override
    public int maxBatch() {
        return BATCH;
    }

    @Override
    public int send(int first, int count) throws IOException {
        for (int k = 0; k < count; k++) {
            iovecs.putLong(k * IOVEC, base + messages.offset(first + k));
            iovecs.putLong(k * IOVEC + 8, messages.length(first + k));
        }
        int sent;
        try {
            sent = (int) libc.sendmmsg.invokeExact(fd, headersAddress, count, 0);
        } catch (Throwable e) {
            throw new IOException(e);
        }
        if (sent <= 0) {
            throw new IOException("sendmmsg() failed (" + sent + ")");
        }
        return sent;
    }

    @Override
    public void close() throws IOException {
        try {
            int ignored = (int) libc.close.invokeExact(fd);
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }
}
