package io.ksnmp.benchmarks.usm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.benchmarks.GetResponseFixture;
import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.MsgFlags;
import io.ksnmp.message.V3Message;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import io.ksnmp.usm.JceUsmCrypto;
import io.ksnmp.usm.KeyCache;
import io.ksnmp.usm.LocalizedKeys;
import io.ksnmp.usm.SecurityLevel;
import io.ksnmp.usm.UsmIncoming;
import io.ksnmp.usm.UsmSecurityParameters;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.smi.OctetString;

/**
 * Shows that the ksnmp and SNMP4J sides of {@code UsmBenchmark} do the same work, through exactly
 * the methods the benchmark times: each side accepts what the other secured and decodes the
 * same ten values; both messages have the same header, security parameters and length, and
 * decrypt to the same scoped-PDU octets; both libraries localize the same keys; and the
 * per-message state handling lets each side repeat the exchange.
 */
class UsmEquivalenceTest {
    private long now;
    private KsnmpV3 ksnmp;
    private Snmp4jV3 snmp4j;

    @BeforeEach
    void setUp() throws Exception {
        now = System.currentTimeMillis();
        ksnmp = new KsnmpV3(now);
        snmp4j = new Snmp4jV3();
    }

    private byte[] ksnmpSecured() {
        BerWriter w = ksnmp.secureResponse(now);
        return Arrays.copyOfRange(w.array(), w.offset(), w.offset() + w.size());
    }

    private byte[] snmp4jSecured() throws Exception {
        return Snmp4jV3.bytes(snmp4j.secureResponse());
    }

    private static void assertKsnmpSawTheResponse(UsmIncoming.Accepted accepted) {
        assertEquals(SecurityLevel.AUTH_PRIV, accepted.level());
        assertArrayEquals(UsmFixture.userName(), accepted.parameters().userName());
        assertArrayEquals(UsmFixture.AGENT_ENGINE_ID, accepted.scopedPdu().contextEngineId());
        assertArrayEquals(new byte[0], accepted.scopedPdu().contextName());
        Pdu pdu = accepted.scopedPdu().pdu();
        assertEquals(PduType.RESPONSE, pdu.type());
        assertEquals(GetResponseFixture.REQUEST_ID, pdu.requestId());
        assertEquals(ErrorStatus.NO_ERROR, pdu.errorStatus());
        assertEquals(0, pdu.errorIndex());
        assertEquals(GetResponseFixture.VAR_BIND_COUNT, pdu.varBinds().size());
        assertEquals(GetResponseFixture.ksnmpVarBinds(), pdu.varBinds());
        assertEquals(UsmFixture.ksnmpScopedPdu(), accepted.scopedPdu());
    }

    private void assertSnmp4jSawTheResponse(ScopedPDU pdu) {
        assertEquals(new OctetString(UsmFixture.USER), snmp4j.lastSecurityName());
        assertEquals(org.snmp4j.security.SecurityLevel.AUTH_PRIV, snmp4j.lastSecurityLevel());
        assertEquals(new OctetString(UsmFixture.AGENT_ENGINE_ID), pdu.getContextEngineID());
        assertEquals(new OctetString(), pdu.getContextName());
        assertEquals(PDU.RESPONSE, pdu.getType());
        assertEquals(GetResponseFixture.REQUEST_ID, pdu.getRequestID().getValue());
        assertEquals(PDU.noError, pdu.getErrorStatus());
        assertEquals(0, pdu.getErrorIndex());
        assertEquals(GetResponseFixture.snmp4jPdu().getVariableBindings(), pdu.getVariableBindings());
    }

    @Test
    void eachSideAcceptsItsOwnMessageAgainAndAgain() throws Exception {
        for (int i = 0; i < 3; i++) {
            BerWriter w = ksnmp.secureResponse(now);
            assertKsnmpSawTheResponse(ksnmp.unsecureResponse(w.array(), w.offset(), w.size(), now));

            ByteBuffer message = snmp4j.secureResponse();
            message.flip();
            assertSnmp4jSawTheResponse(snmp4j.unsecureResponse(message));
        }
        // The unsecure-only runs take in the same bytes again and again.
        byte[] ksnmpWire = ksnmpSecured();
        ByteBuffer snmp4jWire = ByteBuffer.wrap(snmp4jSecured());
        for (int i = 0; i < 3; i++) {
            assertKsnmpSawTheResponse(ksnmp.unsecureResponse(ksnmpWire, 0, ksnmpWire.length, now));
            snmp4jWire.rewind();
            assertSnmp4jSawTheResponse(snmp4j.unsecureResponse(snmp4jWire));
        }
    }

