package io.ksnmp.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.benchmarks.nativeio.Libc;
import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.errors.SnmpTimeoutException;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBindList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The end-to-end scenario's peer and harness: the responder (a real separate process) answers
 * ksnmp's and SNMP4J's GETs with the expected bindings and nothing else, the silent one never
 * answers, and every client runs the closed loop and the heap measurement at a tiny size without
 * a failure, in this JVM and through the forked command path.
 */
class EndToEndScenarioTest {
    /** How long a request that will be answered may take: a bound for a hung test, not for a slow machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static final List<String> RESPONDER_JVM = List.of("-Xmx64m");
    private static final Oid UPTIME = Oid.parse(GetClient.NAME);
    private static final Oid DESCR = Oid.parse("1.3.6.1.2.1.1.1.0");
    private static ResponderProcess responder;
    private static ResponderProcess silent;

    @BeforeAll
    static void startResponders() throws Exception {
        responder = ResponderProcess.start(false, RESPONDER_JVM);
        silent = ResponderProcess.start(true, RESPONDER_JVM);
    }

    @AfterAll
    static void stopResponders() {
        if (responder != null) {
            responder.close();
        }
        if (silent != null) {
            silent.close();
        }
    }

    private static SnmpManagerFutures ksnmp(SnmpEngine engine, InetSocketAddress agent, String community, Duration timeout) {
        return engine.futures().manager(ManagerOptions.builder(agent).version(SnmpVersion.V2C).community(community)
                .timeout(timeout).refreshPeriod(timeout).build());
    }

    @Test
    void responderAnswersKsnmpWithOneFixedBindingPerName() {
        try (SnmpEngine engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).build()) {
            SnmpManagerFutures m = ksnmp(engine, responder.address(), "public", PATIENCE);
            VarBindList one = m.get(UPTIME).join();
            assertEquals(1, one.size());
            assertEquals(UPTIME, one.oid(0));
            assertEquals(TimeTicks.of(862_718_450L), one.value(0));
            VarBindList two = m.get(DESCR, UPTIME).join();
            assertEquals(List.of(DESCR, UPTIME), two.oids());
            assertEquals(List.of(Responder.VALUE, Responder.VALUE), two.values());
        }
    }

    @Test
    void responderAnswersSnmp4jWithTheSameBinding() throws Exception {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
        try (Snmp snmp = new Snmp(transport)) {
            snmp.listen();
            CommunityTarget<UdpAddress> target = new CommunityTarget<>(
                    new UdpAddress(responder.address().getAddress(), responder.address().getPort()), new OctetString("public"));
            target.setVersion(SnmpConstants.version2c);
            target.setTimeout(PATIENCE.toMillis());
            target.setRetries(0);
            PDU pdu = new PDU();
            pdu.setType(PDU.GET);
            pdu.add(new VariableBinding(new OID(GetClient.NAME)));
            ResponseEvent<UdpAddress> event = snmp.send(pdu, target);
            PDU response = event.getResponse();
            assertNotNull(response, "SNMP4J got a response");
            assertEquals(PDU.RESPONSE, response.getType());
            assertEquals(PDU.noError, response.getErrorStatus());
            assertEquals(1, response.size());
            assertEquals(new OID(GetClient.NAME), response.get(0).getOid());
            assertEquals(new org.snmp4j.smi.TimeTicks(862_718_450L), response.get(0).getVariable());
        }
    }

    @Test
    void responderIgnoresOtherCommunitiesAndTheSilentOneNeverAnswers() {
        try (SnmpEngine engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).build()) {
            Duration shortTimeout = Duration.ofMillis(300);
            CompletionException wrongCommunity = assertThrows(CompletionException.class,
                    () -> ksnmp(engine, responder.address(), "private", shortTimeout).get(UPTIME).join());
            assertInstanceOf(SnmpTimeoutException.class, wrongCommunity.getCause());
            CompletionException unanswered = assertThrows(CompletionException.class,
                    () -> ksnmp(engine, silent.address(), "public", shortTimeout).get(UPTIME).join());
            assertInstanceOf(SnmpTimeoutException.class, unanswered.getCause());
        }
    }

    @Test
    void everyClientRunsTheClosedLoopWithoutFailure() throws Exception {
        for (String client : Clients.ALL) {
            ThroughputResult r = GetThroughputScenario.measureThroughput(client, responder.address(), 4, 0.3, 0.5,
                    responder.pid());
            assertTrue(r.requests() > 0, client + " completed requests");
            assertEquals(0, r.failures(), client + " failures: " + r.firstFailure());
            assertEquals(4, r.chainsAtEnd(), client + " kept every chain going");
            assertTrue(r.p50Nanos() > 0 && r.p50Nanos() <= r.p99Nanos(), client + " latencies");
            assertTrue(r.cpuNanos() >= 0 && r.allocatedBytes() > 0, client + " meters");
        }
    }

    @Test
    void theFloorsAndTheNioEngineRunTheClosedLoopWithoutFailure() throws Exception {
        List<String> extra = new ArrayList<>(List.of(Clients.KSNMP_FUTURES_NIO, Clients.BARE_NIO));
        if (Libc.available()) {
            extra.add(Clients.BARE_BATCHED);
        }
        for (String client : extra) {
            ThroughputResult r = GetThroughputScenario.measureThroughput(client, responder.address(), 4, 0.3, 0.5,
                    responder.pid());
            assertTrue(r.requests() > 0, client + " completed requests");
            assertEquals(0, r.failures(), client + " failures: " + r.firstFailure());
            assertEquals(4, r.chainsAtEnd(), client + " kept every chain going");
        }
    }

    @Test
    void theSnmpV3ClientsRunTheClosedLoopAgainstTheAgentInAuthPriv() throws Exception {
        try (ResponderProcess agent = ResponderProcess.start(AgentResponder.class, List.of(), RESPONDER_JVM, null)) {
            for (String client : List.of(Clients.KSNMP_FUTURES_V3, Clients.SNMP4J_TUNED_V3)) {
                ThroughputResult r = GetThroughputScenario.measureThroughput(client, agent.address(), 4, 0.3, 0.5, agent.pid());
                assertTrue(r.requests() > 0, client + " completed requests");
                assertEquals(0, r.failures(), client + " failures: " + r.firstFailure());
                assertEquals(4, r.chainsAtEnd(), client + " kept every chain going");
            }
        }
    }

    @Test
    void everyClientHoldsItsUnansweredRequestsOutstanding() throws Exception {
        for (String client : Clients.ALL) {
            HeapResult r = GetThroughputScenario.measureHeap(client, silent.address(), 2_000);
            assertEquals(2_000, r.outstanding(), client + " outstanding");
            assertTrue(r.bytesPerRequest() > 0, client + " holds heap for its requests");
        }
    }

    @Test
    void theCommandRunsForkedAndPrintsBothTables() throws Exception {
        ScenarioOptions options = ScenarioOptions.parse("--clients",
                Clients.KSNMP_FUTURES + "," + Clients.SNMP4J_TUNED, "--in-flight", "2", "--warmup", "0.3", "--measure", "0.5",
                "--outstanding", "500", "--jvm-args", "-Xmx256m", "--heap-jvm-args", "-Xmx256m -XX:+UseSerialGC",
                "--responder-jvm-args", "-Xmx64m");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<ThroughputResult> throughput = GetThroughputScenario.runThroughput(options, progress);
        List<HeapResult> heap = GetThroughputScenario.runHeap(options, progress);
        assertEquals(2, throughput.size(), bytes.toString(StandardCharsets.UTF_8));
        for (ThroughputResult r : throughput) {
            assertTrue(r.clean(), r.toString());
            assertTrue(r.responderCpuNanos() >= 0, "the responder's CPU time is read");
        }
        assertEquals(2, heap.size(), bytes.toString(StandardCharsets.UTF_8));
        for (HeapResult r : heap) {
            assertEquals(500, r.outstanding(), r.toString());
        }
        GetThroughputScenario.printThroughput(throughput, progress);
        GetThroughputScenario.printHeap(heap, progress);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("| snmp4j-tuned | 2 |"), printed);
        assertTrue(printed.contains("| ksnmp-futures | 500 |"), printed);
    }

    @Test
    void theEmbeddedAgentAsResponderServesEveryClient() throws Exception {
        ScenarioOptions options = ScenarioOptions.parse("--responder", "ksnmp-agent");
        try (ResponderProcess agent = ResponderProcess.start(options.responderMain(), List.of(), RESPONDER_JVM, null)) {
            for (String client : List.of(Clients.KSNMP_FUTURES, Clients.SNMP4J_TUNED)) {
                ThroughputResult r = GetThroughputScenario.measureThroughput(client, agent.address(), 4, 0.3, 0.5, agent.pid());
                assertTrue(r.requests() > 0, client + " completed requests");
                assertEquals(0, r.failures(), client + " failures: " + r.firstFailure());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ScenarioOptions.parse("--responder", "snmpd").responderMain());
    }

    @Test
    void optionsParseAndRejectUnknownArguments() {
        ScenarioOptions o = ScenarioOptions.parse("--in-flight", "none", "--outstanding", "0");
        assertEquals(List.of(), o.inFlight());
        assertEquals(0, o.outstanding());
        assertEquals(Clients.ALL, o.clients());
        assertNull(o.clientCpus());
        assertEquals("1", ScenarioOptions.parse("--responder-cpus", "1").responderCpus());
        assertThrows(IllegalArgumentException.class, () -> ScenarioOptions.parse("--warmup"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioOptions.parse("--inflight", "1"));
        assertNull(ResultLine.parse("not a result"));
    }
}
