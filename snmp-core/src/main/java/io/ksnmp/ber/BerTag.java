package io.ksnmp.ber;

/**
 * The identifier octets SNMP uses (X.690 universal types, the SMIv2 application types,
 * the SNMPv2 exception values and the PDU tags).
 */
public final class BerTag {
    /** INTEGER. */
    public static final int INTEGER = 0x02;
    /** OCTET STRING. */
    public static final int OCTET_STRING = 0x04;
    /** NULL. */
    public static final int NULL = 0x05;
    /** OBJECT IDENTIFIER. */
    public static final int OBJECT_IDENTIFIER = 0x06;
    /** SEQUENCE (constructed). */
    public static final int SEQUENCE = 0x30;
    /** SMI IpAddress: [APPLICATION 0] IMPLICIT OCTET STRING (SIZE (4)). */
    public static final int IP_ADDRESS = 0x40;
    /** SMI Counter32: [APPLICATION 1]. */
    public static final int COUNTER32 = 0x41;
    /** SMI Gauge32 / Unsigned32: [APPLICATION 2]. */
    public static final int GAUGE32 = 0x42;
    /** SMI TimeTicks: [APPLICATION 3]. */
    public static final int TIMETICKS = 0x43;
    /** SMI Opaque: [APPLICATION 4]. */
    public static final int OPAQUE = 0x44;
    /** NsapAddress of SMIv2's drafts (RFC 1442): [APPLICATION 5]. */
    public static final int NSAP_ADDRESS = 0x45;
    /** SMI Counter64: [APPLICATION 6]. */
    public static final int COUNTER64 = 0x46;
    /** UInteger32 of SMIv2's drafts (RFC 1442): [APPLICATION 7]. */
    public static final int UINTEGER32 = 0x47;
    /** SNMPv2 noSuchObject: [CONTEXT 0] IMPLICIT NULL. */
    public static final int NO_SUCH_OBJECT = 0x80;
    /** SNMPv2 noSuchInstance: [CONTEXT 1] IMPLICIT NULL. */
    public static final int NO_SUCH_INSTANCE = 0x81;
    /** SNMPv2 endOfMibView: [CONTEXT 2] IMPLICIT NULL. */
    public static final int END_OF_MIB_VIEW = 0x82;

    private BerTag() {
    }

    /**
     * Names a tag for error messages and traces.
     *
     * @param tag an identifier octet
     * @return a short readable name, e.g. {@code "INTEGER"} or {@code "tag 0x9f"}
     */
    public static String name(int tag) {
        switch (tag) {
            case INTEGER: return "INTEGER";
            case OCTET_STRING: return "OCTET STRING";
            case NULL: return "NULL";
            case OBJECT_IDENTIFIER: return "OBJECT IDENTIFIER";
            case SEQUENCE: return "SEQUENCE";
            case IP_ADDRESS: return "IpAddress";
            case COUNTER32: return "Counter32";
            case GAUGE32: return "Gauge32";
            case TIMETICKS: return "TimeTicks";
            case OPAQUE: return "Opaque";
            case NSAP_ADDRESS: return "NsapAddress";
            case COUNTER64: return "Counter64";
            case UINTEGER32: return "UInteger32";
            case NO_SUCH_OBJECT: return "noSuchObject";
            case NO_SUCH_INSTANCE: return "noSuchInstance";
            case END_OF_MIB_VIEW: return "endOfMibView";
            default: return String.format("tag 0x%02x", tag);
        }
    }
}
