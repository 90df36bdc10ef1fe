package io.ksnmp.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpMessage;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import io.ksnmp.smi.Counter32;
import io.ksnmp.smi.Counter64;
import io.ksnmp.smi.Gauge32;
import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.IpAddress;
import io.ksnmp.smi.ObjectIdentifier;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.smi.Variable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Shows that the ksnmp and SNMP4J benchmarks measure the same work: both sides encode the
 * fixture to the same bytes, of the length the README states, and decode them to the same
 * ten values. It drives exactly the code paths the benchmarks time.
 */
class CodecEquivalenceTest {

    private static byte[] ksnmpEncode() {
        BerWriter w = new BerWriter();
        w.reset();
        MessageCodec.encode(GetResponseFixture.ksnmpMessage(), w);
        return Arrays.copyOfRange(w.array(), w.offset(), w.offset() + w.size());
    }

    private static byte[] snmp4jEncode() throws IOException {
        ByteBuffer buffer = Snmp4jCodec.encode(GetResponseFixture.snmp4jPdu(), GetResponseFixture.COMMUNITY);
        assertEquals(buffer.capacity(), buffer.position(), "SNMP4J fills its exactly sized buffer");
        return buffer.array();
    }

    @Test
    void bothEncodersProduceTheSameBytesOfTheStatedLength() throws IOException {
        byte[] ksnmp = ksnmpEncode();
        byte[] snmp4j = snmp4jEncode();
        assertEquals(GetResponseFixture.ENCODED_LENGTH, ksnmp.length, "ksnmp message length");
        assertEquals(303, GetResponseFixture.ENCODED_LENGTH, "the length the README states");
        assertArrayEquals(snmp4j, ksnmp, "ksnmp and SNMP4J encodings");
    }

    @Test
    void reusedWriterGivesTheSameBytesEveryTime() {
        CommunityMessage message = GetResponseFixture.ksnmpMessage();
        BerWriter w = new BerWriter();
        byte[] first = null;
        for (int i = 0; i < 3; i++) {
            w.reset();
            MessageCodec.encode(message, w);
            byte[] bytes = Arrays.copyOfRange(w.array(), w.offset(), w.offset() + w.size());
            if (first == null) {
                first = bytes;
            }
            assertArrayEquals(first, bytes);
        }
        assertArrayEquals(MessageCodec.encode(message), first);
    }

    @Test
    void encodingStartsWithTheExpectedEnvelope() {
        byte[] bytes = ksnmpEncode();
        // SEQUENCE, long length 0x012b = 299; INTEGER 1 (v2c); OCTET STRING "public";
        // GetResponse-PDU (0xa2) with a two-octet length.
        byte[] head = {0x30, (byte) 0x82, 0x01, 0x2b, 0x02, 0x01, 0x01,
            0x04, 0x06, 'p', 'u', 'b', 'l', 'i', 'c', (byte) 0xa2, (byte) 0x82};
        assertArrayEquals(head, Arrays.copyOf(bytes, head.length));
    }

    @Test
    void bothDecodersReturnTheSameTenValues() throws IOException {
        byte[] wire = ksnmpEncode();
        VarBindList expected = GetResponseFixture.ksnmpVarBinds();
        assertEquals(GetResponseFixture.VAR_BIND_COUNT, expected.size());

        SnmpMessage decoded = MessageCodec.decode(wire, 0, wire.length);
        CommunityMessage message = assertInstanceOf(CommunityMessage.class, decoded);
        assertEquals(SnmpVersion.V2C, message.version());
        assertArrayEquals(GetResponseFixture.COMMUNITY, message.community());
        Pdu pdu = assertInstanceOf(Pdu.class, message.pdu());
        assertEquals(PduType.RESPONSE, pdu.type());
        assertEquals(GetResponseFixture.REQUEST_ID, pdu.requestId());
        assertEquals(ErrorStatus.NO_ERROR, pdu.errorStatus());
        assertEquals(0, pdu.errorIndex());
        assertEquals(expected, pdu.varBinds());

        org.snmp4j.smi.OctetString community = new org.snmp4j.smi.OctetString();
        PDU snmp4j = Snmp4jCodec.decode(ByteBuffer.wrap(wire), community);
        assertArrayEquals(GetResponseFixture.COMMUNITY, community.getValue());
        assertEquals(PDU.RESPONSE, snmp4j.getType());
        assertEquals(GetResponseFixture.REQUEST_ID, snmp4j.getRequestID().getValue());
        assertEquals(PDU.noError, snmp4j.getErrorStatus());
        assertEquals(0, snmp4j.getErrorIndex());
        assertEquals(toKsnmp(snmp4j.getVariableBindings()), pdu.varBinds());
        assertEquals(GetResponseFixture.snmp4jPdu().getVariableBindings(), snmp4j.getVariableBindings());
    }

