package io.ksnmp.ber;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Writes BER backwards into one growable array: contents first, then the length, then the tag.
 * A constructed value's length is therefore known when its header is written, nothing is
 * measured twice, and the finished encoding is one contiguous slice at the end of the array.
 *
 * <p>Because values are written last-to-first, a SEQUENCE is encoded by writing its elements in
 * reverse order between a {@link #mark()} and {@link #closeConstructed(int, int)}:
 *
 * <pre>{@code
 * BerWriter w = new BerWriter();
 * int mark = w.mark();
 * w.writeNull(BerTag.NULL);                      // second element
 * w.writeInt32(BerTag.INTEGER, 42);              // first element
 * w.closeConstructed(BerTag.SEQUENCE, mark);     // 30 05 02 01 2a 05 00
 * byte[] bytes = w.toByteArray();
 * }</pre>
 *
 * <p>Output always uses definite lengths in their minimal form and minimal INTEGER encodings.
 * Distances from the end ({@link #mark()} values) stay valid while the array grows, which lets
 * a security model find and patch a MAC placeholder in place ({@link #indexOfMark(int)}).
 * A writer is reusable ({@link #reset()}) and not thread-safe.
 */
public final class BerWriter {
    private byte[] buf;
    private int pos;

    /** Creates a writer with a 512-byte initial capacity. */
    public BerWriter() {
        this(512);
    }

    /**
     * Creates a writer.
     *
     * @param initialCapacity bytes to reserve; the array grows as needed
     */
    public BerWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
        pos = buf.length;
    }

    /** Discards everything written, keeping the array for reuse. */
    public void reset() {
        pos = buf.length;
    }

    /** @return the number of bytes written so far */
    public int size() {
        return buf.length - pos;
    }

    /**
     * Marks the current end of the not-yet-written part: the value to pass to
     * {@link #closeConstructed(int, int)} once a constructed value's elements are written.
     *
     * @return the bytes written so far, a distance from the end that growth does not change
     */
    public int mark() {
        return buf.length - pos;
    }

    /**
     * Converts a {@link #mark()} into an index into {@link #array()}: where the bytes that had
     * been written when the mark was taken begin. Valid until the next write.
     *
     * @param mark a value {@link #mark()} returned
     * @return {@code array().length - mark}
     */
    public int indexOfMark(int mark) {
        return buf.length - mark;
    }

    /** @return the backing array; the encoding is {@code array()[offset() .. offset()+size())} */
    public byte[] array() {
        return buf;
    }

    /** @return the index of the first byte of the encoding in {@link #array()} */
    public int offset() {
        return pos;
    }

    /** @return a copy of the encoding */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(buf, pos, buf.length);
    }

    /**
     * Copies the encoding into a buffer at its position.
     *
     * @param target the buffer to fill
     * @throws java.nio.BufferOverflowException if it lacks room
     */
    public void copyTo(ByteBuffer target) {
        target.put(buf, pos, buf.length - pos);
    }

    /** @return the encoding, viewed (not copied) as a read-only buffer */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(buf, pos, buf.length - pos).asReadOnlyBuffer();
    }

    private void ensure(int needed) {
        if (pos < needed) {
            grow(needed);
        }
    }

    private void grow(int needed) {
        int used = buf.length - pos;
        int capacity = Math.max(buf.length * 2, used + needed);
        byte[] bigger = new byte[capacity];
        System.arraycopy(buf, pos, bigger, capacity - used, used);
        buf = bigger;
        pos = capacity - used;
    }

    /**
     * Writes one raw byte.
     *
     * @param b the byte (low 8 bits)
     */
    public void writeByte(int b) {
        ensure(1);
        buf[--pos] = (byte) b;
    }

    /**
     * Writes raw bytes.
     *
     * @param bytes the source
     * @param offset first byte to copy
     * @param length bytes to copy
     */
    public void writeBytes(byte[] bytes, int offset, int length) {
        ensure(length);
        pos -= length;
        System.arraycopy(bytes, offset, buf, pos, length);
    }

    /**
     * Writes a definite length in minimal form.
     *
     * @param length a non-negative length
     */
    public void writeLength(int length) {
        ensure(5);
        if (length < 0x80) {
            buf[--pos] = (byte) length;
            return;
        }
        int count = 0;
        int rest = length;
        while (rest != 0) {
            buf[--pos] = (byte) rest;
            rest >>>= 8;
            count++;
        }
        buf[--pos] = (byte) (0x80 | count);
    }

    /**
     * Writes a tag and a length in front of contents already written.
     *
     * @param tag the identifier octet
     * @param contentLength the length of those contents
     */
    public void writeHeader(int tag, int contentLength) {
        writeLength(contentLength);
        ensure(1);
        buf[--pos] = (byte) tag;
    }

    /**
     * Closes a constructed value whose elements were written since {@code mark}.
     *
     * @param tag the constructed identifier octet, e.g. {@link BerTag#SEQUENCE}
     * @param mark what {@link #mark()} returned before the elements were written
     */
    public void closeConstructed(int tag, int mark) {
        writeHeader(tag, mark() - mark);
    }

    /**
     * Writes an INTEGER (or an implicitly tagged integer type) in minimal two's complement.
     *
     * @param tag the identifier octet
     * @param value the value
     */
    public void writeInteger(int tag, long value) {
        ensure(10);
        int start = pos;
        long v = value;
        while (true) {
            buf[--pos] = (byte) v;
            long rest = v >> 8;
            if ((rest == 0 && (v & 0x80) == 0) || (rest == -1 && (v & 0x80) != 0)) {
                break;
            }
            v = rest;
        }
        writeHeader(tag, start - pos);
    }

    /**
     * Writes a signed 32-bit INTEGER.
     *
     * @param tag the identifier octet
     * @param value the value
     */
    public void writeInt32(int tag, int value) {
        writeInteger(tag, value);
    }

    /**
     * Writes an unsigned 32-bit value (Counter32, Gauge32, TimeTicks) in minimal form, with a
     * leading zero octet when bit 31 is set.
     *
     * @param tag the identifier octet
     * @param value the value, 0..4,294,967,295
     */
    public void writeUnsigned32(int tag, long value) {
        writeInteger(tag, value & 0xffff_ffffL);
    }

    /**
     * Writes an unsigned 64-bit value (Counter64) given as its bit pattern, in minimal form with a
     * leading zero octet when bit 63 is set.
     *
     * @param tag the identifier octet
     * @param bits the 64-bit pattern
     */
    public void writeUnsigned64(int tag, long bits) {
        if (bits >= 0) {
            writeInteger(tag, bits);
            return;
        }
        ensure(11);
        int start = pos;
        long v = bits;
        for (int i = 0; i < 8; i++) {
            buf[--pos] = (byte) v;
            v >>>= 8;
        }
        buf[--pos] = 0;
        writeHeader(tag, start - pos);
    }

    /**
     * Writes a primitive value with the given contents (OCTET STRING, IpAddress, Opaque).
     *
     * @param tag the identifier octet
     * @param bytes the source of the contents
     * @param offset first content byte
     * @param length number of content bytes
     */
    public void writeOctets(int tag, byte[] bytes, int offset, int length) {
        writeBytes(bytes, offset, length);
        writeHeader(tag, length);
    }

    /**
     * Writes a primitive value with the given contents.
     *
     * @param tag the identifier octet
     * @param bytes the contents
     */
    public void writeOctets(int tag, byte[] bytes) {
        writeOctets(tag, bytes, 0, bytes.length);
    }

    /**
     * Writes a value with empty contents (NULL or an SNMPv2 exception value).
     *
     * @param tag the identifier octet
     */
    public void writeNull(int tag) {
        ensure(2);
        buf[--pos] = 0;
        buf[--pos] = (byte) tag;
    }

    /**
     * Writes one base-128 subidentifier (seven bits per octet, the high bit set on all but the
     * last), as OBJECT IDENTIFIER contents are made of.
     *
     * @param value 0..2^35-1
     */
    public void writeBase128(long value) {
        ensure(6);
        buf[--pos] = (byte) (value & 0x7f);
        long rest = value >>> 7;
        while (rest != 0) {
            buf[--pos] = (byte) (0x80 | (rest & 0x7f));
            rest >>>= 7;
        }
    }
}
