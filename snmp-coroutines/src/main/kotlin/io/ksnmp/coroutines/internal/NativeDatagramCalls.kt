package io.ksnmp.coroutines.internal

import java.lang.invoke.MethodHandle
import java.lang.reflect.Array as ReflectArray
import java.lang.reflect.Method
import java.nio.Buffer
import java.nio.ByteBuffer
import java.util.Optional

/**
 * The Linux calls of batched datagram I/O (`recvmmsg`, `sendmmsg`, and `getsockname` and
 * `getsockopt` to find a channel's descriptor), bound through the JDK's foreign function API
 * (`java.lang.foreign`, final since JDK 22).
 *
 * This module compiles for Java 17, where that API does not exist, so the bindings are made once,
 * by reflection, when this file's classes load; afterwards every call is a
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
    val unavailableReason: String? get() = Handles.failure

    /** Whether the calls are bound. */
    val AVAILABLE: Boolean get() = Handles.failure == null

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
        return Handles.ADDRESS!!.invoke(Handles.OF_BUFFER!!.invoke(null, direct.duplicate().position(0))) as Long
    }

    /** The bindings, in static finals of their own class so the JIT treats them as constants; all or none. */
    private object Handles {
        @JvmField val RECVMMSG: MethodHandle?
        @JvmField val SENDMMSG: MethodHandle?
        @JvmField val GETSOCKNAME: MethodHandle?
        @JvmField val GETSOCKOPT: MethodHandle?
        @JvmField val OF_BUFFER: Method?
        @JvmField val ADDRESS: Method?

        /** Why nothing is bound, or null. */
        @JvmField val failure: String?

        init {
            var handles: List<MethodHandle>? = null
            var methods: List<Method>? = null
            var reason: String? = null
            try {
                reason = preconditionFailure()
                if (reason == null) {
                    val binder = Binder()
                    val int = Binder.INT
                    val long = Binder.LONG
                    handles = listOf(
                        binder.bind("recvmmsg", int, int, long, int, int, long),
                        binder.bind("sendmmsg", int, int, long, int, int),
                        binder.bind("getsockname", int, int, long, long),
                        binder.bind("getsockopt", int, int, int, int, long, long),
                    )
                    val segmentType = Class.forName("java.lang.foreign.MemorySegment")
                    methods = listOf(segmentType.getMethod("ofBuffer", Buffer::class.java), segmentType.getMethod("address"))
                }
            } catch (e: ReflectiveOperationException) {
                reason = "cannot bind libc through java.lang.foreign: $e"
            } catch (e: RuntimeException) {
                reason = "cannot bind libc through java.lang.foreign: $e"
            }
            failure = reason
            RECVMMSG = handles?.get(0)
            SENDMMSG = handles?.get(1)
            GETSOCKNAME = handles?.get(2)
            GETSOCKOPT = handles?.get(3)
            OF_BUFFER = methods?.get(0)
            ADDRESS = methods?.get(1)
        }

        private fun preconditionFailure(): String? {
            if (!System.getProperty("os.name", "").startsWith("Linux")) return "not Linux"
            if (Runtime.version().feature() < 22) return "JDK ${Runtime.version().feature()} has no final java.lang.foreign (22 or later)"
            val module = NativeDatagramCalls::class.java.module
            val enabled = Module::class.java.getMethod("isNativeAccessEnabled").invoke(module) as Boolean
            return if (enabled) null else "native access is not enabled for ${module.name ?: "the class path"} (--enable-native-access)"
        }
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
