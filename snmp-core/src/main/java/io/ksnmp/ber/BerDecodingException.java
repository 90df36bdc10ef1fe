package io.ksnmp.ber;

import io.ksnmp.SnmpException;

/**
 * The only exception the decoders throw for malformed input: truncated data, forged or
 * indefinite lengths, unexpected tags, excessive nesting, out-of-range values, trailing bytes.
 *
 * <p>It names where decoding stopped ({@link #offset()}, counted from the first byte handed to
 * the reader), what the decoder {@linkplain #expected() expected} there and what it
 * {@linkplain #found() found}. The input itself is never copied into the exception, and what it
 * found is described without quoting values of more than one octet: a tag, a count of length
 * octets, a size within the input, never a forged length, a large version number or another
 * multi-octet integer. A decoder misled by a corrupted length reads such values from wherever
 * the length took it, for example from inside a community string, which must not reach a log.
 *
 * <pre>{@code
 * try {
 *     SnmpMessage m = MessageCodec.decode(datagram, 0, length);
 * } catch (BerDecodingException e) {
 *     log.debug("dropped datagram: bad BER at {}", e.offset());
 * }
 * }</pre>
 */
public final class BerDecodingException extends SnmpException {
    private static final long serialVersionUID = 1L;

    /** The offset in the input where decoding failed. */
    private final int offset;
    /** What the decoder expected there. */
    private final String expected;
    /** What it found instead. */
    private final String found;

    /**
     * Creates a decoding failure.
     *
     * @param offset where decoding stopped, relative to the start of the input
     * @param expected what the decoder needed at that point
     * @param found what it saw instead
     */
    public BerDecodingException(int offset, String expected, String found) {
        super("malformed BER at offset " + offset + ": expected " + expected + ", found " + found);
        this.offset = offset;
        this.expected = expected;
        this.found = found;
    }

    /** @return the offset, from the start of the input, at which decoding stopped */
    public int offset() {
        return offset;
    }

    /** @return a short description of what the decoder expected at {@link #offset()} */
    public String expected() {
        return expected;
    }

    /** @return a short description of what was found instead */
    public String found() {
        return found;
    }
}
