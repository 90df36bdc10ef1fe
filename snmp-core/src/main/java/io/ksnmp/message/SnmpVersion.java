package io.ksnmp.message;

/** The SNMP message versions, with their msgVersion values. */
public enum SnmpVersion {
    /** SNMPv1 (RFC 1157), msgVersion 0. */
    V1(0),
    /** Community-based SNMPv2c (RFC 1901), msgVersion 1. */
    V2C(1),
    /** SNMPv3 (RFC 3412), msgVersion 3. */
    V3(3);

    private final int code;

    SnmpVersion(int code) {
        this.code = code;
    }

    /** @return the msgVersion value on the wire */
    public int code() {
        return code;
    }

    /**
     * @param code a msgVersion value
     * @return the version, or null if ksnmp does not speak it
     */
    public static SnmpVersion fromCodeOrNull(int code) {
        switch (code) {
            case 0: return V1;
            case 1: return V2C;
            case 3: return V3;
            default: return null;
        }
    }
}
