package io.ksnmp.coroutines.internal

import java.lang.invoke.MethodHandle
import java.lang.reflect.Array as ReflectArray
import java.lang.reflect.Method
import java.nio.Buffer
import java.nio.ByteBuffer
import java.util.Optional

/**
 * The three Linux calls of batched datagram I/O (`recvmmsg`, `sendmmsg`, `getsockname`), bound
 * through the JDK's foreign function API (`java.lang.foreign`, final since JDK 22).
 *
 * This module compiles for Java 17, where that API does not exist, so the bindings are made once,
 * by reflection, when this file's class loads; afterwards every call is a
 * [MethodHandle.invokeExact] on a constant handle with a primitive signature. Pointers are passed
 * as C `long`s (how the x86-64 and AArch64 calling conventions pass them), so no `MemorySegment`
 * appears in a call: native memory is direct [ByteBuffer]s whose addresses [addressOf] reads once.
 *
 * The calls are bound only where they can be used quietly: Linux, JDK 22 or later, and native
 * access enabled for this code's module (`--enable-native-access=ALL-UNNAMED` on the class path,
 * or the module's name). Anywhere else [AVAILABLE] is false and the engine keeps to NIO: no
 * warning is printed and nothing is switched by a property.
 */
internal object NativeDatagramCalls {
    /** Why the calls are not bound, or null when they are. */
    val unavailableReason: String?

    /** Whether the calls are bound. */
    val AVAILABLE: Boolean get() = unavailableReason == null

    private val ofBuffer: Method?
    private val address: Method?

    init {
        var reason: String? = null
        var ofBufferMethod: Method? = null
        var addressMethod: Method? = null
        try {
            reason = preconditionFailure()
            if (reason == null) {
                val segmentType = Class.forName("java.lang.foreign.MemorySegment")
                ofBufferMethod = segmentType.getMethod("ofBuffer", Buffer::class.java)
                addressMethod = segmentType.getMethod("address")
            }
        } catch (e: ReflectiveOperationException) {
            reason = "java.lang.foreign cannot be reached: $e"
        } catch (e: RuntimeException) {
            reason = "java.lang.foreign cannot be reached: $e"
        }
        unavailableReason = reason ?: if (Handles.RECVMMSG == null) Handles.failure else null
        ofBuffer = ofBufferMethod
        address = addressMethod
    }

    /** `int recvmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags, struct timespec *timeout)`. */
    fun recvmmsg(fd: Int, vector: Long, count: Int, flags: Int): Int =
        Handles.RECVMMSG!!.invokeExact(fd, vector, count, flags, 0L) as Int

    /** `int sendmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags)`. */
    fun sendmmsg(fd: Int, vector: Long, count: Int, flags: Int): Int =
        Handles.SENDMMSG!!.invokeExact(fd, vector, count, flags) as Int

    /** `int getsockname(int fd, struct sockaddr *addr, socklen_t *len)`. */
    fun getsockname(fd: Int, address: Long, lengthPointer: Long): Int =
        Handles.GETSOCKNAME!!.invokeExact(fd, address, lengthPointer) as Int

    /** `int getsockopt(int fd, int level, int optname, void *optval, socklen_t *optlen)`. */
    fun getsockopt(fd: Int, level: Int, name: Int, value: Long, lengthPointer: Long): Int =
        Handles.GETSOCKOPT!!.invokeExact(fd, level, name, value, lengthPointer) as Int

    /**
     * @param direct a direct buffer, kept reachable by the caller while the address is in use
     * @return the native address of its first octet
     */
    fun addressOf(direct: ByteBuffer): Long {
        require(direct.isDirect) { "not a direct buffer" }
        return address!!.invoke(ofBuffer!!.invoke(null, direct.duplicate().position(0))) as Long
    }

