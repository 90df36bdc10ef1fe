package io.ksnmp.message;

import io.ksnmp.pdu.AnyPdu;
import io.ksnmp.pdu.PduType;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * An SNMPv1 or SNMPv2c message: version, community and one PDU. The community is a secret of
 * sorts, so {@link #toString()} never shows it.
 *
 * <pre>{@code
 * CommunityMessage m = CommunityMessage.of(SnmpVersion.V2C, "public",
 *         Pdu.get(7, VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.1.0"))));
 * byte[] wire = MessageCodec.encode(m);
 * }</pre>
 */
public final class CommunityMessage implements SnmpMessage {
    private final SnmpVersion version;
    private final byte[] community;
    private final AnyPdu pdu;

    CommunityMessage(SnmpVersion version, byte[] community, AnyPdu pdu) {
        this.version = version;
        this.community = community;
        this.pdu = pdu;
    }

    /**
     * @param version {@link SnmpVersion#V1} or {@link SnmpVersion#V2C}
     * @param community the community octets; copied
     * @param pdu a PDU the version allows (SNMPv1: get, get-next, set, response, trap;
     *     SNMPv2c: all but the SNMPv1 trap)
     * @return the message
     * @throws IllegalArgumentException if the version is SNMPv3 or does not allow the PDU type
     */
    public static CommunityMessage of(SnmpVersion version, byte[] community, AnyPdu pdu) {
        Objects.requireNonNull(pdu, "pdu");
        if (!allows(version, pdu.type())) {
            throw new IllegalArgumentException(version + " messages cannot carry " + pdu.type());
        }
        return new CommunityMessage(version, community.clone(), pdu);
    }

    /**
     * @param version {@link SnmpVersion#V1} or {@link SnmpVersion#V2C}
     * @param community the community, encoded as UTF-8
     * @param pdu a PDU the version allows
     * @return the message
     */
    public static CommunityMessage of(SnmpVersion version, String community, AnyPdu pdu) {
        return of(version, community.getBytes(java.nio.charset.StandardCharsets.UTF_8), pdu);
    }

    static boolean allows(SnmpVersion version, PduType type) {
        switch (version) {
            case V1: return type.isInSnmpV1();
            case V2C: return type != PduType.TRAP_V1;
            default: return false;
        }
    }

    @Override
    public SnmpVersion version() {
        return version;
    }

    /** @return a copy of the community octets */
    public byte[] community() {
        return community.clone();
    }

    byte[] communityUnsafe() {
        return community;
    }

    /**
     * Compares the community in time independent of where the octets differ.
     *
     * @param expected the community to compare with
     * @return whether they are equal
     */
    public boolean hasCommunity(byte[] expected) {
        return MessageDigest.isEqual(community, expected);
    }

    /** @return the PDU */
    public AnyPdu pdu() {
        return pdu;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CommunityMessage)) {
            return false;
        }
        CommunityMessage m = (CommunityMessage) o;
        return version == m.version && java.util.Arrays.equals(community, m.community) && pdu.equals(m.pdu);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, pdu);
    }

    /** @return version and PDU; the community is masked */
    @Override
    public String toString() {
        return version + " community=*** " + pdu;
    }
}
