package io.ksnmp.coroutines.internal

/**
 * A map from non-zero `Int` keys to values, open addressing with linear probing, so the engine's
 * request tables (request-ids, msgIDs, live ids) neither box their keys nor allocate an entry per
 * request. Key 0 is not allowed (request-ids and msgIDs are 1..2,147,483,647). Removal shifts
 * the following entries back, so no tombstones pile up however many requests come and go. Not
 * thread-safe: the loop thread owns it.
 */
internal class IntHashMap<V : Any>(expected: Int = 16) {
    private var keys: IntArray
    private var values: Array<Any?>
    private var mask: Int

    /** The number of entries. */
    var size: Int = 0
        private set

    init {
        var capacity = 16
        while (capacity < expected * 2) capacity = capacity shl 1
        keys = IntArray(capacity)
        values = arrayOfNulls(capacity)
        mask = capacity - 1
    }

    /** @return the value for [key], or null */
    operator fun get(key: Int): V? {
        var i = slot(key)
        while (true) {
            val k = keys[i]
            if (k == key) {
                @Suppress("UNCHECKED_CAST")
                return values[i] as V
            }
            if (k == 0) return null
            i = (i + 1) and mask
        }
    }

    /** @return whether [key] has a value */
    fun containsKey(key: Int): Boolean = get(key) != null

    /** Maps [key] to [value], replacing any value it had. */
    operator fun set(key: Int, value: V) {
        require(key != 0) { "key 0" }
        var i = slot(key)
        while (true) {
            val k = keys[i]
            if (k == key) {
                values[i] = value
                return
            }
            if (k == 0) {
                keys[i] = key
                values[i] = value
                if (++size * 2 > keys.size) grow()
                return
            }
            i = (i + 1) and mask
        }
    }

    /** @return the value [key] had, or null; the key has none afterwards */
    fun remove(key: Int): V? {
        var i = slot(key)
        while (true) {
            val k = keys[i]
            if (k == 0) return null
            if (k == key) break
            i = (i + 1) and mask
        }
        @Suppress("UNCHECKED_CAST")
        val old = values[i] as V
        size--
        // Shift back every following entry of the run that would no longer be reachable.
        var hole = i
        var j = (i + 1) and mask
        while (true) {
            val k = keys[j]
            if (k == 0) break
            val home = slot(k)
            // Move it if its home is not in (hole, j] (cyclically).
            val reachable = if (hole <= j) home in (hole + 1)..j else home > hole || home <= j
            if (!reachable) {
                keys[hole] = k
                values[hole] = values[j]
                hole = j
            }
            j = (j + 1) and mask
        }
        keys[hole] = 0
        values[hole] = null
        return old
    }

    /** Removes every entry. */
    fun clear() {
        keys.fill(0)
        values.fill(null)
        size = 0
    }

    private fun slot(key: Int): Int {
        val h = key * -0x61c88647 // Fibonacci hashing spreads sequential and random ids alike
        return (h xor (h ushr 16)) and mask
    }

    private fun grow() {
        val oldKeys = keys
        val oldValues = values
        val capacity = oldKeys.size shl 1
        keys = IntArray(capacity)
        values = arrayOfNulls(capacity)
        mask = capacity - 1
        for (i in oldKeys.indices) {
            val k = oldKeys[i]
            if (k != 0) {
                var j = slot(k)
                while (keys[j] != 0) j = (j + 1) and mask
                keys[j] = k
                values[j] = oldValues[i]
            }
        }
    }
}
