package io.ksnmp.benchmarks.engine;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.PollResult;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ksnmp's Java view polling: {@code engine.futures().pollMany(managers, names, concurrency,
 * consumer).join()}, the consumer (on the event-loop thread) recording each result. One engine
 * (one socket, receive buffer {@link GetClient#RECEIVE_BUFFER}), one manager per agent, v2c,
 * timeout and refresh period from {@link PollClient.Timing}.
 */
public final class KsnmpFuturesPollClient implements PollClient {
    private final SnmpEngine engine;
    private final List<SnmpManagerFutures> managers = new ArrayList<>();
    private final List<Oid> names = Arrays.stream(NAMES).map(Oid::parse).toList();

    /**
     * @param agents the agents, one port each
     * @param timing timeout and resend period
     */
    public KsnmpFuturesPollClient(List<InetSocketAddress> agents, Timing timing) {
        engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).receiveBufferSize(GetClient.RECEIVE_BUFFER).build();
        for (InetSocketAddress agent : agents) {
            managers.add(engine.futures().manager(ManagerOptions.builder(agent).version(SnmpVersion.V2C)
                    .community(GetClient.COMMUNITY).timeout(timing.timeout()).refreshPeriod(timing.refresh()).build()));
        }
    }

    @Override
    public void pollOnce(int concurrency, PollRecorder recorder) {
        engine.futures().pollMany(managers, names, concurrency, r -> record(r, recorder)).join();
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
