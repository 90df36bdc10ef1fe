package io.ksnmp.pdu;

/**
 * The kinds of PDU, with their BER tags (RFC 1157, RFC 3416).
 */
public enum PduType {
    /** GetRequest-PDU. */
    GET(0xA0),
    /** GetNextRequest-PDU. */
    GET_NEXT(0xA1),
    /** Response-PDU (GetResponse in SNMPv1). */
    RESPONSE(0xA2),
    /** SetRequest-PDU. */
    SET(0xA3),
    /** SNMPv1 Trap-PDU; only in SNMPv1 messages. */
    TRAP_V1(0xA4),
    /** GetBulkRequest-PDU; SNMPv2c and SNMPv3 only. */
    GET_BULK(0xA5),
    /** InformRequest-PDU; SNMPv2c and SNMPv3 only. */
    INFORM(0xA6),
    /** SNMPv2-Trap-PDU; SNMPv2c and SNMPv3 only. */
    TRAP_V2(0xA7),
    /** Report-PDU; SNMPv2c and SNMPv3 only. */
    REPORT(0xA8);

    private static final PduType[] BY_LOW_BITS = values();

    private final int tag;

    PduType(int tag) {
        this.tag = tag;
    }

    /** @return the BER tag, 0xA0..0xA8 */
    public int tag() {
        return tag;
    }

    /**
     * @param tag a BER identifier octet
     * @return the PDU type with that tag, or null if it is not a PDU tag
     */
    public static PduType fromTagOrNull(int tag) {
        int index = tag - 0xA0;
        return index >= 0 && index < BY_LOW_BITS.length ? BY_LOW_BITS[index] : null;
    }

    /** @return whether SNMPv1 defines this PDU type */
    public boolean isInSnmpV1() {
        return this == GET || this == GET_NEXT || this == RESPONSE || this == SET || this == TRAP_V1;
    }

    /** @return whether this PDU type is answered with a Response (a confirmed class PDU) */
    public boolean isConfirmed() {
        return this == GET || this == GET_NEXT || this == SET || this == GET_BULK || this == INFORM;
    }
}
