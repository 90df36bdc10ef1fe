package io.ksnmp.benchmarks;

import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.pdu.Pdu;
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
import java.nio.charset.StandardCharsets;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The message every codec benchmark encodes and decodes: an SNMPv2c GetResponse, community
 * {@code public}, error-status 0, with the ten bindings a poller typically gets back from one
 * switch port plus the system group: OctetString, ObjectIdentifier, TimeTicks, Integer32,
 * Gauge32, two Counter32, two Counter64 and an IpAddress. Encoded, it is {@value #ENCODED_LENGTH}
 * bytes.
 *
 * <p>The values are defined once here and built into each library's own objects, so the ksnmp
 * and SNMP4J benchmarks start from the same data.
 */
public final class GetResponseFixture {
    /** Bytes of the encoded message (checked by the equivalence test). */
    public static final int ENCODED_LENGTH = 303;

    /** The community, as octets. */
    public static final byte[] COMMUNITY = "public".getBytes(StandardCharsets.US_ASCII);

    /** The request-id the response answers (four content octets). */
    public static final int REQUEST_ID = 1_234_567_890;

    /** A Cisco NX-OS ifIndex (Ethernet1/1): five base-128 octets in every interface OID. */
    static final long IF_INDEX = 436_207_616L;

    // The ten bindings: name, then value.
    static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
    static final String SYS_DESCR_VALUE = "Cisco NX-OS(tm) N9K, Version 9.3(11)";
    static final String SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0";
    static final String SYS_OBJECT_ID_VALUE = "1.3.6.1.4.1.9.12.3.1.3.1812";
    static final String SYS_UP_TIME = "1.3.6.1.2.1.1.3.0";
    static final long SYS_UP_TIME_VALUE = 862_718_450L;
    static final String IF_ADMIN_STATUS = "1.3.6.1.2.1.2.2.1.7." + IF_INDEX;
    static final int IF_ADMIN_STATUS_VALUE = 1;
    static final String IF_SPEED = "1.3.6.1.2.1.2.2.1.5." + IF_INDEX;
    static final long IF_SPEED_VALUE = 1_000_000_000L;
    static final String IF_IN_OCTETS = "1.3.6.1.2.1.2.2.1.10." + IF_INDEX;
    static final long IF_IN_OCTETS_VALUE = 3_721_634_518L;
    static final String IF_OUT_OCTETS = "1.3.6.1.2.1.2.2.1.16." + IF_INDEX;
    static final long IF_OUT_OCTETS_VALUE = 1_872_410_355L;
    static final String IF_HC_IN_OCTETS = "1.3.6.1.2.1.31.1.1.1.6." + IF_INDEX;
    static final long IF_HC_IN_OCTETS_VALUE = 1_284_739_662_301_775L;
    static final String IF_HC_OUT_OCTETS = "1.3.6.1.2.1.31.1.1.1.10." + IF_INDEX;
    static final long IF_HC_OUT_OCTETS_VALUE = 913_572_104_558_208L;
    static final String IP_AD_ENT_ADDR = "1.3.6.1.2.1.4.20.1.1.192.0.2.17";
    static final byte[] IP_AD_ENT_ADDR_VALUE = {(byte) 192, 0, 2, 17};

    /** How many bindings the message carries. */
    public static final int VAR_BIND_COUNT = 10;

    private GetResponseFixture() {
    }

    /** @return the ten bindings as ksnmp values */
    public static VarBindList ksnmpVarBinds() {
        return VarBindList.of(
                VarBind.of(SYS_DESCR, OctetString.of(SYS_DESCR_VALUE)),
                VarBind.of(SYS_OBJECT_ID, ObjectIdentifier.of(Oid.parse(SYS_OBJECT_ID_VALUE))),
                VarBind.of(SYS_UP_TIME, TimeTicks.of(SYS_UP_TIME_VALUE)),
                VarBind.of(IF_ADMIN_STATUS, Integer32.of(IF_ADMIN_STATUS_VALUE)),
                VarBind.of(IF_SPEED, Gauge32.of(IF_SPEED_VALUE)),
                VarBind.of(IF_IN_OCTETS, Counter32.of(IF_IN_OCTETS_VALUE)),
                VarBind.of(IF_OUT_OCTETS, Counter32.of(IF_OUT_OCTETS_VALUE)),
                VarBind.of(IF_HC_IN_OCTETS, Counter64.of(IF_HC_IN_OCTETS_VALUE)),
                VarBind.of(IF_HC_OUT_OCTETS, Counter64.of(IF_HC_OUT_OCTETS_VALUE)),
                VarBind.of(IP_AD_ENT_ADDR, IpAddress.of(IP_AD_ENT_ADDR_VALUE)));
    }

    /** @return the message as ksnmp builds it */
    public static CommunityMessage ksnmpMessage() {
        return CommunityMessage.of(SnmpVersion.V2C, COMMUNITY,
                Pdu.response(REQUEST_ID, ErrorStatus.NO_ERROR, 0, ksnmpVarBinds()));
    }

    /** @return the PDU as SNMP4J builds it (the community travels beside it, as in SNMP4J) */
    public static PDU snmp4jPdu() {
        PDU pdu = new PDU();
        pdu.setType(PDU.RESPONSE);
        pdu.setRequestID(new org.snmp4j.smi.Integer32(REQUEST_ID));
        pdu.setErrorStatus(PDU.noError);
        pdu.setErrorIndex(0);
        pdu.add(new VariableBinding(new OID(SYS_DESCR), new org.snmp4j.smi.OctetString(SYS_DESCR_VALUE)));
        pdu.add(new VariableBinding(new OID(SYS_OBJECT_ID), new OID(SYS_OBJECT_ID_VALUE)));
        pdu.add(new VariableBinding(new OID(SYS_UP_TIME), new org.snmp4j.smi.TimeTicks(SYS_UP_TIME_VALUE)));
        pdu.add(new VariableBinding(new OID(IF_ADMIN_STATUS), new org.snmp4j.smi.Integer32(IF_ADMIN_STATUS_VALUE)));
        pdu.add(new VariableBinding(new OID(IF_SPEED), new org.snmp4j.smi.Gauge32(IF_SPEED_VALUE)));
        pdu.add(new VariableBinding(new OID(IF_IN_OCTETS), new org.snmp4j.smi.Counter32(IF_IN_OCTETS_VALUE)));
        pdu.add(new VariableBinding(new OID(IF_OUT_OCTETS), new org.snmp4j.smi.Counter32(IF_OUT_OCTETS_VALUE)));
        pdu.add(new VariableBinding(new OID(IF_HC_IN_OCTETS), new org.snmp4j.smi.Counter64(IF_HC_IN_OCTETS_VALUE)));
        pdu.add(new VariableBinding(new OID(IF_HC_OUT_OCTETS), new org.snmp4j.smi.Counter64(IF_HC_OUT_OCTETS_VALUE)));
        pdu.add(new VariableBinding(new OID(IP_AD_ENT_ADDR), new org.snmp4j.smi.IpAddress(IP_AD_ENT_ADDR_VALUE)));
        return pdu;
    }
}
