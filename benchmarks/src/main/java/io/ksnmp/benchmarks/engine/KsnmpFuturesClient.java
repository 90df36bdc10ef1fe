package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBindList;
import io.ksnmp.usm.SecurityLevel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * ksnmp through its Java view: {@code SnmpManagerFutures.get(Oid...)} returning a
 * {@code CompletableFuture}, with the next GET issued from {@code whenComplete}, which runs on
 * the engine's event-loop thread. Engine and manager settings are the defaults but for the
 * version (v2c), the socket's receive buffer ({@link GetClient#RECEIVE_BUFFER}) and the timing: timeout {@link GetClient#THROUGHPUT_TIMEOUT} with the refresh
 * period equal to it, so no request is sent twice (SNMP4J: 0 retries).
 */
public final class KsnmpFuturesClient implements GetClient {
    private static final Oid OID = Oid.parse(NAME);

    private final SnmpEngine engine;
    private final InetSocketAddress agent;
    private final boolean v3;
    private final SnmpManagerFutures manager;

    /**
     * @param agent where the responder listens
     * @param batchedIo the engine's setting of that name (batched datagram I/O where the JVM allows it, else NIO)
     */
    public KsnmpFuturesClient(InetSocketAddress agent, boolean batchedIo) {
        this(agent, batchedIo, false);
    }

    /**
     * @param agent where the responder listens
     * @param batchedIo the engine's setting of that name
     * @param v3 SNMPv3 authPriv as {@link io.ksnmp.benchmarks.notify.V3Fixture}'s user (SHA-256,
     *     AES-128; discovery on the first request, keys localized once) instead of v2c
     */
    public KsnmpFuturesClient(InetSocketAddress agent, boolean batchedIo, boolean v3) {
        this.engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).receiveBufferSize(RECEIVE_BUFFER).batchedIo(batchedIo)
                .build();
        this.agent = agent;
        this.v3 = v3;
        if (v3) {
            engine.addUser(io.ksnmp.benchmarks.notify.V3Fixture.ksnmpUser());
        }
        this.manager = manager(THROUGHPUT_TIMEOUT);
    }

    private SnmpManagerFutures manager(Duration timeout) {
        ManagerOptions.Builder options = ManagerOptions.builder(agent).timeout(timeout).refreshPeriod(timeout);
        if (v3) {
            options.version(SnmpVersion.V3).user(io.ksnmp.benchmarks.notify.V3Fixture.USER).securityLevel(SecurityLevel.AUTH_PRIV);
        } else {
            options.version(SnmpVersion.V2C).community(COMMUNITY);
        }
        return engine.futures().manager(options.build());
    }

    @Override
    public void startClosedLoop(int inFlight, ClosedLoop loop) {
        for (int i = 0; i < inFlight; i++) {
            loop.chainStarted();
            new Chain(manager, loop).issue();
        }
    }

    /** One outstanding GET at a time; it is its own completion callback. */
    private static final class Chain implements BiConsumer<VarBindList, Throwable> {
        private final SnmpManagerFutures manager;
        private final ClosedLoop loop;
        private long started;

        Chain(SnmpManagerFutures manager, ClosedLoop loop) {
            this.manager = manager;
            this.loop = loop;
        }

        void issue() {
            started = System.nanoTime();
            manager.get(OID).whenComplete(this);
        }

        @Override
        public void accept(VarBindList value, Throwable error) {
            long now = System.nanoTime();
            if (error != null) {
                loop.failed(error);
                loop.chainEnded();
                return;
            }
            if (value.size() != 1) {
                loop.failed(new IllegalStateException("expected one binding, got " + value));
                loop.chainEnded();
                return;
            }
            loop.completed(now - started);
            if (loop.running()) {
                issue();
            } else {
                loop.chainEnded();
            }
        }
    }

    @Override
    public void sendUnanswered(int count, Duration timeout) {
        SnmpManagerFutures m = manager(timeout);
        for (int i = 0; i < count; i++) {
            m.get(OID);
        }
    }

    @Override
    public long outstanding() {
        return engine.getCounters().getPendingRequests();
    }

    @Override
    public long sent() {
        return engine.getCounters().getDatagramsSent();
    }

    @Override
    public void close() {
        engine.close();
    }
}
