package io.ksnmp.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.errors.SnmpTimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The poll scenario's agents and harness: the responder opens one port per agent and drops what
 * it is told to, every client polls a few agents through drops (resending), and the forked
 * command path prints the table.
 */
class PollScenarioTest {
    private static final List<String> RESPONDER_JVM = List.of("-Xmx64m");
    /** Sends every 200 ms, for a minute: a dropped request is made up by resends however slow the machine is. */
    private static final PollClient.Timing TIMING = new PollClient.Timing(Duration.ofMinutes(1), Duration.ofMillis(200));

    private static ResponderProcess agents(int count, double drop) throws Exception {
        return ResponderProcess.start(PollResponder.class, List.of("--agents", String.valueOf(count), "--drop", String.valueOf(drop),
                "--seed", "7"), RESPONDER_JVM, null);
    }

    @Test
    void everyClientPollsEveryAgentThroughDrops() throws Exception {
        try (ResponderProcess responder = agents(40, 0.1)) {
            List<InetSocketAddress> addresses = responder.addresses();
            assertEquals(40, addresses.size());
            assertEquals(40, new HashSet<>(addresses).size(), "one port per agent");
            for (String client : java.util.stream.Stream.concat(PollClients.ALL.stream(), PollClients.BURST.stream()).toList()) {
                // No pause between the polls: this test counts answers and measures nothing.
                PollMeasurement m = PollScenario.measure(client, addresses, TIMING, 8, 1, 1, responder.pid(), Duration.ZERO).get(0);
                assertEquals(40, m.successes() + m.failures(), client + ": every target has one result");
                // A tenth of the requests is dropped, so only resends get every target answered.
                assertEquals(40, m.successes(), client + ": " + m);
                assertTrue(m.p50Nanos() > 0 && m.p50Nanos() <= m.p90Nanos() && m.p90Nanos() <= m.wallNanos() * 1.02,
                        client + " completion times: " + m);
            }
        }
    }

    @Test
    void agentsThatDropEverythingTimeEveryTargetOutAtTheSameBudget() throws Exception {
        try (ResponderProcess responder = agents(5, 1.0)) {
            PollClient.Timing shortTiming = new PollClient.Timing(Duration.ofMillis(300), Duration.ofMillis(100));
            Map<String, Class<?>> timeoutOf = Map.of(
                    PollClients.KSNMP_FUTURES, SnmpTimeoutException.class, PollClients.SNMP4J_TUNED, TimeoutException.class);
            for (Map.Entry<String, Class<?>> client : timeoutOf.entrySet()) {
                PollMeasurement m = PollScenario.measure(client.getKey(), responder.addresses(), shortTiming, 5, 0, 1, -1).get(0);
                assertEquals(0, m.successes(), client.getKey());
                assertEquals(5, m.failures(), client.getKey());
                // Each gave up because its budget ran out (a timeout, not an error), whenever that was on this machine.
                assertTrue(m.firstFailure().startsWith(client.getValue().getName() + ":"), client.getKey() + " timed out: " + m);
            }
        }
    }

    @Test
    void theCommandRunsForkedAndPrintsTheTable() throws Exception {
        // Nothing is dropped: 3 s (fifteen sends) only leaves room for a busy machine. Not more, because the scenario
        // pauses for the timeout before each measured poll.
        PollScenarioOptions options = PollScenarioOptions.parse("--clients", PollClients.KSNMP_COROUTINES_LOOP + ","
                        + PollClients.SNMP4J_TUNED, "--agents", "30", "--concurrency", "10", "--drop", "0", "--timeout-ms", "3000",
                "--warmup-polls", "1", "--polls", "2", "--jvm-args", "-Xmx256m", "--responder-jvm-args", "-Xmx64m");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<PollMeasurement> polls = PollScenario.run(options, progress);
        assertEquals(4, polls.size(), "two clients, two measured polls each: " + bytes.toString(StandardCharsets.UTF_8));
        for (PollMeasurement r : polls) {
            assertTrue(r.allAnswered(), r.toString());
        }
        PollScenario.print(polls, progress);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("| ksnmp-coroutines-loop | 30 | 10 | 2 | 30 |"), printed);
        assertTrue(printed.contains("| snmp4j-tuned | 30 | 10 | 2 | 30 |"), printed);
    }

    @Test
    void optionsGiveBothLibrariesTheSameBudget() {
        PollScenarioOptions o = PollScenarioOptions.parse();
        assertEquals(10_000, o.agents());
        assertEquals(5, o.polls());
        assertEquals(Duration.ofSeconds(1), o.timing().timeout());
        assertEquals(Duration.ofMillis(200), o.timing().refresh());
        assertEquals(4, o.timing().snmp4jRetries(), "SNMP4J: 5 tries of 200 ms = 1 s");
        assertThrows(IllegalArgumentException.class, () -> PollScenarioOptions.parse("--timeout-ms", "1000", "--refresh-ms", "300"));
        assertThrows(IllegalArgumentException.class, () -> PollScenarioOptions.parse("--clients", "snmp4j"));
        PollMeasurement m = new PollMeasurement("c", 1, 2, 2, 0, 3, 4, 5, 6, 7, 8, 9, 1.5, "java.io.IOException: x y");
        PollMeasurement back = PollMeasurement.of(ResultLine.parse(ResultLine.format(m.toMap())));
        assertEquals(m.successes(), back.successes());
        assertEquals(m.p90Nanos(), back.p90Nanos());
        assertEquals(m.responderCpuNanos(), back.responderCpuNanos());
    }
}
