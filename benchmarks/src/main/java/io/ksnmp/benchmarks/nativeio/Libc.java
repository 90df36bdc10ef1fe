package io.ksnmp.benchmarks.nativeio;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The libc calls of the benchmarks' batched datagram peers (the {@code sendmmsg} trap sender, the
 * batched GET responder and client): {@code socket}, {@code connect}, {@code bind},
 * {@code setsockopt}, {@code getsockname}, {@code sendmmsg}, {@code recvmmsg} and {@code close},
 * bound through the JDK's foreign function API ({@code java.lang.foreign}, final since JDK 22).
 *
 * <p>This module compiles for Java 17, where that API does not exist, so the bindings are made
 * once by reflection; afterwards every call is a {@link MethodHandle#invokeExact} with a
 * primitive signature. Pointers are declared as C {@code long}s, which is how the x86-64 and
 * AArch64 calling conventions pass them, so no {@code MemorySegment} appears in a call and the
 * send loop has neither reflection nor allocation. Native memory is plain direct
 * {@link ByteBuffer}s, whose addresses {@link #addressOf} reads once. Run on JDK 22 or later with
 * {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class Libc {
    /** {@code AF_INET}. */
    public static final int AF_INET = 2;
    /** {@code SOCK_DGRAM}. */
    public static final int SOCK_DGRAM = 2;
    /** {@code SOL_SOCKET}. */
    public static final int SOL_SOCKET = 1;
    /** {@code SO_RCVBUF}. */
    public static final int SO_RCVBUF = 8;
    /** {@code SO_RCVTIMEO} (x86-64 and AArch64 Linux), a {@code struct timeval}. */
    public static final int SO_RCVTIMEO = 20;
    /** {@code MSG_WAITFORONE}: {@code recvmmsg} blocks for the first datagram only, then takes what is queued. */
    public static final int MSG_WAITFORONE = 0x10000;

    /** {@code int socket(int domain, int type, int protocol)}. */
    public final MethodHandle socket;
    /** {@code int connect(int fd, const struct sockaddr *addr, socklen_t len)}, the address as a long. */
    public final MethodHandle connect;
    /** {@code int bind(int fd, const struct sockaddr *addr, socklen_t len)}, the address as a long. */
    public final MethodHandle bind;
    /** {@code int setsockopt(int fd, int level, int name, const void *value, socklen_t len)}, the value as a long. */
    public final MethodHandle setsockopt;
    /** {@code int getsockname(int fd, struct sockaddr *addr, socklen_t *len)}, both pointers as longs. */
    public final MethodHandle getsockname;
    /** {@code int sendmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags)}, the vector as a long. */
    public final MethodHandle sendmmsg;
    /**
     * {@code int recvmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags, struct timespec *timeout)},
     * both pointers as longs (a null timeout: 0).
     */
    public final MethodHandle recvmmsg;
    /** {@code int close(int fd)}. */
    public final MethodHandle close;
    private final Method ofBuffer;
    private final Method address;

    private Libc(Binder binder, Object i, Object l, Method ofBuffer, Method address) throws ReflectiveOperationException {
        this.socket = binder.bind("socket", i, i, i, i);
        this.connect = binder.bind("connect", i, i, l, i);
        this.bind = binder.bind("bind", i, i, l, i);
        this.setsockopt = binder.bind("setsockopt", i, i, i, i, l, i);
        this.getsockname = binder.bind("getsockname", i, i, l, l);
        this.sendmmsg = binder.bind("sendmmsg", i, i, l, i, i);
        this.recvmmsg = binder.bind("recvmmsg", i, i, l, i, i, l);
        this.close = binder.bind("close", i, i);
        this.ofBuffer = ofBuffer;
        this.address = address;
    }

    /** @return whether this JVM has the final foreign function API (JDK 22 or later) */
    public static boolean available() {
        return Runtime.version().feature() >= 22;
    }

    /**
     * Binds the calls in this JVM.
     *
     * @return the bindings
     * @throws UnsupportedOperationException if this JVM is older than JDK 22, or libc lacks a symbol
     */
    public static Libc load() {
        if (!available()) {
            throw new UnsupportedOperationException("batched datagram calls need JDK 22 or later (java.lang.foreign); this is "
                    + Runtime.version());
        }
        try {
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
            Class<?> valueLayoutType = Class.forName("java.lang.foreign.ValueLayout");
            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
            Method find = lookupType.getMethod("find", String.class);
            Method of = descriptorType.getMethod("of", layoutType, layoutType.arrayType());
            Method downcall = linkerType.getMethod("downcallHandle", segmentType, descriptorType, optionType.arrayType());
            Object noOptions = Array.newInstance(optionType, 0);
            Object i = valueLayoutType.getField("JAVA_INT").get(null);
            Object l = valueLayoutType.getField("JAVA_LONG").get(null);
            Binder binder = (name, result, args) -> {
                Object arguments = Array.newInstance(layoutType, args.length);
                for (int k = 0; k < args.length; k++) {
                    Array.set(arguments, k, args[k]);
                }
                Object symbol = ((Optional<?>) find.invoke(lookup, name))
                        .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name));
                return (MethodHandle) downcall.invoke(linker, symbol, of.invoke(null, result, arguments), noOptions);
            };
            return new Libc(binder, i, l, segmentType.getMethod("ofBuffer", Buffer.class), segmentType.getMethod("address"));
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedOperationException("cannot bind libc through java.lang.foreign", e);
        }
    }

    /** Makes one downcall handle. */
    @FunctionalInterface
    private interface Binder {
        MethodHandle bind(String name, Object result, Object... args) throws ReflectiveOperationException;
    }

    /**
     * @param direct a direct buffer, kept reachable by the caller for as long as the address is used
     * @return the native address of its first byte
     */
    public long addressOf(ByteBuffer direct) {
        if (!direct.isDirect()) {
            throw new IllegalArgumentException("not a direct buffer");
        }
        try {
            return (long) address.invoke(ofBuffer.invoke(null, direct.duplicate().position(0)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a direct buffer's address", e);
        }
    }
}
