package io.ksnmp.dsl.io

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerWriter
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpMessage
import io.ksnmp.message.V3Message
import kotlinx.io.Buffer
import kotlinx.io.Sink
import kotlinx.io.Source
import kotlinx.io.readTo

/** The largest message [readSnmpMessage] reads unless told otherwise: 65,535 octets. */
public const val DEFAULT_MAX_MESSAGE_SIZE: Int = 65_535

private const val SEQUENCE_TAG = 0x30
private const val MAX_HEADER = 6

/**
 * Writes [message]'s BER encoding to this sink (neither flushed nor closed). The message is
 * encoded by [MessageCodec] as the engine encodes it, then copied into the sink: one copy.
 * Messages written one after the other form a capture [readSnmpMessages] reads back, since each
 * encoding says its own length (as SNMP over TCP, RFC 3430, frames them).
 *
 * ```
 * val buffer = Buffer()
 * buffer.writeSnmpMessage(CommunityMessage.of(SnmpVersion.V2C, "public", Pdu.get(1, names)))
 * socket.write(buffer)                          // a Ktor 3 write channel, a file sink…
 * ```
 */
public fun Sink.writeSnmpMessage(message: SnmpMessage) {
    val w = BerWriter()
    when (message) {
        is CommunityMessage -> MessageCodec.encode(message, w)
        is V3Message -> MessageCodec.encode(message, w)
    }
    write(w.array(), w.offset(), w.offset() + w.size())
}

/**
 * @return a new buffer holding this message's BER encoding
 *
 * ```
 * val bytes: Buffer = message.toBuffer()
 * ```
 */
public fun SnmpMessage.toBuffer(): Buffer = Buffer().also { it.writeSnmpMessage(this) }

/**
 * Reads one whole message from this source: its BER header first (a SEQUENCE and its length),
 * then exactly the octets that length announces, into one array that [MessageCodec] decodes.
 * Octets after the message stay in the source; after an error, what was read of the message is gone.
 *
 * ```
 * val reply = buffer.readSnmpMessage()
 * ```
 *
 * @param maxSize the longest message accepted: a longer announced length is refused before the
 *     message's content is read, so a forged length cannot make the reader buffer a stream
 * @throws BerDecodingException if the octets are not a well-formed message, announce more than
 *     [maxSize] octets, or the source ends inside the message
 * @throws java.io.EOFException if the source is exhausted before the message starts
 */
public fun Source.readSnmpMessage(maxSize: Int = DEFAULT_MAX_MESSAGE_SIZE): SnmpMessage {
    if (!request(1)) throw java.io.EOFException("no message: the source is exhausted")
    val header = ByteArray(MAX_HEADER)
    header[0] = readByte()
    val tag = header[0].toInt() and 0xff
    if (tag != SEQUENCE_TAG) throw BerDecodingException(0, "SEQUENCE (0x30)", "tag 0x%02x".format(tag))
    if (!request(1)) throw BerDecodingException(1, "a length", "the end of the input")
    header[1] = readByte()
    val first = header[1].toInt() and 0xff
    var headerSize = 2
    val content: Long = when {
        first < 0x80 -> first.toLong()
        first == 0x80 -> throw BerDecodingException(1, "a definite length", "the indefinite form")
        first > 0x84 -> throw BerDecodingException(1, "a length of at most 4 octets", "${first - 0x80} octets")
        else -> {
            val n = first - 0x80
            if (!request(n.toLong())) throw BerDecodingException(2, "$n length octets", "the end of the input")
            var v = 0L
            repeat(n) {
                val b = readByte()
                header[headerSize++] = b
                v = (v shl 8) or (b.toLong() and 0xff)
            }
            v
        }
    }
    val total = content + headerSize
    if (total > maxSize) throw BerDecodingException(1, "a message of at most $maxSize octets", "$total octets")
    if (!request(content)) throw BerDecodingException(headerSize, "$content octets of message", "the end of the input")
    val bytes = ByteArray(total.toInt())
    header.copyInto(bytes, 0, 0, headerSize)
    readTo(bytes, headerSize, bytes.size)
    return MessageCodec.decode(bytes, 0, bytes.size)
}

/**
 * Reads messages until this source is exhausted: a capture written by [writeSnmpMessage].
 *
 * ```
 * val captured = SystemFileSystem.source(Path("capture.ber")).buffered().use { it.readSnmpMessages() }
 * ```
 *
 * @throws BerDecodingException as [readSnmpMessage] does
 */
public fun Source.readSnmpMessages(maxSize: Int = DEFAULT_MAX_MESSAGE_SIZE): List<SnmpMessage> {
    val all = ArrayList<SnmpMessage>()
    while (!exhausted()) all.add(readSnmpMessage(maxSize))
    return all
}

