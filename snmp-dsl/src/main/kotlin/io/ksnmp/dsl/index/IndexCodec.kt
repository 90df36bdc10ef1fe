package io.ksnmp.dsl.index

import io.ksnmp.smi.IndexDecodingException
import io.ksnmp.smi.Oid

/**
 * How a table's INDEX (RFC 2578 §7.7) maps between the arcs after a column's OID and a Kotlin
 * value [T]: an `Int` for `INTEGER`, a `String` for a `DisplayString` (with or without `IMPLIED`),
 * an `Inet4Address`, a `Pair` for two parts. The ready-made codecs are [integerIndex],
 * [unsignedIndex], [stringIndex], [octetsIndex], [fixedOctetsIndex], [ipAddressIndex], [oidIndex],
 * [enumIndex], [inetAddressIndex] and [index] for several parts; [map] adapts one to a type of
 * your own.
 *
 * ```
 * val ipNetToMedia = index(integerIndex(), ipAddressIndex())
 * val arcs = ipNetToMedia.encode(3 to InetAddress.getByName("192.0.2.1") as Inet4Address)   // 3.192.0.2.1
 * val (ifIndex, address) = ipNetToMedia.decode(arcs)
 * ```
 *
 * Decoding fails with [IndexDecodingException] (with the position of the arc) for arcs that do not
 * parse: too few, too many, an octet above 255, a length that runs past the end.
 */
public abstract class IndexCodec<T : Any> {
    /**
     * Whether this part takes every remaining arc (an `IMPLIED` string or OID), so it can only be
     * an index's last part.
     */
    public open val takesRemainingArcs: Boolean get() = false

    /**
     * @return the arcs of [value]
     * @throws IllegalArgumentException if [value] has no index form (a negative INTEGER, an octet string of the wrong fixed length)
     */
    public abstract fun encode(value: T): Oid

    /**
     * Reads this part of an index from [reader], leaving it at the next part.
     *
     * @throws IndexDecodingException if the arcs do not parse
     */
    public abstract fun read(reader: IndexReader): T

    /**
     * Reads an index that is exactly this codec's value.
     *
     * @param index the arcs after a column's OID
     * @throws IndexDecodingException if the arcs do not parse, or arcs are left over
     */
    public open fun decode(index: Oid): T {
        val reader = IndexReader(index)
        val value = read(reader)
        reader.requireEnd()
        return value
    }

    /**
     * This codec with its values mapped to a type of your own.
     *
     * ```
     * @JvmInline value class IfIndex(val value: Int)
     * val ifIndex = integerIndex().map(::IfIndex, IfIndex::value)
     * ```
     */
    public fun <R : Any> map(decode: (T) -> R, encode: (R) -> T): IndexCodec<R> {
        val base = this
        return object : IndexCodec<R>() {
            override val takesRemainingArcs: Boolean get() = base.takesRemainingArcs

            override fun encode(value: R): Oid = base.encode(encode(value))

            override fun read(reader: IndexReader): R = decode(base.read(reader))
        }
    }
}
