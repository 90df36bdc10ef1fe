package io.ksnmp.samples;

import io.ksnmp.coroutines.ManagerOptions;
import io.ksnmp.coroutines.SnmpEngine;
import io.ksnmp.coroutines.future.SnmpManagerFutures;
import io.ksnmp.message.SnmpVersion;
import io.ksnmp.smi.Oid;
import io.ksnmp.smi.VarBind;
import io.ksnmp.smi.VarBindList;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The futures view, for Java callers: the same engine and managers, every request a
 * {@link CompletableFuture}, walks feeding a {@code Consumer}.
 *
 * <pre>{@code
 * try (SnmpEngine engine = SnmpEngine.builder().build()) {
 *     FuturesSample.Result r = FuturesSample.run(engine, new InetSocketAddress("192.0.2.1", 161)).join();
 * }
 * }</pre>
 */
public final class FuturesSample {
    private FuturesSample() {
    }

    /** What the sample read: sysDescr.0 and sysUpTime.0, and the system group walked. */
    public record Result(VarBindList system, List<VarBind> walked) {
    }

    /**
     * @param engine the engine (one per application)
     * @param agent the agent's address
     * @return the result, once both the get and the walk completed
     */
    public static CompletableFuture<Result> run(SnmpEngine engine, InetSocketAddress agent) {
        SnmpManagerFutures router = engine.futures().manager(
                ManagerOptions.builder(agent)
                        .version(SnmpVersion.V2C)
                        .community("public")
                        .timeout(Duration.ofSeconds(5))
                        .refreshPeriod(Duration.ofSeconds(1))
                        .build());
        CompletableFuture<VarBindList> system = router.get(Oid.parse("1.3.6.1.2.1.1.1.0"), Oid.parse("1.3.6.1.2.1.1.3.0"));
        List<VarBind> walked = new ArrayList<>();
        CompletableFuture<Void> walk = router.walk(Oid.parse("1.3.6.1.2.1.1"), walked::add);
        return system.thenCombine(walk, (values, done) -> new Result(values, walked));
    }
}
