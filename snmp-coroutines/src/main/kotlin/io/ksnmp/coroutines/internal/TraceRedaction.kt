package io.ksnmp.coroutines.internal

import io.ksnmp.ber.BerTag
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.SnmpMessage
import io.ksnmp.pdu.PduType

/**
 * What a packet trace shows of one datagram: [bytes], a copy with the community's octets
 * replaced by `*`, or nothing at all ([withheld]) when where the community lies cannot be told
 * for certain. The only way trace bytes are made, for every datagram sent or received,
 * decodable or not.
 */
internal class TracedDatagram(val bytes: ByteArray, val withheld: Boolean)

/**
 * Makes the trace's view of [copy] (which it may modify and keep): see [locateCommunity] for
 * which datagrams are shown masked, shown as they are, or withheld.
 */
internal fun redactForTrace(copy: ByteArray): TracedDatagram = when (val at = locateCommunity(copy, copy.size)) {
    is CommunityLocation.At -> {
        copy.fill(MASK, at.start, at.end)
        TracedDatagram(copy, withheld = false)
    }
    CommunityLocation.Absent -> TracedDatagram(copy, withheld = false)
    CommunityLocation.Uncertain -> TracedDatagram(NOTHING, withheld = true)
}

/** [message] as the trace shows it: a community message gets a community of as many `*` as it had octets. */
internal fun maskedForTrace(message: SnmpMessage): SnmpMessage = when (message) {
    is CommunityMessage -> CommunityMessage.of(message.version(), ByteArray(message.community().size) { MASK }, message.pdu())
    else -> message
}

/** Where the community's value octets lie in a datagram, as far as its bytes tell. */
internal sealed interface CommunityLocation {
    /** The octets `[start, end)` are the community's value, and a PDU header right after them confirms where it ends. */
    class At(val start: Int, val end: Int) : CommunityLocation

    /** An SNMPv3 message: no community, and no secret on the wire. */
    object Absent : CommunityLocation

    /** The bytes may hold a community somewhere their structure does not pin down. */
    object Uncertain : CommunityLocation
}

/**
 * Walks the BER prefix of the datagram in `bytes[0, length)` leniently: what follows the prefix
 * is not read, so trailing octets and truncation after it do not matter, but every tag and
 * length on the way must be what a message has there, and all of the prefix must be present.
 * - version 0 or 1, then an OCTET STRING: the community. It is [CommunityLocation.At] when all of
 *   it is in the data and a PDU header follows that confirms where it ends: a PDU tag, a length
 *   that ends the PDU exactly where the outer SEQUENCE's length ends the message, a complete
 *   first field of the PDU's kind and the second field's tag. A community length off by a few
 *   octets would have to make its neighbours forge all of that;
 * - version 3, then a complete msgGlobalData (msgID, msgMaxSize, a one-octet msgFlags and
 *   msgSecurityModel, filling its SEQUENCE exactly) and the tag of msgSecurityParameters:
 *   [CommunityLocation.Absent]. SNMPv3 carries no secret on the wire: keys and passwords never
 *   leave the engine, and the authentication and privacy parameters are a MAC and a salt;
 * - anything else (another tag or version, a malformed or inconsistent length, data ending
 *   inside the prefix or the community): [CommunityLocation.Uncertain].
 *
 * Every message `MessageCodec.decode` accepts is [CommunityLocation.At] (v1, v2c) or
 * [CommunityLocation.Absent] (v3).
 */
internal fun locateCommunity(bytes: ByteArray, length: Int): CommunityLocation {
    val r = PrefixReader(bytes, length)
    val outerLength = r.header { it == BerTag.SEQUENCE }
    if (outerLength < 0) return CommunityLocation.Uncertain
    val messageEnd = r.pos + outerLength
    when (r.smallInteger(r.header { it == BerTag.INTEGER })) {
        0, 1 -> Unit
        3 -> return if (r.globalDataFollows()) CommunityLocation.Absent else CommunityLocation.Uncertain
        else -> return CommunityLocation.Uncertain
    }
    val communityLength = r.header { it == BerTag.OCTET_STRING }
    if (communityLength < 0 || communityLength > length - r.pos) return CommunityLocation.Uncertain
    val start = r.pos
    val end = start + communityLength.toInt()
    r.pos = end
    return if (r.pduHeaderEnd() == messageEnd) CommunityLocation.At(start, end) else CommunityLocation.Uncertain
}

