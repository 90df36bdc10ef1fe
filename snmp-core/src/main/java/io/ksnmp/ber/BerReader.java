package io.ksnmp.ber;

import java.nio.ByteBuffer;

/**
 * A bounded cursor over BER-encoded bytes.
 *
 * <p>Every read checks its bounds against the innermost enclosing constructed value, so a
 * forged length can neither read past its parent nor make the reader allocate: lengths are
 * compared with the bytes actually present before anything is copied. Definite lengths in
 * short and long form are accepted (including non-minimal long forms such as {@code 82 00 05});
 * indefinite lengths are rejected. Integers decode without allocating and tolerate the
 * redundant leading {@code 00}/{@code FF} octets some agents emit.
 *
 * <p>Every malformed input ends in a {@link BerDecodingException}; no other exception escapes.
 *
 * <pre>{@code
 * BerReader r = new BerReader(bytes, 0, bytes.length);
 * int end = r.enter(BerTag.SEQUENCE);
 * int version = r.readInt32(BerTag.INTEGER);
 * byte[] community = r.readOctets(BerTag.OCTET_STRING);
 * ...
 * r.exit(end);
 * r.requireEnd();
 * }</pre>
 *
 * <p>A reader is not thread-safe; it is meant to be created per datagram.
 */
public final class BerReader {
    /** How deep constructed values may nest; SNMP messages need at most six levels. */
    public static final int MAX_DEPTH = 16;

    private byte[] buf;
    private int base;
    private int pos;
    private int limit;
    private int depth;

    /**
     * Reads {@code length} bytes of {@code buf} starting at {@code offset}. The bytes are not
     * copied; they must not change while the reader is in use.
     *
     * @param buf the encoded bytes
     * @param offset index of the first byte
     * @param length number of bytes
     * @throws IndexOutOfBoundsException if the range lies outside {@code buf} (a caller bug,
     *     not malformed input)
     */
    @SuppressWarnings("this-escape")
    public BerReader(byte[] buf, int offset, int length) {
        reset(buf, offset, length);
    }

    /**
     * Points this reader at other bytes, so one reader can serve many datagrams.
     *
     * @param bytes the encoded bytes
     * @param offset index of the first byte
     * @param length number of bytes
     * @return this reader
     * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
     */
    public BerReader reset(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        this.buf = bytes;
        this.base = offset;
        this.pos = offset;
        this.limit = offset + length;
        this.depth = 0;
        return this;
    }

    /**
     * Reads the remaining bytes of a buffer (from its position to its limit) without moving it.
     * A heap buffer is read in place; a direct buffer is copied once.
     *
     * @param buffer the encoded bytes
     * @return a reader over them
     */
    public static BerReader of(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            return new BerReader(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        }
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return new BerReader(copy, 0, copy.length);
    }

    /** @return the current position, counted from the first byte handed to this reader */
    public int offset() {
        return pos - base;
    }

    /** @return the index into the underlying array of the next byte to read */
    public int arrayIndex() {
        return pos;
    }

    /** @return the underlying array (not a copy) */
    public byte[] array() {
        return buf;
    }

    /** @return whether bytes remain before the end of the innermost constructed value */
    public boolean hasRemaining() {
        return pos < limit;
    }

    /** @return the bytes left before the end of the innermost constructed value */
    public int remaining() {
        return limit - pos;
    }

    /**
     * Looks at the next tag without consuming it.
     *
     * @return the next identifier octet (0..255)
     * @throws BerDecodingException if no byte remains
     */
    public int peekTag() {
        if (pos >= limit) {
            throw error("a tag", "end of data");
        }
        return buf[pos] & 0xff;
    }

    /**
     * Reads a tag and checks it.
     *
     * @param expectedTag the identifier octet required here
     * @throws BerDecodingException if another tag, or nothing, is there
     */
    public void readTag(int expectedTag) {
        int tag = peekTag();
        if (tag != expectedTag) {
            throw error(BerTag.name(expectedTag), BerTag.name(tag));
        }
        pos++;
    }

