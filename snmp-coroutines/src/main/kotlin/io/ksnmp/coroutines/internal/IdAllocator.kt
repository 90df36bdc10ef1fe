package io.ksnmp.coroutines.internal

import java.util.random.RandomGenerator

/**
 * Hands out random request-ids and msgIDs in 1..2,147,483,647, never one that is still live, so
 * a late reply to a finished request cannot be taken for a new one. Loop thread only.
 */
internal class IdAllocator(private val random: RandomGenerator) {
    private val live = IntHashMap<Any>()

    /** @return a fresh id, now live until [release] */
    fun allocate(): Int {
        while (true) {
            val id = random.nextInt(1, Int.MAX_VALUE)
            if (!live.containsKey(id)) {
                live[id] = LIVE
                return id
            }
        }
    }

    /** Makes [id] available again. */
    fun release(id: Int) {
        live.remove(id)
    }

    /** @return how many ids are live */
    val liveCount: Int get() = live.size

    private companion object {
        val LIVE = Any()
    }
}