    @Test
    void snmp4jsRestoredStateSurvivesGarbageCollection() throws Exception {
        // MPv3's cache holds the request's PduHandle weakly; Snmp4jV3 must keep it strongly.
        for (int i = 0; i < 2; i++) {
            snmp4j.restorePendingState();
            System.gc();
            ByteBuffer message = snmp4j.secureRestored();
            message.flip();
            System.gc();
            assertSnmp4jSawTheResponse(snmp4j.unsecureRestored(message));
        }
    }

    @Test
    void ksnmpAcceptsWhatSnmp4jSecured() throws Exception {
        byte[] fromSnmp4j = snmp4jSecured();
        assertKsnmpSawTheResponse(ksnmp.unsecureResponse(fromSnmp4j, 0, fromSnmp4j.length, now));
    }

    @Test
    void snmp4jAcceptsWhatKsnmpSecured() {
        byte[] fromKsnmp = ksnmpSecured();
        assertSnmp4jSawTheResponse(snmp4j.unsecureResponse(ByteBuffer.wrap(fromKsnmp)));
    }

    @Test
    void bothSidesRejectATamperedMessage() throws Exception {
        // One bit of the encrypted scoped PDU (the last octet of the message): only the HMAC can tell.
        byte[] fromKsnmp = ksnmpSecured();
        fromKsnmp[fromKsnmp.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> snmp4j.unsecureResponse(ByteBuffer.wrap(fromKsnmp)));
        assertThrows(IllegalStateException.class, () -> ksnmp.unsecureResponse(fromKsnmp, 0, fromKsnmp.length, now));
        byte[] fromSnmp4j = snmp4jSecured();
        fromSnmp4j[fromSnmp4j.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> ksnmp.unsecureResponse(fromSnmp4j, 0, fromSnmp4j.length, now));
        assertThrows(IllegalStateException.class, () -> snmp4j.unsecureResponse(ByteBuffer.wrap(fromSnmp4j)));
    }

    @Test
    void bothMessagesHaveTheSameHeaderParametersAndLength() throws Exception {
        byte[] fromKsnmp = ksnmpSecured();
        byte[] fromSnmp4j = snmp4jSecured();
        assertEquals(fromSnmp4j.length, fromKsnmp.length, "message lengths");
        assertEquals(UsmFixture.SECURED_LENGTH, fromKsnmp.length, "the length the README states");
        V3Message k = (V3Message) MessageCodec.decode(fromKsnmp, 0, fromKsnmp.length);
        V3Message s = (V3Message) MessageCodec.decode(fromSnmp4j, 0, fromSnmp4j.length);
        for (V3Message m : new V3Message[] {k, s}) {
            assertEquals(UsmFixture.MSG_ID, m.msgId());
            assertEquals(UsmFixture.MSG_MAX_SIZE, m.msgMaxSize());
            assertEquals(MsgFlags.AUTH | MsgFlags.PRIV, m.msgFlags(), "authPriv, not reportable");
            assertEquals(V3Message.USM, m.securityModel());
            assertTrue(m.isEncrypted());
            UsmSecurityParameters p = UsmSecurityParameters.decode(m.securityParameters());
            assertArrayEquals(UsmFixture.AGENT_ENGINE_ID, p.engineId());
            assertEquals(UsmFixture.AGENT_BOOTS, p.engineBoots());
            // The agent's time at setUp, moved on by at most the seconds since (SNMP4J's agent clock runs on).
            long since = (System.currentTimeMillis() - now) / 1_000 + 1;
            assertTrue(p.engineTime() >= UsmFixture.AGENT_TIME && p.engineTime() <= UsmFixture.AGENT_TIME + since,
                    "engine time " + p.engineTime());
            assertArrayEquals(UsmFixture.userName(), p.userName());
            assertEquals(24, p.authenticationParameters().length, "HMAC-SHA-256-192");
            assertEquals(8, p.privacyParameters().length, "AES salt");
        }
        assertEquals(s.securityParameters().length, k.securityParameters().length);
        assertEquals(s.encryptedPduOrNull().length, k.encryptedPduOrNull().length);
    }

