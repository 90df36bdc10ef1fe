package io.ksnmp.coroutines.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.testing.Patience;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The agent's API from Java: builders, functional interfaces, no Kotlin types. */
class SnmpAgentJavaTest {
    private static final Oid SYS_DESCR = Oid.parse("1.3.6.1.2.1.1.1.0");
    private static final Oid SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0");
    private static final Oid SYS_CONTACT = Oid.parse("1.3.6.1.2.1.1.4.0");
    private static final Oid IF_ENTRY = Oid.parse("1.3.6.1.2.1.2.2.1");

    @Test
    void servesScalarsAndATableBuiltFromJava() throws Exception {
        MibRegistry mib = new MibRegistry()
                .scalar(SYS_DESCR, OctetString.of("from Java"))
                .scalar(SYS_UPTIME, SmiType.TIME_TICKS, () -> TimeTicks.of(77));
        MutableScalar contact = mib.writableScalar(SYS_CONTACT, OctetString.of("nobody"), ValueCheck.length(0, 32));
        MibTable table = mib.table(IF_ENTRY, List.of(new MibColumn(1, SmiType.INTEGER), new MibColumn(2, SmiType.OCTET_STRING, true)));
        table.addRow(Oid.of(1), Integer32.of(1), OctetString.of("eth0"));
        try (SnmpEngine engine = SnmpEngine.builder().build()) {
            SnmpAgent agent = engine.agent(AgentOptions.builder().address("127.0.0.1", 0).readCommunity("public").writeCommunity("private").build(), mib);
            assertTrue(agent.getAddress().getPort() > 0);
            SnmpManagerFutures m = engine.futures().manager(ManagerOptions.builder(agent.getAddress())
                    .version(SnmpVersion.V2C).community("private").build());
            VarBindList got = m.get(SYS_DESCR, SYS_UPTIME, IF_ENTRY.child(2).child(1)).get(Patience.SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of(OctetString.of("from Java"), TimeTicks.of(77), OctetString.of("eth0")), got.values());
            VarBind set = VarBind.of(SYS_CONTACT, OctetString.of("java@example.net"));
            assertEquals(VarBindList.of(set), m.set(set).get(Patience.SECONDS, TimeUnit.SECONDS));
            assertEquals(OctetString.of("java@example.net"), contact.getValue());
            assertEquals(1L, agent.getCounters().getSets());
            agent.close();
        }
    }
}
