package io.ksnmp.benchmarks.usm;

import io.ksnmp.benchmarks.GetResponseFixture;
import io.ksnmp.message.ScopedPdu;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.UsmUser;
import java.nio.charset.StandardCharsets;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * What every USM benchmark secures and checks: the ten-binding GetResponse of
 * {@link GetResponseFixture}, as the scoped PDU of an SNMPv3 message at authPriv with
 * HMAC-SHA-256-192 and AES-128, sent by an agent (the authoritative engine) to a manager.
 *
 * <p>The values are defined once here and built into each library's own objects.
 */
public final class UsmFixture {
    /** Octets of the secured message (both libraries; checked by the equivalence test). */
    public static final int SECURED_LENGTH = 405;

    /** Octets of the plaintext scoped PDU: the codec benchmark's PDU with an 11-octet context engine ID. */
    public static final int SCOPED_PDU_LENGTH = 307;

    /** The agent's snmpEngineID: RFC 3411 format 3 (MAC address) under Cisco's enterprise 9; 11 octets. */
    public static final byte[] AGENT_ENGINE_ID = {(byte) 0x80, 0x00, 0x00, 0x09, 0x03,
        0x00, 0x1b, 0x54, (byte) 0xc2, 0x3a, 0x41};

    /** The manager's snmpEngineID (SNMP4J's manager needs one; it does not travel in a response). */
    public static final byte[] MANAGER_ENGINE_ID = {(byte) 0x80, 0x00, 0x1f, (byte) 0x88, 0x04,
        'k', 's', 'n', 'm', 'p'};

    /** The agent's snmpEngineBoots. */
    public static final int AGENT_BOOTS = 17;

    /** The agent's snmpEngineTime when a benchmark starts: 11.6 days, three content octets. */
    public static final int AGENT_TIME = 1_000_000;

    /** msgID of the request the response answers (three content octets). */
    public static final int MSG_ID = 4_242_424;

    /** msgMaxSize both sides put in the header. */
    public static final int MSG_MAX_SIZE = 65_507;

    /** The user name. */
    public static final String USER = "poller";

    /** The authentication password (HMAC-SHA-256-192). */
    public static final String AUTH_PASSWORD = "auth-secret-256";

    /** The privacy password (AES-128); not the authentication one, so both keys are derived. */
    public static final String PRIV_PASSWORD = "priv-secret-aes";

    private UsmFixture() {
    }

    /** @return the user as ksnmp knows it */
    public static UsmUser ksnmpUser() {
        return UsmUser.builder(USER)
                .auth(AuthProtocol.HMAC_SHA_256_192, AUTH_PASSWORD)
                .priv(PrivProtocol.AES128, PRIV_PASSWORD)
                .build();
    }

    /** @return the user as SNMP4J knows it (not localized: SNMP4J localizes it per engine) */
    public static org.snmp4j.security.UsmUser snmp4jUser() {
        return new org.snmp4j.security.UsmUser(new OctetString(USER), AuthHMAC192SHA256.ID,
                new OctetString(AUTH_PASSWORD), PrivAES128.ID, new OctetString(PRIV_PASSWORD));
    }

    /** @return the user name's octets */
    public static byte[] userName() {
        return USER.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the response as a ksnmp scoped PDU: context engine ID the agent's, context name empty */
    public static ScopedPdu ksnmpScopedPdu() {
        return ScopedPdu.of(AGENT_ENGINE_ID, new byte[0], Pdu.response(GetResponseFixture.REQUEST_ID,
                ErrorStatus.NO_ERROR, 0, GetResponseFixture.ksnmpVarBinds()));
    }

    /** @return the same response as an SNMP4J scoped PDU */
    public static ScopedPDU snmp4jScopedPdu() {
        PDU plain = GetResponseFixture.snmp4jPdu();
        ScopedPDU pdu = new ScopedPDU();
        pdu.setType(PDU.RESPONSE);
        pdu.setRequestID(new Integer32(GetResponseFixture.REQUEST_ID));
        pdu.setErrorStatus(PDU.noError);
        pdu.setErrorIndex(0);
        for (VariableBinding vb : plain.getVariableBindings()) {
            pdu.add(vb);
        }
        pdu.setContextEngineID(new OctetString(AGENT_ENGINE_ID));
        pdu.setContextName(new OctetString());
        return pdu;
    }
}
