package io.ksnmp.coroutines.internal

import java.security.SecureRandom
import java.util.random.RandomGenerator

/**
 * The output of a [SecureRandom], fetched a few kilobytes at a time: the same unpredictable ids,
 * without paying a `SecureRandom` call (a lock, a digest, a copy) for every request. Not
 * thread-safe: the loop thread owns it.
 */
internal class BufferedRandom(private val source: SecureRandom, size: Int = 4096) : RandomGenerator {
    private val buffer = ByteArray(size)
    private var position = size

    override fun nextInt(): Int {
        if (position + Int.SIZE_BYTES > buffer.size) refill()
        val b = buffer
        val p = position
        position = p + Int.SIZE_BYTES
        return (b[p].toInt() and 0xff shl 24) or (b[p + 1].toInt() and 0xff shl 16) or
            (b[p + 2].toInt() and 0xff shl 8) or (b[p + 3].toInt() and 0xff)
    }

    override fun nextLong(): Long = (nextInt().toLong() shl 32) or (nextInt().toLong() and 0xffffffffL)

    private fun refill() {
        source.nextBytes(buffer)
        position = 0
    }
}
