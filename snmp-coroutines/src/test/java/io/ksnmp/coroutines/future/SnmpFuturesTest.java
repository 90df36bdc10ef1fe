package io.ksnmp.coroutines.future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.coroutines.DropReason;
import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.RequestOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.testing.EngineProbesKt;
import io.ksnmp.coroutines.testing.ScriptedPeer;
import io.ksnmp.coroutines.testing.ScriptedV3Agent;
import io.ksnmp.errors.ErrorResponseException;
import io.ksnmp.errors.SnmpClosedException;
import io.ksnmp.errors.SnmpTimeoutException;
import io.ksnmp.message.CommunityMessage;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.pdu.ErrorStatus;
import io.ksnmp.pdu.PduType;
import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.OctetString;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.testing.Patience;
import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.UsmUser;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The futures view, used the way a Java application uses it. */
class SnmpFuturesTest {
    private static final Oid SYS_UPTIME = Oid.parse("1.3.6.1.2.1.1.3.0");
    private static final Oid SYS_CONTACT = Oid.parse("1.3.6.1.2.1.1.4.0");

    private ScriptedPeer peer;
    private SnmpEngine engine;
    private SnmpManagerFutures manager;

    @BeforeEach
    void start() {
        peer = new ScriptedPeer(InetAddress.getLoopbackAddress());
        engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).build();
        manager = engine.futures().manager(ManagerOptions.builder(peer.getAddress())
                .community("public")
                // No resend and no timeout while a test runs, however slow the machine: the bound only ends a hung test.
                .timeout(Patience.JAVA)
                .refreshPeriod(Patience.JAVA)
                .build());
    }

    @AfterEach
    void stop() {
        engine.close();
        peer.close();
    }

    private ScriptedPeer.Received next() {
        ScriptedPeer.Received r = peer.next(Patience.MILLIS);
        assertNotNull(r, "the manager sent nothing");
        return r;
    }

    private void reply(ScriptedPeer.Received r, VarBindList varBinds) {
        peer.reply(r, varBinds, ErrorStatus.NO_ERROR, 0);
    }

    @Test
    void getCompletesWithTheBindings() throws Exception {
        CompletableFuture<VarBindList> f = manager.get(SYS_UPTIME);
        ScriptedPeer.Received r = next();
        assertEquals(PduType.GET, r.getPdu().type());
        reply(r, VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(99))));
        assertEquals(Integer32.of(99), f.get(Patience.SECONDS, TimeUnit.SECONDS).value(0));
    }

    @Test
    void getNextGetBulkAndSetSendTheirPdus() throws Exception {
        CompletableFuture<VarBindList> next = manager.getNext(SYS_UPTIME);
        ScriptedPeer.Received n = next();
        assertEquals(PduType.GET_NEXT, n.getPdu().type());
        reply(n, VarBindList.of(VarBind.of(SYS_CONTACT, OctetString.of("noc"))));
        assertEquals(SYS_CONTACT, next.get(Patience.SECONDS, TimeUnit.SECONDS).oid(0));

        CompletableFuture<VarBindList> bulk = manager.getBulk(0, 5, SYS_UPTIME);
        ScriptedPeer.Received b = next();
        assertEquals(PduType.GET_BULK, b.getPdu().type());
        assertEquals(5, b.getPdu().maxRepetitions());
        reply(b, VarBindList.of(VarBind.of(SYS_CONTACT, OctetString.of("noc"))));
        assertEquals(1, bulk.get(Patience.SECONDS, TimeUnit.SECONDS).size());

        VarBind contact = VarBind.of(SYS_CONTACT, OctetString.of("ops@example.net"));
        CompletableFuture<VarBindList> set = manager.set(contact);
        ScriptedPeer.Received s = next();
        assertEquals(PduType.SET, s.getPdu().type());
        assertEquals(VarBindList.of(contact), s.getPdu().varBinds());
        reply(s, VarBindList.of(contact));
        assertEquals(VarBindList.of(contact), set.get(Patience.SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void requestOptionsTakeJavaDurationsAndOverrideTheManager() throws Exception {
        RequestOptions options = RequestOptions.builder()
                .timeout(Duration.ofMillis(300))
                .refreshPeriod(Duration.ofSeconds(1))
                .community("private")
                .build();
        CompletableFuture<VarBindList> f = manager.get(options, SYS_UPTIME);
        ScriptedPeer.Received r = next();
        assertEquals("private", new String(((CommunityMessage) r.getMessage()).community(), StandardCharsets.UTF_8));
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(Patience.SECONDS, TimeUnit.SECONDS));
        SnmpTimeoutException timeout = assertInstanceOf(SnmpTimeoutException.class, e.getCause());
        assertEquals(Duration.ofMillis(300), timeout.timeout());
        assertEquals(1, timeout.sends());
    }

    @Test
    void errorsCompleteTheFutureExceptionallyWithTypedExceptions() {
        VarBind contact = VarBind.of(SYS_CONTACT, Integer32.of(1));
        CompletableFuture<VarBindList> f = manager.set(List.of(contact));
        peer.reply(next(), VarBindList.of(contact), ErrorStatus.WRONG_TYPE, 1);
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(Patience.SECONDS, TimeUnit.SECONDS));
        ErrorResponseException error = assertInstanceOf(ErrorResponseException.class, e.getCause());
        assertEquals(ErrorStatus.WRONG_TYPE, error.status());
        assertEquals(1, error.index());
        assertEquals(SYS_CONTACT, error.oidOrNull());
    }

    @Test
    void cancellingTheFutureCancelsTheRequest() throws Exception {
        CompletableFuture<VarBindList> f = manager.get(SYS_UPTIME);
        ScriptedPeer.Received r = next();
        assertTrue(f.cancel(false));
        assertTrue(Patience.until(() -> engine.getCounters().getPendingRequests() == 0));
        assertEquals(1, engine.getCounters().getCancelled());
        assertTrue(EngineProbesKt.engineTables(engine).isEmpty(), "a cancelled request leaves no timer: it is not sent again");
        reply(r, VarBindList.of(VarBind.of(SYS_UPTIME, Integer32.of(1))));
        assertTrue(Patience.until(() -> engine.getCounters().dropped(DropReason.UNKNOWN_REQUEST) == 1));
        assertEquals(1, engine.getCounters().dropped(DropReason.UNKNOWN_REQUEST));
        assertEquals(1, engine.getCounters().getDatagramsSent());
    }

    @Test
    void closingTheEngineCompletesPendingFuturesWithSnmpClosedException() {
        CompletableFuture<VarBindList> f = manager.get(SYS_UPTIME);
        next();
        engine.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(Patience.SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(SnmpClosedException.class, e.getCause());
        ExecutionException later = assertThrows(ExecutionException.class, () -> manager.get(SYS_UPTIME).get(Patience.SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(SnmpClosedException.class, later.getCause());
    }

    @Test
    void snmpV3WithUsersAndNamespaces() throws Exception {
        UsmUser user = UsmUser.builder("java-user")
                .auth(AuthProtocol.HMAC_SHA_256_192, "java-auth-pass")
                .priv(PrivProtocol.AES128, "java-priv-pass")
                .build();
        try (ScriptedV3Agent agent = new ScriptedV3Agent(List.of(user), "java-agent".getBytes(StandardCharsets.US_ASCII))) {
            engine.addUser(user, "site-a", true);
            SnmpManagerFutures v3 = engine.futures().manager(ManagerOptions.builder(agent.getAddress())
                    .version(SnmpVersion.V3)
                    .namespace("site-a")
                    .timeout(Patience.JAVA)
                    .build());
            assertEquals(Integer32.of(7), v3.get(SYS_UPTIME).get(Patience.SECONDS, TimeUnit.SECONDS).value(0));

            SnmpManagerFutures nobody = engine.futures().manager(ManagerOptions.builder(agent.getAddress())
                    .version(SnmpVersion.V3)
                    .namespace("site-b")
                    .build());
            ExecutionException e = assertThrows(ExecutionException.class, () -> nobody.get(SYS_UPTIME).get(Patience.SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
        }
    }

    @Test
    void walksTablesAndPollingWithConsumers() throws Exception {
        java.util.TreeMap<Oid, io.ksnmp.smi.Variable> mib = new java.util.TreeMap<>();
        Oid ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1");
        for (int row = 1; row <= 5; row++) {
            mib.put(ifEntry.child(2).child(row), OctetString.of("eth" + row));
            if (row != 3) {
                mib.put(ifEntry.child(5).child(row), Integer32.of(row * 100));
            }
        }
        io.ksnmp.coroutines.testing.MibResponder responder = new io.ksnmp.coroutines.testing.MibResponder(mib);
        peer.setAutoReply(responder::answer);

        List<VarBind> walked = new java.util.concurrent.CopyOnWriteArrayList<>();
        manager.walk(ifEntry.child(2), walked::add).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertEquals(5, walked.size());
        assertEquals(OctetString.of("eth5"), walked.get(4).value());

        List<VarBind> bulk = new java.util.concurrent.CopyOnWriteArrayList<>();
        manager.bulkWalk(ifEntry, 4, bulk::add, new io.ksnmp.coroutines.WalkOptions(null, 7)).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertEquals(7, bulk.size());

        List<io.ksnmp.coroutines.TableRow> rows = new java.util.concurrent.CopyOnWriteArrayList<>();
        manager.table(List.of(ifEntry.child(2), ifEntry.child(5)), rows::add).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertEquals(5, rows.size());
        assertNull(rows.get(2).get(ifEntry.child(5)), "row 3 has a hole in column 5");
        assertEquals(Integer32.of(400), rows.get(3).get(ifEntry.child(5)));
        assertEquals(4L, rows.get(3).indexReader().nextInteger());

        List<io.ksnmp.coroutines.PollResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<SnmpManagerFutures> targets = List.of(manager, manager, manager);
        engine.futures().pollMany(targets, List.of(ifEntry.child(2).child(1)), 2, results::add).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertEquals(3, results.size());
        for (io.ksnmp.coroutines.PollResult r : results) {
            assertTrue(r.isSuccess());
            assertEquals(OctetString.of("eth1"), r.getVarBindsOrNull().value(0));
            assertSame(manager, r.getTarget(), "the target as it was given");
            assertEquals(OctetString.of("eth1"), assertInstanceOf(io.ksnmp.coroutines.PollResult.Success.class, r).getVarBinds().value(0));
        }
    }
}
