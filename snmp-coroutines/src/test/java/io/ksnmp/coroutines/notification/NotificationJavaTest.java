package io.ksnmp.coroutines.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.errors.SnmpTimeoutException;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.notification.NotificationOids;
import io.ksnmp.smi.Integer32;
import io.ksnmp.smi.TimeTicks;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.usm.AuthProtocol;
import io.ksnmp.usm.PrivProtocol;
import io.ksnmp.usm.SecurityLevel;
import io.ksnmp.usm.UsmUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Traps and informs from Java: the futures view sending, a listener receiving, on one engine. */
class NotificationJavaTest {
    private static final VarBind DETAIL = VarBind.of("1.3.6.1.4.1.8072.9999.8.0", Integer32.of(8));

    @Test
    void futuresSendTrapsAndInformsThatAListenerReceives() throws Exception {
        UsmUser ops = UsmUser.builder("ops").auth(AuthProtocol.HMAC_SHA_256_192, "ops-auth-pass").priv(PrivProtocol.AES128, "ops-priv-pass").build();
        LinkedBlockingQueue<Notification> arrived = new LinkedBlockingQueue<>();
        try (SnmpEngine engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).build()) {
            engine.addUser(ops);
            NotificationReceiver receiver = engine.notificationReceiver(
                    NotificationReceiverOptions.builder().address("127.0.0.1", 0).community("public").user(ops).build(), arrived::add);
            ManagerOptions.Builder to = ManagerOptions.builder(receiver.getAddresses().get(0)).timeout(Duration.ofSeconds(5));
            SnmpManagerFutures v2c = engine.futures().manager(to.build());
            SnmpManagerFutures v3 = engine.futures().manager(to.version(SnmpVersion.V3).user("ops").build());

            CompletableFuture<Void> sent = v2c.trap(NotificationOids.LINK_DOWN, DETAIL);
            assertNull(sent.get(5, TimeUnit.SECONDS));
            Notification trap = arrived.poll(5, TimeUnit.SECONDS);
            assertNotNull(trap);
            assertFalse(trap.isInform());
            assertEquals(NotificationOids.LINK_DOWN, trap.getTrapOid());
            assertEquals(VarBindList.of(DETAIL), trap.getVarBinds());

            VarBindList echoed = v3.inform(NotificationOids.LINK_UP, List.of(DETAIL), TimeTicks.of(5), null).get(5, TimeUnit.SECONDS);
            assertEquals(DETAIL, echoed.get(2));
            Notification inform = arrived.poll(5, TimeUnit.SECONDS);
            assertNotNull(inform);
            assertTrue(inform.isInform());
            assertEquals("ops", inform.getUserNameOrNull());
            assertEquals(SecurityLevel.AUTH_PRIV, inform.getSecurityLevel());
            assertEquals(TimeTicks.of(5), inform.getUpTime());
            assertEquals(2L, receiver.getCounters().getDelivered());

            receiver.close();
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> engine.futures().manager(to.version(SnmpVersion.V2C).timeout(Duration.ofMillis(300)).refreshPeriod(Duration.ofMillis(100)).build())
                            .inform(NotificationOids.LINK_UP).get(5, TimeUnit.SECONDS));
            assertInstanceOf(SnmpTimeoutException.class, failed.getCause());
        }
    }
}
