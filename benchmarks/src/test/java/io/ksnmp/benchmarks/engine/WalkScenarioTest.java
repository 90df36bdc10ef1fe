package io.ksnmp.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.ber.BerWriter;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.MessageCodec;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.Pdu;
import io.ksnmp.pdu.PduType;
import io.ksnmp.smi.EndOfMibView;
import io.ksnmp.smi.NoSuchInstance;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBindList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walk scenario's agent and harness: the table responder answers get, get-next and
 * get-bulk from its table as an agent must, and every client reads a small table completely
 * (in this JVM and through the forked command path).
 */
class WalkScenarioTest {
    private static final int ROWS = 30;
    private static ResponderProcess responder;

    @BeforeAll
    static void startResponder() throws Exception {
        responder = ResponderProcess.start(TableResponder.class, List.of("--rows", String.valueOf(ROWS)), List.of("-Xmx64m"), null);
    }

    @AfterAll
    static void stopResponder() {
        if (responder != null) {
            responder.close();
        }
    }

    /** Runs one request through a responder's answer logic (no socket) and decodes the answer. */
    private static Pdu ask(TableResponder r, Pdu request) {
        BerWriter w = new BerWriter();
        MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, Responder.COMMUNITY, request), w);
        System.arraycopy(w.array(), w.offset(), r.receiveArray(), 0, w.size());
        assertTrue(r.answer(w.size()), "answered");
        byte[] answer = r.encoded();
        CommunityMessage m = (CommunityMessage) MessageCodec.decode(answer, 0, answer.length);
        assertTrue(m.hasCommunity(Responder.COMMUNITY));
        Pdu pdu = (Pdu) m.pdu();
        assertEquals(PduType.RESPONSE, pdu.type());
        assertEquals(request.requestId(), pdu.requestId());
        return pdu;
    }

    @Test
    void theResponderAnswersFromItsTableAsAnAgentMust() {
        TableMib mib = TableMib.of(5);
        TableResponder r = new TableResponder(mib, null);
        Oid ifName3 = TableMib.ENTRY.child(2).child(3);
        VarBindList get = ask(r, Pdu.get(1, VarBindList.ofNames(ifName3, TableMib.ENTRY.child(2).child(99)))).varBinds();
        assertEquals(TableMib.value(2, 3), get.value(0));
        assertSame(NoSuchInstance.INSTANCE, get.value(1));

        VarBindList next = ask(r, Pdu.getNext(2, VarBindList.ofNames(TableMib.TABLE, TableMib.ENTRY.child(1).child(5),
                TableMib.ENTRY.child(10).child(5)))).varBinds();
        assertEquals(List.of(TableMib.ENTRY.child(1).child(1), TableMib.ENTRY.child(2).child(1), TableMib.ENTRY.child(10).child(5)),
                next.oids());
        assertEquals(TableMib.value(1, 1), next.value(0));
        assertSame(EndOfMibView.INSTANCE, next.value(2));

        // One non-repeater, two repeaters, 4 repetitions: the second repeater runs off the end after one.
        VarBindList bulk = ask(r, Pdu.getBulk(3, 1, 4, VarBindList.ofNames(TableMib.TABLE, TableMib.ENTRY.child(3).child(2),
                TableMib.ENTRY.child(10).child(4)))).varBinds();
        assertEquals(1 + 2 * 4, bulk.size());
        assertEquals(TableMib.ENTRY.child(1).child(1), bulk.oid(0));
        assertEquals(List.of(TableMib.ENTRY.child(3).child(3), TableMib.ENTRY.child(10).child(5),
                TableMib.ENTRY.child(3).child(4), TableMib.ENTRY.child(10).child(5)), bulk.oids().subList(1, 5));
        assertEquals(TableMib.value(10, 5), bulk.value(2));
        assertSame(EndOfMibView.INSTANCE, bulk.value(4));
        assertEquals(TableMib.value(3, 4), bulk.value(3));

        // Everything from the start, more repetitions than the table has: all 50 bindings in order, then one endOfMibView row.
        VarBindList all = ask(r, Pdu.getBulk(4, 0, 1000, VarBindList.ofNames(TableMib.TABLE))).varBinds();
        assertEquals(mib.size() + 1, all.size());
        for (int i = 0; i < mib.size(); i++) {
            assertEquals(mib.name(i), all.oid(i));
            assertEquals(mib.value(i), all.value(i));
        }
        assertSame(EndOfMibView.INSTANCE, all.value(mib.size()));
    }

    @Test
    void largeBulkAnswersStopAtWholeRepetitionsUnderTheSizeLimit() {
        TableMib mib = TableMib.of(10_000);
        TableResponder r = new TableResponder(mib, null);
        VarBindList columns = VarBindList.ofNames(List.of(TableMib.ENTRY.child(1), TableMib.ENTRY.child(2), TableMib.ENTRY.child(3)));
        VarBindList bulk = ask(r, Pdu.getBulk(5, 0, 5_000, columns)).varBinds();
        assertTrue(bulk.size() < 3 * 5_000 && bulk.size() % 3 == 0, "cut at whole repetitions: " + bulk.size());
        assertTrue(r.encoded().length <= TableResponder.MAX_RESPONSE_OCTETS + 100, "size " + r.encoded().length);
    }

    @Test
    void everyClientReadsTheWholeTable() throws Exception {
        for (String client : WalkClients.ALL) {
            // 7 repetitions do not divide 30 rows, so responses straddle column ends.
            List<WalkMeasurement> reads = WalkScenario.measure(client, responder.address(), ROWS * TableMib.COLUMNS, 7, 1, 2,
                    responder.pid());
            assertEquals(2, reads.size());
            for (WalkMeasurement m : reads) {
                assertTrue(m.clean(), client + ": " + m);
                assertTrue(m.cpuNanos() >= 0 && m.allocatedBytes() > 0 && m.nanos() > 0, client + " meters: " + m);
            }
        }
    }

    @Test
    void theCommandRunsForkedAndPrintsTheTable() throws Exception {
        WalkScenarioOptions options = WalkScenarioOptions.parse("--clients",
                WalkClients.KSNMP_BULKWALK + "," + WalkClients.SNMP4J_TUNED_TREE, "--rows", "20", "--max-repetitions", "9",
                "--warmup-walks", "1", "--walks", "2", "--jvm-args", "-Xmx256m", "--responder-jvm-args", "-Xmx64m");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<WalkMeasurement> reads = WalkScenario.run(options, progress);
        assertEquals(4, reads.size(), bytes.toString(StandardCharsets.UTF_8));
        for (WalkMeasurement r : reads) {
            assertTrue(r.clean(), r.toString());
            assertEquals(200, r.bindings());
            assertTrue(r.responderCpuNanos() >= 0, "the responder's CPU time is read");
        }
        WalkScenario.print(reads, progress);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("| ksnmp-bulkwalk | 2 |"), printed);
        assertTrue(printed.contains("| snmp4j-tuned-treeutils | 2 |"), printed);
    }

    @Test
    void readsSurviveTheChildsOutputLineAndOptionsRejectUnknownArguments() {
        List<WalkMeasurement> reads = List.of(
                new WalkMeasurement(WalkClients.KSNMP_TABLE, 100, 100, 5, 6, 7, 0, -1, "-"),
                new WalkMeasurement(WalkClients.KSNMP_TABLE, -1, 100, 8, 9, 10, 1, 11, "java.io.IOException: a, b|c"));
        List<WalkMeasurement> back = WalkMeasurement.listOf(ResultLine.parse(ResultLine.format(WalkMeasurement.toMap(reads))));
        assertEquals(reads.get(0), back.get(0));
        assertEquals(reads.get(1).nanos(), back.get(1).nanos());
        assertEquals(-1, back.get(1).bindings());
        assertEquals(WalkClients.SNMP4J_TUNED_TABLE, WalkClients.baseline(WalkClients.KSNMP_FUTURES_TABLE));
        assertEquals(WalkClients.SNMP4J_TUNED_TREE, WalkClients.baseline(WalkClients.KSNMP_BULKWALK));
        assertEquals(WalkClients.SNMP4J_TUNED_TABLE, WalkClients.baseline(WalkClients.KSNMP_TABLE_BUSY_POLL));
        assertEquals(WalkClients.SNMP4J_TUNED_TREE, WalkClients.baseline(WalkClients.KSNMP_BULKWALK_BUSY_POLL));
        assertEquals(50, WalkScenarioOptions.parse().maxRepetitions());
        assertThrows(IllegalArgumentException.class, () -> WalkScenarioOptions.parse("--walks"));
        assertThrows(IllegalArgumentException.class, () -> WalkScenarioOptions.parse("--clients", "snmp4j-walk"));
    }
}