    /**
     * Reads a definite length and checks that that many bytes remain in the enclosing value.
     *
     * @return the length, which is at most {@link #remaining()}
     * @throws BerDecodingException for truncated, indefinite, oversized or forged lengths
     */
    public int readLength() {
        if (pos >= limit) {
            throw error("a length", "end of data");
        }
        int first = buf[pos] & 0xff;
        long length;
        if (first < 0x80) {
            length = first;
            pos++;
        } else {
            if (first == 0x80) {
                throw error("a definite length", "the indefinite form");
            }
            int count = first & 0x7f;
            if (count > 4) {
                throw error("a length of at most 4 octets", count + " length octets");
            }
            if (limit - pos - 1 < count) {
                throw error(count + " length octets", "end of data");
            }
            length = 0;
            for (int i = 1; i <= count; i++) {
                length = (length << 8) | (buf[pos + i] & 0xff);
            }
            pos += 1 + count;
        }
        if (length > limit - pos) {
            throw error("at most " + (limit - pos) + " content octets", "a longer length");
        }
        return (int) length;
    }

    /**
     * Enters a constructed value: reads its tag and length and limits further reads to its
     * contents until the matching {@link #exit(int)}.
     *
     * @param expectedTag the constructed tag required here, e.g. {@link BerTag#SEQUENCE}
     * @return a token to hand to {@link #exit(int)}
     * @throws BerDecodingException on a wrong tag, bad length, or nesting past {@link #MAX_DEPTH}
     */
    public int enter(int expectedTag) {
        readTag(expectedTag);
        return enterContents();
    }

    /**
     * Enters the contents of a constructed value whose tag has already been consumed.
     *
     * @return a token to hand to {@link #exit(int)}
     * @throws BerDecodingException on a bad length or nesting past {@link #MAX_DEPTH}
     */
    public int enterContents() {
        if (depth >= MAX_DEPTH) {
            throw error("nesting of at most " + MAX_DEPTH + " levels", "deeper nesting");
        }
        int length = readLength();
        int outer = limit;
        limit = pos + length;
        depth++;
        return outer;
    }

    /**
     * Leaves the constructed value entered last, requiring that all of it was read.
     *
     * @param token what the matching {@code enter} returned
     * @throws BerDecodingException if bytes of the constructed value were left unread
     */
    public void exit(int token) {
        if (pos != limit) {
            throw error("the end of a constructed value", (limit - pos) + " trailing octets");
        }
        limit = token;
        depth--;
    }

    /**
     * Requires that nothing is left to read.
     *
     * @throws BerDecodingException if bytes remain
     */
    public void requireEnd() {
        if (pos != limit) {
            throw error("the end of the data", (limit - pos) + " trailing octets");
        }
    }

    /**
     * Counts the complete values between the cursor and the end of the innermost constructed
     * value, without moving the cursor: lets decoders size arrays exactly.
     *
     * @return the number of values
     * @throws BerDecodingException if a length is malformed
     */
    public int countValues() {
        int saved = pos;
        int count = 0;
        try {
            while (pos < limit) {
                skipValue();
                count++;
            }
        } finally {
            pos = saved;
        }
        return count;
    }

    /**
     * Skips the next complete value, whatever its tag.
     *
     * @throws BerDecodingException if its length is malformed
     */
    public void skipValue() {
        peekTag();
        pos++;
        int length = readLength();
        pos += length;
    }

    /**
     * Reads an INTEGER-encoded value that must fit in a signed 32-bit integer.
     *
     * @param expectedTag the tag required here, usually {@link BerTag#INTEGER}
     * @return the value
     * @throws BerDecodingException on a wrong tag, an empty encoding or a value out of range
     */
    public int readInt32(int expectedTag) {
        readTag(expectedTag);
        int length = readLength();
        int start = significantStart(length);
        int significant = pos + length - start;
        if (significant > 4) {
            throw error("an integer of at most 32 bits", significant + " significant octets");
        }
        int value = buf[start];
        for (int i = start + 1; i < pos + length; i++) {
            value = (value << 8) | (buf[i] & 0xff);
        }
        pos += length;
        return value;
    }