/** A cursor over a datagram's first octets that never throws: -1 or false say the octets are not what was asked for, or end too soon. */
private class PrefixReader(private val bytes: ByteArray, private val limit: Int) {
    var pos = 0

    /**
     * Reads a tag [accepts] and a definite length (short form or up to four octets, as the
     * decoder allows); the length is not checked against the data left.
     *
     * @return the length, or -1
     */
    fun header(accepts: (Int) -> Boolean): Long {
        if (pos + 2 > limit || !accepts(bytes[pos].toInt() and 0xff)) return -1
        val first = bytes[pos + 1].toInt() and 0xff
        pos += 2
        if (first < 0x80) return first.toLong()
        val count = first and 0x7f
        if (count == 0 || count > 4 || count > limit - pos) return -1
        var length = 0L
        repeat(count) { length = (length shl 8) or (bytes[pos++].toLong() and 0xff) }
        return length
    }

    /**
     * Reads [length] content octets of an INTEGER, all present, as the decoder reads them
     * (leading zero octets allowed).
     *
     * @return its value if it is 0..127, else -1
     */
    fun smallInteger(length: Long): Int {
        if (length < 1 || length > limit - pos) return -1
        val last = pos + length.toInt() - 1
        for (i in pos until last) if (bytes[i].toInt() != 0) return -1
        val value = bytes[last].toInt()
        pos = last + 1
        return if (value >= 0) value else -1
    }

    /** Skips a whole primitive value with [tag] and [lengths] content octets, all present. */
    private fun skip(tag: Int, lengths: LongRange): Boolean {
        val length = header { it == tag }
        if (length !in lengths || length > limit - pos) return false
        pos += length.toInt()
        return true
    }

    /** Whether a complete msgGlobalData starts at the cursor, followed by the tag of msgSecurityParameters. */
    fun globalDataFollows(): Boolean {
        val length = header { it == BerTag.SEQUENCE }
        if (length < 0) return false
        val end = pos + length
        return skip(BerTag.INTEGER, ANY) && skip(BerTag.INTEGER, ANY) && skip(BerTag.OCTET_STRING, 1L..1L) &&
            skip(BerTag.INTEGER, ANY) && pos.toLong() == end && pos < limit && (bytes[pos].toInt() and 0xff) == BerTag.OCTET_STRING
    }

    /**
     * Reads a PDU header at the cursor, all of it present: the tag, a length, the first field
     * whole and the second's tag.
     *
     * @return where the PDU's length says it ends, or -1
     */
    fun pduHeaderEnd(): Long {
        if (pos >= limit) return -1
        val type = PduType.fromTagOrNull(bytes[pos].toInt() and 0xff) ?: return -1
        val pduLength = header { true }
        if (pduLength < 0) return -1
        val pduEnd = pos + pduLength
        val trap = type == PduType.TRAP_V1
        val firstLength = header { it == (if (trap) BerTag.OBJECT_IDENTIFIER else BerTag.INTEGER) }
        if (firstLength < 1 || firstLength > limit - pos) return -1
        pos += firstLength.toInt()
        val secondTag = if (trap) BerTag.IP_ADDRESS else BerTag.INTEGER
        return if (pos < limit && (bytes[pos].toInt() and 0xff) == secondTag) pduEnd else -1
    }
}

/** Any non-empty content: the decoder reads integers with leading zero octets too. */
private val ANY = 1L..Long.MAX_VALUE
private const val MASK: Byte = '*'.code.toByte()
private val NOTHING = ByteArray(0)
