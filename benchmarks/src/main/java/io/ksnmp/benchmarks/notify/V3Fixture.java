package io.ksnmp.benchmarks.notify;

import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.UsmUser;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.smi.OctetString;

/**
 * The SNMPv3 side of the benchmarks: one authPriv user (HMAC-SHA-256-192, AES-128). In the trap
 * scenario the sender's engine is authoritative for its traps (RFC 3414 §1.5.2), so every receiver
 * is given the user for that engine ID, as snmptrapd's {@code createUser -e} does; in the GET
 * scenario the agent ({@link io.ksnmp.benchmarks.engine.AgentResponder}) is authoritative and the
 * clients discover it.
 */
public final class V3Fixture {
    /** The user name. */
    public static final String USER = "trapbench";
    /** Its authentication password (HMAC-SHA-256-192). */
    public static final String AUTH_PASSWORD = "trapbench-auth-256";
    /** Its privacy password (AES-128). */
    public static final String PRIV_PASSWORD = "trapbench-priv-aes";
    /** The sender's snmpEngineBoots. */
    public static final int SENDER_BOOTS = 1;

    private static final byte[] SENDER_ENGINE_ID = HexFormat.of().parseHex("80001f88047472617062656e6368");

    private V3Fixture() {
    }

    /** @return the sender's engine ID (RFC 3411 text format: enterprise 8072, "trapbench") */
    public static byte[] senderEngineId() {
        return SENDER_ENGINE_ID.clone();
    }

    /** @return the sender's engine ID as {@code 0x…}, the form of snmptrapd's {@code createUser -e} */
    public static String senderEngineIdHex() {
        return "0x" + HexFormat.of().formatHex(SENDER_ENGINE_ID);
    }

    /** @return the user name's octets */
    public static byte[] userName() {
        return USER.getBytes(StandardCharsets.US_ASCII);
    }

    /** @return the user as ksnmp knows it */
    public static UsmUser ksnmpUser() {
        return UsmUser.builder(USER).auth(AuthProtocol.HMAC_SHA_256_192, AUTH_PASSWORD)
                .priv(PrivProtocol.AES128, PRIV_PASSWORD).build();
    }

    /** @return the user as SNMP4J knows it (passwords; SNMP4J localizes them to the engine it is added for) */
    public static org.snmp4j.security.UsmUser snmp4jUser() {
        return new org.snmp4j.security.UsmUser(new OctetString(USER), AuthHMAC192SHA256.ID, new OctetString(AUTH_PASSWORD),
                PrivAES128.ID, new OctetString(PRIV_PASSWORD));
    }

    /** @return snmptrapd's configuration lines for the user, bound to the sender's engine ID */
    public static String snmptrapdLines() {
        return "createUser -e " + senderEngineIdHex() + " " + USER + " SHA-256 " + AUTH_PASSWORD + " AES " + PRIV_PASSWORD
                + "\nauthUser log " + USER + " priv\n";
    }
}