    @Test
    void bothMessagesDecryptToTheSameScopedPduOctets() throws Exception {
        byte[] privKey = ksnmp.agentKeys().privKeyOrNull();
        byte[] fromKsnmp = plaintext(ksnmpSecured(), privKey);
        byte[] fromSnmp4j = plaintext(snmp4jSecured(), privKey);
        assertArrayEquals(fromSnmp4j, fromKsnmp);
        BerWriter w = new BerWriter();
        MessageCodec.writeScopedPdu(w, UsmFixture.ksnmpScopedPdu());
        assertArrayEquals(w.toByteArray(), fromKsnmp, "the scoped PDU as ksnmp encodes it");
        // The v2c message less its 15-octet envelope is the 288-octet PDU; the scoped PDU adds its
        // SEQUENCE header (4), the context engine ID (2 + 11) and the empty context name (2).
        assertEquals(GetResponseFixture.ENCODED_LENGTH - 15 + 4 + 2 + UsmFixture.AGENT_ENGINE_ID.length + 2,
                fromKsnmp.length, "scoped PDU length");
        assertEquals(UsmFixture.SCOPED_PDU_LENGTH, fromKsnmp.length, "the length the README states");
    }

    /** Decrypts a message's scoped PDU with AES-128-CFB (RFC 3826) independently of both libraries. */
    private static byte[] plaintext(byte[] message, byte[] privKey) throws GeneralSecurityException {
        V3Message m = (V3Message) MessageCodec.decode(message, 0, message.length);
        UsmSecurityParameters p = UsmSecurityParameters.decode(m.securityParameters());
        ByteBuffer iv = ByteBuffer.allocate(16).putInt(p.engineBoots()).putInt(p.engineTime()).put(p.privacyParameters());
        Cipher aes = Cipher.getInstance("AES/CFB/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(privKey, "AES"), new IvParameterSpec(iv.array()));
        return aes.doFinal(m.encryptedPduOrNull());
    }

    @Test
    void saltsDifferBetweenMessagesOnBothSides() throws Exception {
        byte[] k1 = ksnmpSecured();
        byte[] k2 = ksnmpSecured();
        byte[] s1 = snmp4jSecured();
        byte[] s2 = snmp4jSecured();
        assertFalse(Arrays.equals(salt(k1), salt(k2)));
        assertFalse(Arrays.equals(salt(s1), salt(s2)));
    }

    private static byte[] salt(byte[] message) {
        V3Message m = (V3Message) MessageCodec.decode(message, 0, message.length);
        return UsmSecurityParameters.decode(m.securityParameters()).privacyParameters();
    }

    @Test
    void bothLocalizeTheSameKeys() {
        // What the localisation benchmarks time ...
        LocalizedKeys k = new KeyCache(JceUsmCrypto.create(), 1, 1).localizedKeys(UsmFixture.ksnmpUser(),
                UsmFixture.AGENT_ENGINE_ID);
        byte[][] s = Snmp4jV3.localize(Snmp4jV3.newProtocols(), new OctetString(UsmFixture.AUTH_PASSWORD),
                new OctetString(UsmFixture.PRIV_PASSWORD), UsmFixture.AGENT_ENGINE_ID);
        assertEquals(32, k.authKeyOrNull().length, "SHA-256 localized key");
        assertEquals(16, k.privKeyOrNull().length, "AES-128 key");
        assertArrayEquals(s[0], k.authKeyOrNull(), "authentication key");
        assertArrayEquals(s[1], k.privKeyOrNull(), "privacy key");
        assertFalse(Arrays.equals(Arrays.copyOf(s[0], 16), s[1]), "two passwords, two derivations");
        // ... and what the message benchmarks use on each side.
        byte[][] used = snmp4j.localizedKeys();
        for (int side = 0; side < 2; side++) {
            assertArrayEquals(k.authKeyOrNull(), used[2 * side], "SNMP4J USM authentication key");
            assertArrayEquals(k.privKeyOrNull(), used[2 * side + 1], "SNMP4J USM privacy key");
        }
        assertArrayEquals(k.authKeyOrNull(), ksnmp.agentKeys().authKeyOrNull());
        assertArrayEquals(k.privKeyOrNull(), ksnmp.agentKeys().privKeyOrNull());
    }
}
