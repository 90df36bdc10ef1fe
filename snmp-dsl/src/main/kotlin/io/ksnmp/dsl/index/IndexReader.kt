package io.ksnmp.dsl.index

import io.ksnmp.smi.IndexDecodingException
import io.ksnmp.smi.Oid

/**
 * A cursor over a table index's arcs, for [IndexCodec.read]: each part of an index reads its arcs
 * in turn. Every failure is an [IndexDecodingException] with the position of the arc, within the
 * index, where reading failed. Not thread-safe.
 *
 * ```
 * object RouteIndex : IndexCodec<Pair<Int, Int>>() {
 *     override fun read(reader: IndexReader) = reader.nextArcAsInt() to reader.nextArcAsInt()
 *     override fun encode(value: Pair<Int, Int>) = oid(value.first, value.second)
 * }
 * ```
 */
public class IndexReader internal constructor(index: Oid) {
    private val arcs: IntArray = index.toIntArray()

    /** The position of the next arc to read, 0 for the index's first. */
    public var position: Int = 0
        private set

    /** The number of arcs not yet read. */
    public val remaining: Int get() = arcs.size - position

    /**
     * @return the next arc, 0..4,294,967,295
     * @throws IndexDecodingException if none remains
     */
    public fun nextArc(): Long {
        need(1)
        return arcs[position++].toLong() and 0xffff_ffffL
    }

    /**
     * @return the next arc as an Int (an INTEGER index: 0..2,147,483,647)
     * @throws IndexDecodingException if none remains or it is above 2,147,483,647
     */
    public fun nextArcAsInt(): Int {
        need(1)
        val arc = arcs[position]
        if (arc < 0) fail("an INTEGER index arc is at most 2147483647")
        position++
        return arc
    }

    /**
     * @param count how many arcs to read as octets
     * @return the octets
     * @throws IndexDecodingException if fewer arcs remain or one is above 255
     */
    public fun nextOctets(count: Int): ByteArray {
        need(count)
        val octets = ByteArray(count)
        for (i in 0 until count) {
            val arc = arcs[position + i]
            if (arc !in 0..255) throw IndexDecodingException("an octet index arc is at most 255", position + i)
            octets[i] = arc.toByte()
        }
        position += count
        return octets
    }

    /**
     * Reads a length arc, as a length-prefixed string or OID index starts with.
     *
     * @throws IndexDecodingException if none remains or it is more than the arcs that follow
     */
    public fun nextLength(): Int {
        need(1)
        val length = arcs[position]
        if (length < 0 || length > remaining - 1) fail("an index length arc exceeds the arcs that follow")
        position++
        return length
    }

    /**
     * @param count how many arcs to read
     * @return them as an OID
     * @throws IndexDecodingException if fewer remain
     */
    public fun nextOid(count: Int): Oid {
        need(count)
        val value = Oid.fromUnsignedInts(arcs.copyOfRange(position, position + count))
        position += count
        return value
    }

    /**
     * Fails reading at the current arc.
     *
     * @throws IndexDecodingException always
     */
    public fun fail(reason: String): Nothing = throw IndexDecodingException(reason, position)

    /** @throws IndexDecodingException if arcs remain */
    internal fun requireEnd() {
        if (remaining != 0) fail("$remaining index arcs left unread")
    }

    private fun need(count: Int) {
        if (count > remaining) fail("the index needs $count more arcs, $remaining remain")
    }
}
