package io.ksnmp.benchmarks.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inform scenario at a tiny size, through its real processes: every inform acknowledged was
 * delivered exactly once, by every receiver and from every sender; nothing is asserted about a
 * rate or a time.
 */
class InformScenarioTest {
    private static final String SMALL_JVM = "-Xmx256m";

    private static ByteArrayOutputStream bytes;

    private static PrintStream progress() {
        bytes = new ByteArrayOutputStream();
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyInformAcknowledgedWasDeliveredOnce() throws Exception {
        InformScenarioOptions options = InformScenarioOptions.parse("--receivers", "ksnmp-listener,bare-nio,snmp4j-tuned,snmptrapd",
                "--senders", "ksnmp-futures,snmp4j-default,snmp4j-tuned,bare-nio", "--in-flight", "4", "--warmup", "0.2",
                "--measure", "0.3", "--sender-cpus", "none", "--receiver-cpus", "none", "--sender-jvm-args", SMALL_JVM,
                "--receiver-jvm-args", SMALL_JVM);
        List<InformResult> results = InformScenario.run(options, progress());
        assertTrue(printed().contains("skipped ksnmp-listener") && printed().contains("skipped ksnmp-futures"), printed());
        assertEquals(5, results.size(), printed());
        for (InformResult r : results) {
            assertTrue(r.clean(), r.toString());
            assertTrue(r.acked() > 0 && r.ackedTotal() >= r.acked(), r.toString());
            assertEquals(r.ackedTotal(), r.delivered(), r.toString());
        }
        InformTables.print(results, progress());
        assertTrue(printed().contains("| bare-nio | snmptrapd | 4 |"), printed());
    }

    @Test
    void ksnmpSlotsSayTheyAreNotThereYetAndOptionsParse() {
        assertThrows(UnsupportedOperationException.class, () -> InformClients.create(InformClients.KSNMP_FUTURES, null));
        assertThrows(UnsupportedOperationException.class, () -> InformClients.create(InformClients.KSNMP_COROUTINES, null));
        InformScenarioOptions o = InformScenarioOptions.parse("--receivers", "none", "--in-flight", "64");
        assertEquals(List.of(), o.receivers());
        assertEquals(InformClients.ALL, o.senders());
        assertEquals(List.of(64), o.inFlight());
        assertThrows(IllegalArgumentException.class, () -> InformScenarioOptions.parse("--senders", "snmp5j"));
        assertThrows(IllegalArgumentException.class, () -> InformScenarioOptions.parse("--measure"));
    }
}
