package io.ksnmp.benchmarks.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inform scenario at a tiny size, through its real processes: every inform acknowledged was
 * delivered exactly once, by every receiver and from every sender; an inform whose datagram (or
 * acknowledgement) the kernel lost may time out, nothing else may fail, and nothing is asserted
 * about a rate or a time.
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
        InformScenarioOptions options = InformScenarioOptions.parse("--in-flight", "4", "--warmup", "0.2",
                "--measure", "0.3", "--sender-cpus", "none", "--receiver-cpus", "none", "--sender-jvm-args", SMALL_JVM,
                "--receiver-jvm-args", SMALL_JVM);
        List<InformResult> results = InformScenario.run(options, progress());
        for (String receiver : NotificationReceivers.ALL) {
            boolean ran = results.stream().anyMatch(r -> r.sender().equals(InformClients.BARE_NIO) && r.receiver().equals(receiver));
            assertTrue(ran || printed().contains("# skipped " + receiver + ": "), receiver + ": " + printed());
        }
        for (String sender : InformClients.ALL) {
            boolean ran = results.stream().anyMatch(r -> r.sender().equals(sender)
                    && r.receiver().equals(NotificationReceivers.BARE_NIO));
            assertTrue(ran || printed().contains("# skipped " + sender + ": "), sender + ": " + printed());
        }
        assertTrue(results.size() >= 6, "bare NIO to four receivers, both SNMP4J senders: " + printed());
        for (InformResult r : results) {
            // UDP may lose a datagram on a busy machine (an inform times out, its chain ends); what
            // must hold regardless: every acknowledged inform was delivered, once.
            assertTrue(r.soundDespiteLoss(), r.toString());
            assertTrue(r.ackedTotal() >= r.acked(), r.toString());
        }
        InformTables.print(results, progress());
        assertTrue(printed().contains("| bare-nio | snmptrapd | 4 |"), printed());
    }

    private static InformResult result(long failures, long timeouts, int chainsAtEnd, long ackedTotal, long delivered) {
        return new InformResult("s", "r", 4, 100, 1, 1, 1, 1, 1, failures, timeouts, chainsAtEnd, ackedTotal, delivered, 0, "-");
    }

    @Test
    void aLostDatagramIsSoundAnythingElseIsNot() {
        assertTrue(result(0, 0, 4, 500, 500).soundDespiteLoss());
        assertTrue(result(0, 0, 4, 500, 500).clean());
        InformResult lostInform = result(1, 1, 4, 500, 500);
        assertTrue(lostInform.soundDespiteLoss());
        assertFalse(lostInform.clean());
        assertTrue(result(2, 2, 4, 500, 502).soundDespiteLoss(), "two acknowledgements lost");
        assertFalse(result(1, 1, 4, 500, 502).soundDespiteLoss(), "delivered twice without a loss to explain it");
        assertFalse(result(1, 1, 4, 500, 499).soundDespiteLoss(), "acknowledged but never delivered");
        assertFalse(result(1, 0, 4, 500, 500).soundDespiteLoss(), "a failure that is not a timeout");
        assertFalse(result(0, 0, 3, 500, 500).soundDespiteLoss(), "a chain ended within the window");
        assertTrue(result(1, 1, 4, 500, -1).soundDespiteLoss(), "delivery not known");
    }

    @Test
    void optionsParse() {
        InformScenarioOptions o = InformScenarioOptions.parse("--receivers", "none", "--in-flight", "64");
        assertEquals(List.of(), o.receivers());
        assertEquals(InformClients.ALL, o.senders());
        assertEquals(List.of(64), o.inFlight());
        assertThrows(IllegalArgumentException.class, () -> InformScenarioOptions.parse("--senders", "snmp5j"));
        assertThrows(IllegalArgumentException.class, () -> InformScenarioOptions.parse("--measure"));
    }
}
