package io.ksnmp.benchmarks.nativeio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An IPv4 UDP socket of libc's, for the benchmarks' batched peers: opened, given a receive
 * buffer, then bound or connected; {@link #fd} is what {@code recvmmsg}/{@code sendmmsg} take.
 */
public final class NativeUdpSocket implements AutoCloseable {
    private final Libc libc;
    private final int fd;
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder());

    /**
     * @param libc the bindings
     * @param receiveBuffer SO_RCVBUF to ask for (the kernel caps it at net.core.rmem_max)
     * @throws IOException if the socket cannot be made
     */
    public NativeUdpSocket(Libc libc, int receiveBuffer) throws IOException {
        this.libc = libc;
        try {
            fd = (int) libc.socket.invokeExact(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
            if (fd < 0) {
                throw new IOException("socket() failed");
            }
            scratch.putInt(0, receiveBuffer);
            int set = (int) libc.setsockopt.invokeExact(fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF, libc.addressOf(scratch), 4);
            if (set != 0) {
                close();
                throw new IOException("setsockopt(SO_RCVBUF) failed");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /**
     * Makes blocking receives give up after {@code millis} (SO_RCVTIMEO), so a thread that waits
     * for a datagram that was lost can still notice it should stop.
     *
     * @param millis the longest wait
     * @throws IOException if setsockopt fails
     */
    public void receiveTimeout(int millis) throws IOException {
        scratch.putLong(0, millis / 1000).putLong(8, (millis % 1000) * 1000L);
        try {
            if ((int) libc.setsockopt.invokeExact(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, libc.addressOf(scratch), 16) != 0) {
                throw new IOException("setsockopt(SO_RCVTIMEO) failed");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /** @return the file descriptor */
    public int fd() {
        return fd;
    }

    /**
     * @param address where to listen (IPv4)
     * @throws IOException if bind fails
     */
    public void bind(InetSocketAddress address) throws IOException {
        call(libc.bind, address, "bind");
    }

    /**
     * @param address the only peer (IPv4)
     * @throws IOException if connect fails
     */
    public void connect(InetSocketAddress address) throws IOException {
        call(libc.connect, address, "connect");
    }

    private void call(java.lang.invoke.MethodHandle handle, InetSocketAddress address, String name) throws IOException {
        byte[] ip = address.getAddress().getAddress();
        if (ip.length != 4) {
            throw new IOException("IPv4 only: " + address);
        }
        scratch.putShort(0, (short) Libc.AF_INET);
        scratch.order(ByteOrder.BIG_ENDIAN).putShort(2, (short) address.getPort()).order(ByteOrder.nativeOrder());
        scratch.put(4, ip, 0, 4).putLong(8, 0);
        try {
            if ((int) handle.invokeExact(fd, libc.addressOf(scratch), 16) != 0) {
                throw new IOException(name + "() to " + address + " failed");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /**
     * @return the bound port
     * @throws IOException if getsockname fails
     */
    public int localPort() throws IOException {
        scratch.putInt(16, 16);
        try {
            if ((int) libc.getsockname.invokeExact(fd, libc.addressOf(scratch), libc.addressOf(scratch) + 16) != 0) {
                throw new IOException("getsockname() failed");
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
        return Short.toUnsignedInt(scratch.order(ByteOrder.BIG_ENDIAN).getShort(2));
    }

    /**
     * Receives up to {@code count} datagrams, blocking until the first arrives.
     *
     * @param vector where to
     * @param count at most this many (at most the vector's capacity)
     * @return how many arrived, or -1 when none came within the receive timeout (or on an error)
     */
    public int receive(MessageVector vector, int count) {
        vector.prepareReceive(count);
        try {
            return (int) libc.recvmmsg.invokeExact(fd, vector.address(), count, Libc.MSG_WAITFORONE, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Sends the first {@code count} messages of {@code vector}, all of them (calling again while
     * the kernel takes only some).
     *
     * @param vector what
     * @param count how many
     * @return whether all left
     */
    public boolean send(MessageVector vector, int count) {
        int sent = 0;
        try {
            while (sent < count) {
                int n = (int) libc.sendmmsg.invokeExact(fd, vector.address() + sent * 64L, count - sent, 0);
                if (n <= 0) {
                    return false;
                }
                sent += n;
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return true;
    }

    @Override
    public void close() {
        try {
            int ignored = (int) libc.close.invokeExact(fd);
        } catch (Throwable t) {
            // closing is best effort
        }
    }
}
