package io.ksnmp.benchmarks.notify;

import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.ObjectIdentifier;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import java.nio.charset.StandardCharsets;

/**
 * What every notification of the notification scenarios carries: a linkDown (RFC 2863) for
 * interface 7, as a switch sends it, in the SNMPv2 form: sysUpTime.0, snmpTrapOID.0, then
 * ifIndex.7, ifAdminStatus.7, ifOperStatus.7 and ifDescr.7. Traps and informs differ only in the
 * PDU type and the request-id.
 *
 * <p>Request-ids are {@link #FIRST_REQUEST_ID} and up: every id from 2<sup>24</sup> to
 * 2<sup>31</sup> − 1 takes exactly four content octets, so every message of a run has the same
 * length, and receivers count distinct ids from there ({@link Tally}).
 */
public final class TrapContent {
    /** The community of every v2c notification, and the only one the receivers accept. */
    public static final String COMMUNITY = "public";

    /** The first request-id of a scenario; each message takes the next. */
    public static final int FIRST_REQUEST_ID = 1 << 24;

    /** sysUpTime.0. */
    public static final Oid SYS_UP_TIME = Oid.parse("1.3.6.1.2.1.1.3.0");

    /** snmpTrapOID.0. */
    public static final Oid SNMP_TRAP_OID = Oid.parse("1.3.6.1.6.3.1.1.4.1.0");

    /** linkDown, the value of snmpTrapOID.0. */
    public static final Oid LINK_DOWN = Oid.parse("1.3.6.1.6.3.1.1.5.3");

    /** sysUpTime.0's value in every notification: 36 days. */
    public static final long UPTIME_HUNDREDTHS = 311_040_000L;

    private TrapContent() {
    }

    /** @return community {@link #COMMUNITY} as octets */
    public static byte[] community() {
        return COMMUNITY.getBytes(StandardCharsets.US_ASCII);
    }

    /** @return the six bindings */
    public static VarBindList varBinds() {
        return VarBindList.of(
                VarBind.of(SYS_UP_TIME, TimeTicks.of(UPTIME_HUNDREDTHS)),
                VarBind.of(SNMP_TRAP_OID, ObjectIdentifier.of(LINK_DOWN)),
                VarBind.of("1.3.6.1.2.1.2.2.1.1.7", Integer32.of(7)),
                VarBind.of("1.3.6.1.2.1.2.2.1.7.7", Integer32.of(1)),
                VarBind.of("1.3.6.1.2.1.2.2.1.8.7", Integer32.of(2)),
                VarBind.of("1.3.6.1.2.1.2.2.1.2.7", OctetString.of("GigabitEthernet0/7")));
    }
}