    /**
     * Reads an unsigned 32-bit value (Counter32, Gauge32, TimeTicks). The proper encoding of
     * values from 2^31 takes five octets with a leading zero; encodings that lack it and so look
     * negative (sent by some agents) are read as the unsigned 32-bit pattern.
     *
     * @param expectedTag the tag required here
     * @return the value, 0..4,294,967,295
     * @throws BerDecodingException on a wrong tag, an empty encoding or more than 32 bits
     */
    public long readUnsigned32(int expectedTag) {
        return readUnsigned(expectedTag, 4) & 0xffff_ffffL;
    }

    /**
     * Reads an unsigned 64-bit value (Counter64) and returns its bit pattern: use
     * {@link Long#toUnsignedString(long)} and {@link Long#compareUnsigned(long, long)} on it.
     *
     * @param expectedTag the tag required here
     * @return the 64-bit pattern of the value
     * @throws BerDecodingException on a wrong tag, an empty encoding or more than 64 bits
     */
    public long readUnsigned64(int expectedTag) {
        return readUnsigned(expectedTag, 8);
    }

    /**
     * An unsigned value of {@code octets} octets: the proper form may carry one leading zero
     * octet; a negative-looking form of at most {@code octets} octets is its bit pattern.
     */
    private long readUnsigned(int expectedTag, int octets) {
        readTag(expectedTag);
        int length = readLength();
        int end = pos + length;
        int start = significantStart(length);
        int significant = end - start;
        boolean negative = buf[start] < 0;
        if (negative ? significant > octets : significant > octets + 1 || (significant == octets + 1 && buf[start] != 0)) {
            throw error("an unsigned " + 8 * octets + "-bit integer", significant + " significant octets");
        }
        long value = negative ? accumulate(buf[start], start + 1, end) : accumulate(0, start, end);
        pos = end;
        return value;
    }

    private long accumulate(long initial, int from, int end) {
        long value = initial;
        for (int i = from; i < end; i++) {
            value = (value << 8) | (buf[i] & 0xff);
        }
        return value;
    }

    /** Skips redundant leading 00/FF octets; the result still has at least one octet. */
    private int significantStart(int length) {
        if (length == 0) {
            throw error("at least one integer octet", "an empty integer");
        }
        int start = pos;
        int last = pos + length - 1;
        while (start < last) {
            byte b = buf[start];
            byte next = buf[start + 1];
            if ((b == 0 && next >= 0) || (b == -1 && next < 0)) {
                start++;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * Reads a primitive value's contents as a fresh array.
     *
     * @param expectedTag the tag required here, e.g. {@link BerTag#OCTET_STRING}
     * @return a copy of the contents
     * @throws BerDecodingException on a wrong tag or a bad length
     */
    public byte[] readOctets(int expectedTag) {
        readTag(expectedTag);
        int length = readLength();
        byte[] value = new byte[length];
        System.arraycopy(buf, pos, value, 0, length);
        pos += length;
        return value;
    }

    /**
     * Reads the tag and length of a primitive value and returns the array index of its
     * contents, leaving the cursor after them: for callers that read the contents in place.
     *
     * @param expectedTag the tag required here
     * @return the index into {@link #array()} of the first content octet; the content length is
     *     {@code arrayIndex() - returned value} after the call
     * @throws BerDecodingException on a wrong tag or a bad length
     */
    public int skipPrimitive(int expectedTag) {
        readTag(expectedTag);
        int length = readLength();
        int start = pos;
        pos += length;
        return start;
    }

    /**
     * Reads a NULL-like value: the given tag with empty contents.
     *
     * @param expectedTag {@link BerTag#NULL} or one of the SNMPv2 exception tags
     * @throws BerDecodingException on a wrong tag or non-empty contents
     */
    public void readNull(int expectedTag) {
        readTag(expectedTag);
        int length = readLength();
        if (length != 0) {
            throw error("empty contents", length + " content octets");
        }
    }

    /**
     * Makes an exception at the current position.
     *
     * @param expected what was needed
     * @param found what was there
     * @return the exception, for the caller to throw
     */
    public BerDecodingException error(String expected, String found) {
        return new BerDecodingException(pos - base, expected, found);
    }
}
