package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.ManagerOptions;
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
 * ksnmp's Java view in a burst: the calling thread issues one {@code get(names)} per agent, every
 * one of them at once (no {@code pollMany}, no bound on requests in flight: {@code concurrency} is
 * not used), each future's {@code whenComplete} recording the outcome on the event-loop thread,
 * then waits for them all. As an application that hands many requests to the library from its
 * own thread does. Engine and managers as in {@link KsnmpFuturesPollClient}.
 */
public final class KsnmpFuturesBurstClient implements PollClient {
    private final SnmpEngine engine;
    private final List<SnmpManagerFutures> managers = new ArrayList<>();
    private final List<Oid> names = Arrays.stream(NAMES).map(Oid::parse).toList();

    /**
     * @param agents the agents, one port each
     * @param timing timeout and resend period
     */
    public KsnmpFuturesBurstClient(List<InetSocketAddress> agents, Timing timing) {
        engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).receiveBufferSize(GetClient.RECEIVE_BUFFER).build();
        for (InetSocketAddress agent : agents) {
            managers.add(engine.futures().manager(ManagerOptions.builder(agent).version(SnmpVersion.V2C)
                    .community(GetClient.COMMUNITY).timeout(timing.timeout()).refreshPeriod(timing.refresh()).build()));
        }
    }

    @Override
    public void pollOnce(int concurrency, PollRecorder recorder) {
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

    @Override
    public void close() {
        engine.close();
    }
}
