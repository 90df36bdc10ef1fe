package io.ksnmp.benchmarks.notify;

/**
 * Reads just enough of a datagram to count or acknowledge it, without decoding it: the BER
 * headers of the message, its version, its community (compared, not copied), the PDU's tag and
 * position, and the request-id; for SNMPv3 the msgID. It is the floor the bare receivers stand
 * on, not a codec: anything it does not expect (other versions, long forms of lengths beyond
 * three octets, integers beyond four octets) is rejected. One instance per thread.
 */
final class WireScan {
    /** SNMPv2-Trap-PDU. */
    static final int TRAP_V2 = 0xA7;
    /** InformRequest-PDU. */
    static final int INFORM = 0xA6;
    /** Response-PDU. */
    static final int RESPONSE = 0xA2;

    private static final long BAD = Long.MIN_VALUE;

    private byte[] b;
    private int pos;
    private int end;
    private int pduIndex;
    private int pduTag;
    private int id;

    /**
     * Scans an SNMPv2c message.
     *
     * @param bytes the datagram, from index 0
     * @param length its length
     * @param community the one community accepted
     * @return whether it is a well-formed v2c message with that community; then {@link #pduTag()},
     *     {@link #pduIndex()} and {@link #id()} (the request-id) describe it
     */
    boolean community(byte[] bytes, int length, byte[] community) {
        start(bytes, length);
        if (header(0x30) < 0 || integer() != 1 || header(0x04) != community.length) {
            return false;
        }
        for (int i = 0; i < community.length; i++) {
            if (b[pos + i] != community[i]) {
                return false;
            }
        }
        pos += community.length;
        if (pos >= end) {
            return false;
        }
        pduIndex = pos;
        pduTag = b[pos] & 0xff;
        if (header(pduTag) < 0) {
            return false;
        }
        long requestId = integer();
        if (requestId == BAD) {
            return false;
        }
        id = (int) requestId;
        return true;
    }

    /**
     * Scans the header of an SNMPv3 message.
     *
     * @param bytes the datagram, from index 0
     * @param length its length
     * @return whether it starts as a v3 message; then {@link #id()} is its msgID
     */
    boolean v3(byte[] bytes, int length) {
        start(bytes, length);
        if (header(0x30) < 0 || integer() != 3 || header(0x30) < 0) {
            return false;
        }
        long msgId = integer();
        if (msgId == BAD) {
            return false;
        }
        id = (int) msgId;
        return true;
    }

    /** @return the PDU's tag (after {@link #community}) */
    int pduTag() {
        return pduTag;
    }

    /** @return the index of the PDU's tag octet (after {@link #community}) */
    int pduIndex() {
        return pduIndex;
    }

    /** @return the request-id (after {@link #community}) or msgID (after {@link #v3}) */
    int id() {
        return id;
    }

    private void start(byte[] bytes, int length) {
        b = bytes;
        pos = 0;
        end = length;
    }

    /** Reads a tag and length; returns the content length, or -1. */
    private int header(int tag) {
        if (end - pos < 2 || (b[pos] & 0xff) != tag) {
            return -1;
        }
        int first = b[pos + 1] & 0xff;
        pos += 2;
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 3 || n > end - pos) {
                return -1;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (b[pos++] & 0xff);
            }
        }
        return length <= end - pos ? length : -1;
    }

    /** Reads an INTEGER of one to four content octets; returns it, or {@link #BAD}. */
    private long integer() {
        int length = header(0x02);
        if (length < 1 || length > 4) {
            return BAD;
        }
        int value = b[pos];
        for (int i = 1; i < length; i++) {
            value = (value << 8) | (b[pos + i] & 0xff);
        }
        pos += length;
        return value;
    }
}
