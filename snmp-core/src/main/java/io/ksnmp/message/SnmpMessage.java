package io.ksnmp.message;

/**
 * A decoded SNMP message: a community message (SNMPv1, SNMPv2c) or an SNMPv3 message.
 *
 * <pre>{@code
 * SnmpMessage m = MessageCodec.decode(datagram, 0, length);
 * if (m instanceof CommunityMessage c) { ... c.pdu() ... }
 * else if (m instanceof V3Message v3) { ... hand to the security model ... }
 * }</pre>
 */
public sealed interface SnmpMessage permits CommunityMessage, V3Message {
    /** @return the message version */
    SnmpVersion version();
}
