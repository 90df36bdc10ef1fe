package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.PollResult;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBindList;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * ksnmp's Java view polling: {@code engine.futures().pollMany(managers, names, concurrency,
 * consumer).join()}, the consumer (on the event-loop thread) recording each result. One engine
 * (one socket, receive buffer {@link GetClient#RECEIVE_BUFFER}), one manager per agent, v2c,
 * timeout and refresh period from {@link PollClient.Timing}.
 *
 * <p>In a {@code burst}, the calling thread instead issues one {@code get(names)} per agent, every
 * one of them at once (no {@code pollMany}, no bound on requests in flight: {@code concurrency} is
 * not used), each future's {@code whenComplete} recording the outcome on the event-loop thread,
 * then waits for them all, as an application that hands many requests to the library from its
 * own thread does.
 */
public final class KsnmpFuturesPollClient implements PollClient {
    private final SnmpEngine engine;
    private final List<SnmpManagerFutures> managers = new ArrayList<>();
    private final List<Oid> names = Arrays.stream(NAMES).map(Oid::parse).toList();
    private final boolean burst;

    /**
     * @param agents the agents, one port each
     * @param timing timeout and resend period
     * @param burst every request at once from the calling thread instead of {@code pollMany}
     */
    public KsnmpFuturesPollClient(List<InetSocketAddress> agents, Timing timing, boolean burst) {
        this.burst = burst;
        engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).receiveBufferSize(GetClient.RECEIVE_BUFFER).build();
        for (InetSocketAddress agent : agents) {
            managers.add(engine.futures().manager(ManagerOptions.builder(agent).version(SnmpVersion.V2C)
                    .community(GetClient.COMMUNITY).timeout(timing.timeout()).refreshPeriod(timing.refresh()).build()));
        }
    }

    @Override
    public void pollOnce(int concurrency, PollRecorder recorder) {
        if (!burst) {
            engine.futures().pollMany(managers, names, concurrency, r -> record(r, recorder)).join();
            return;
        }
        CompletableFuture<?>[] all = new CompletableFuture<?>[managers.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = managers.get(i).get(names).whenComplete((value, error) -> record(value, error, recorder));
        }
        CompletableFuture.allOf(all).exceptionally(e -> null).join();
    }

    static void record(VarBindList value, Throwable error, PollRecorder recorder) {
        if (error != null) {
            recorder.failed(error);
        } else if (value.size() != NAMES.length) {
            recorder.failed(new IllegalStateException("expected " + NAMES.length + " bindings, got " + value));
        } else {
            recorder.succeeded();
        }
    }

    static void record(PollResult r, PollRecorder recorder) {
        if (r instanceof PollResult.Failure f) {
            recorder.failed(f.getError());
        } else if (r instanceof PollResult.Success s && s.getVarBinds().size() != NAMES.length) {
            recorder.failed(new IllegalStateException("expected " + NAMES.length + " bindings, got " + s.getVarBinds()));
        } else {
            recorder.succeeded();
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