    private fun preconditionFailure(): String? {
        if (!System.getProperty("os.name", "").startsWith("Linux")) return "not Linux"
        if (Runtime.version().feature() < 22) return "JDK ${Runtime.version().feature()} has no final java.lang.foreign (22 or later)"
        val module = NativeDatagramCalls::class.java.module
        val enabled = Module::class.java.getMethod("isNativeAccessEnabled").invoke(module) as Boolean
        return if (enabled) null else "native access is not enabled for ${module.name ?: "the class path"} (--enable-native-access)"
    }

    /** The handles, in static finals of their own class so the JIT treats them as constants. */
    private object Handles {
        @JvmField val RECVMMSG: MethodHandle?
        @JvmField val SENDMMSG: MethodHandle?
        @JvmField val GETSOCKNAME: MethodHandle?
        @JvmField val GETSOCKOPT: MethodHandle?
        var failure: String? = null

        init {
            var recv: MethodHandle? = null
            var send: MethodHandle? = null
            var name: MethodHandle? = null
            var option: MethodHandle? = null
            if (NativeDatagramCalls.preconditionFailureOrNull() == null) {
                try {
                    val binder = Binder()
                    recv = binder.bind("recvmmsg", Binder.INT, Binder.INT, Binder.LONG, Binder.INT, Binder.INT, Binder.LONG)
                    send = binder.bind("sendmmsg", Binder.INT, Binder.INT, Binder.LONG, Binder.INT, Binder.INT)
                    name = binder.bind("getsockname", Binder.INT, Binder.INT, Binder.LONG, Binder.LONG)
                    option = binder.bind("getsockopt", Binder.INT, Binder.INT, Binder.INT, Binder.INT, Binder.LONG, Binder.LONG)
                } catch (e: ReflectiveOperationException) {
                    failure = "cannot bind libc through java.lang.foreign: $e"
                } catch (e: RuntimeException) {
                    failure = "cannot bind libc through java.lang.foreign: $e"
                }
            } else {
                failure = "not bound"
            }
            RECVMMSG = if (failure == null) recv else null
            SENDMMSG = if (failure == null) send else null
            GETSOCKNAME = if (failure == null) name else null
            GETSOCKOPT = if (failure == null) option else null
        }
    }

    private fun preconditionFailureOrNull(): String? = try {
        preconditionFailure()
    } catch (e: ReflectiveOperationException) {
        e.toString()
    }

    /** Makes downcall handles from the native linker's default lookup (libc). */
    private class Binder {
        private val linkerType = Class.forName("java.lang.foreign.Linker")
        private val layoutType = Class.forName("java.lang.foreign.MemoryLayout")
        private val descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor")
        private val optionType = Class.forName("java.lang.foreign.Linker\$Option")
        private val linker = linkerType.getMethod("nativeLinker").invoke(null)
        private val lookup = linkerType.getMethod("defaultLookup").invoke(linker)
        private val find = Class.forName("java.lang.foreign.SymbolLookup").getMethod("find", String::class.java)
        private val of = descriptorType.getMethod("of", layoutType, layoutType.arrayType())
        private val downcall = linkerType.getMethod(
            "downcallHandle", Class.forName("java.lang.foreign.MemorySegment"), descriptorType, optionType.arrayType(),
        )

        fun bind(name: String, result: Any, vararg args: Any): MethodHandle {
            val layouts = ReflectArray.newInstance(layoutType, args.size)
            args.forEachIndexed { k, layout -> ReflectArray.set(layouts, k, layout) }
            val symbol = (find.invoke(lookup, name) as Optional<*>).orElseThrow { UnsupportedOperationException("libc has no $name") }
            return downcall.invoke(linker, symbol, of.invoke(null, result, layouts), ReflectArray.newInstance(optionType, 0)) as MethodHandle
        }

        companion object {
            private val valueLayoutType = Class.forName("java.lang.foreign.ValueLayout")
            val INT: Any = valueLayoutType.getField("JAVA_INT").get(null)
            val LONG: Any = valueLayoutType.getField("JAVA_LONG").get(null)
        }
    }
}
