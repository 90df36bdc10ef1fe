package io.ksnmp.coroutines.internal

import java.io.File
import java.io.FileInputStream
import java.io.IOException
import java.security.SecureRandom
import java.security.SecureRandomSpi

/**
 * The engine's unpredictable numbers (request-ids and msgIDs, the salt counters' starting values,
 * new engine IDs): the kernel's generator read directly from `/dev/urandom` where it can be read,
 * else (or if a read fails) the JDK's default [SecureRandom]. On Linux the JDK's default, NativePRNG,
 * reads that same device; read directly, an engine that lives for one request (the `ksnmp` tool
 * run from a shell) does not pay the start-up of the JDK's security providers, tens of
 * milliseconds, for the few octets it needs.
 */
internal object EngineRandom {
    private val URANDOM = File("/dev/urandom")

    /** A new source: the kernel's when readable, else the JDK's default. */
    fun secureRandom(): SecureRandom = if (URANDOM.canRead()) KernelRandom() else SecureRandom()

    /** A [SecureRandom] whose octets come from `/dev/urandom`; created without the JDK's provider list. */
    private class KernelRandom : SecureRandom(KernelSpi(), null)

    private class KernelSpi : SecureRandomSpi() {
        private val fallback by lazy { SecureRandom() }

        /** The kernel's pool needs no seed from us; a caller's seed would only be mixed in, never relied on. */
        override fun engineSetSeed(seed: ByteArray) = Unit

        override fun engineNextBytes(bytes: ByteArray) {
            try {
                FileInputStream(URANDOM).use { input ->
                    var off = 0
                    while (off < bytes.size) {
                        val n = input.read(bytes, off, bytes.size - off)
                        if (n < 0) throw IOException("end of /dev/urandom")
                        off += n
                    }
                }
            } catch (e: IOException) {
                fallback.nextBytes(bytes)
            }
        }

        override fun engineGenerateSeed(numBytes: Int): ByteArray = ByteArray(numBytes).also(::engineNextBytes)
    }
}