    @Test
    void eachSideDecodesTheOthersEncoding() throws IOException {
        byte[] fromSnmp4j = snmp4jEncode();
        SnmpMessage decoded = MessageCodec.decode(fromSnmp4j, 0, fromSnmp4j.length);
        assertEquals(GetResponseFixture.ksnmpMessage(), decoded);

        byte[] fromKsnmp = ksnmpEncode();
        PDU pdu = Snmp4jCodec.decode(ByteBuffer.wrap(fromKsnmp), new org.snmp4j.smi.OctetString());
        assertEquals(GetResponseFixture.snmp4jPdu(), pdu);
    }

    @Test
    void theFixtureCarriesOneOfEachRequiredType() {
        List<Class<?>> types = new ArrayList<>();
        for (VarBind vb : GetResponseFixture.ksnmpVarBinds()) {
            types.add(vb.value().getClass());
        }
        assertEquals(List.of(OctetString.class, ObjectIdentifier.class, TimeTicks.class, Integer32.class,
                Gauge32.class, Counter32.class, Counter32.class, Counter64.class, Counter64.class,
                IpAddress.class), types);
    }

    /** Converts SNMP4J's decoded bindings into ksnmp values, type by type. */
    private static VarBindList toKsnmp(List<? extends VariableBinding> bindings) {
        VarBind[] out = new VarBind[bindings.size()];
        for (int i = 0; i < out.length; i++) {
            VariableBinding vb = bindings.get(i);
            out[i] = VarBind.of(Oid.fromUnsignedInts(vb.getOid().getValue()), toKsnmp(vb.getVariable()));
        }
        return VarBindList.of(out);
    }

    private static Variable toKsnmp(org.snmp4j.smi.Variable v) {
        // Subclasses before their superclasses: Counter32, Gauge32 and TimeTicks are
        // UnsignedInteger32s in SNMP4J.
        if (v instanceof org.snmp4j.smi.Counter32) {
            return Counter32.of(((org.snmp4j.smi.Counter32) v).getValue());
        } else if (v instanceof org.snmp4j.smi.Gauge32) {
            return Gauge32.of(((org.snmp4j.smi.Gauge32) v).getValue());
        } else if (v instanceof org.snmp4j.smi.TimeTicks) {
            return TimeTicks.of(((org.snmp4j.smi.TimeTicks) v).getValue());
        } else if (v instanceof org.snmp4j.smi.Counter64) {
            return Counter64.of(((org.snmp4j.smi.Counter64) v).getValue());
        } else if (v instanceof org.snmp4j.smi.Integer32) {
            return Integer32.of(((org.snmp4j.smi.Integer32) v).getValue());
        } else if (v instanceof org.snmp4j.smi.IpAddress) {
            return IpAddress.of(((org.snmp4j.smi.IpAddress) v).getInetAddress().getAddress());
        } else if (v instanceof org.snmp4j.smi.OctetString) {
            return OctetString.of(((org.snmp4j.smi.OctetString) v).getValue());
        } else if (v instanceof OID) {
            return ObjectIdentifier.of(Oid.fromUnsignedInts(((OID) v).getValue()));
        }
        throw new AssertionError("a type the fixture does not use: " + v.getClass());
    }
}
