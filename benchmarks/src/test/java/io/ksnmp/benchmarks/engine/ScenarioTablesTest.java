package io.ksnmp.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenario's tables: medians over rounds, ratios to tuned SNMP4J, results surviving the trip through the child's output line. */
class ScenarioTablesTest {

    /** One second's window with {@code requests} completed and {@code cpuMillis} of CPU. */
    private static ThroughputResult result(String client, long requests, long cpuMillis) {
        return new ThroughputResult(client, 64, requests, 1_000_000_000L, 300_000, 900_000, 2_000_000,
                cpuMillis * 1_000_000, requests * 600, 0, 1, 5, 400_000_000L, 0, 64, 1.5, "-");
    }

    @Test
    void rowsShowMediansOverRoundsAndRatiosToTunedSnmp4j() {
        List<ThroughputResult> results = List.of(
                result(Clients.KSNMP_FUTURES, 200_000, 600), result(Clients.SNMP4J_TUNED, 100_000, 600),
                result(Clients.KSNMP_FUTURES, 100_000, 400), result(Clients.SNMP4J_TUNED, 100_000, 500),
                result(Clients.KSNMP_FUTURES, 150_000, 450), result(Clients.SNMP4J_TUNED, 50_000, 300));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GetThroughputScenario.printThroughput(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        // ksnmp: median 150,000 req/s (100k–200k), CPU 3.0/4.0/3.0 µs a request → 3.00; SNMP4J: 100,000 and 5.0/6.0/6.0 → 6.00.
        // No bare batched client ran, so the last ratio is empty.
        assertTrue(table.contains("| ksnmp-futures | 64 | 150,000 | 100,000 – 200,000 | 300.0 | 900.0 | 3.00 | 600 | 1 | 40% | 1.50 | 0.50 |  |"),
                table);
        assertTrue(table.contains("| snmp4j-tuned | 64 | 100,000 | 50,000 – 100,000 |"), table);
        assertEquals(3, table.lines().filter(l -> l.startsWith("| ")).count() - 1, table);
    }

    @Test
    void theFloorColumnIsEachRatesShareOfTheBareBatchedClientsAndV3RowsAreHeldAgainstV3Snmp4j() {
        List<ThroughputResult> results = List.of(
                result(Clients.BARE_BATCHED, 200_000, 600), result(Clients.KSNMP_FUTURES, 150_000, 600),
                result(Clients.SNMP4J_TUNED, 100_000, 600), result(Clients.KSNMP_FUTURES_V3, 90_000, 600),
                result(Clients.SNMP4J_TUNED_V3, 30_000, 600));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GetThroughputScenario.printThroughput(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| ksnmp-futures | 64 | 150,000 | 300.0 | 900.0 | 4.00 | 600 | 1 | 40% | 1.50 | 0.67 | 0.75 |"), table);
        assertTrue(table.contains("| ksnmp-futures-v3 | 64 | 90,000 | 300.0 | 900.0 | 6.67 | 600 | 1 | 40% | 3.00 | 0.33 | 0.45 |"), table);
    }

    @Test
    void aResultSurvivesTheChildsOutputLine() {
        ThroughputResult r = new ThroughputResult(Clients.KSNMP_COROUTINES, 1024, 1_234_567, 10_000_000_000L, 1, 2, 3, 4, 5,
                0, 6, 7, -1, 2, 1000, 0.75, "java.io.IOException: a b\tc");
        String line = ResultLine.format(r.toMap());
        assertTrue(line.startsWith(ResultLine.PREFIX) && !line.contains("\n"), line);
        Map<String, String> parsed = ResultLine.parse(line);
        ThroughputResult back = ThroughputResult.of(parsed);
        assertEquals(r.client(), back.client());
        assertEquals(r.requests(), back.requests());
        assertEquals(r.responderCpuNanos(), back.responderCpuNanos());
        assertEquals("java.io.IOException:_a_b_c", back.firstFailure());
        assertEquals(new ThroughputResult(r.client(), r.inFlight(), r.requests(), r.nanos(), r.p50Nanos(), r.p99Nanos(),
                r.p999Nanos(), r.cpuNanos(), r.allocatedBytes(), r.threadsEnded(), r.gcCount(), r.gcMillis(),
                r.responderCpuNanos(), r.failures(), r.chainsAtEnd(), r.loadAverage(), back.firstFailure()), back);
        HeapResult h = new HeapResult(Clients.SNMP4J_DEFAULT, 100_000, 100_000, 1_000_000, 57_000_000);
        assertEquals(h, HeapResult.of(ResultLine.parse(ResultLine.format(h.toMap()))));
        assertEquals(560.0, h.bytesPerRequest());
    }
}
