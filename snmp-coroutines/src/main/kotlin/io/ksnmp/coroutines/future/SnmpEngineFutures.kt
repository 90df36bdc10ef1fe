package io.ksnmp.coroutines.future

import io.ksnmp.coroutines.ManagerOptions
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.PollResult
import io.ksnmp.coroutines.internal.DirectPoll
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture
import java.util.function.Consumer

/**
 * The Java view of an [SnmpEngine]: managers whose requests return `CompletableFuture`s. It is a
 * view, not a copy: closing the engine ends its requests.
 *
 * ```
 * try (SnmpEngine engine = SnmpEngine.builder().defaultVersion(SnmpVersion.V2C).build()) {
 *     SnmpManagerFutures router = engine.futures().manager(ManagerOptions.builder("192.0.2.1").community("public").build());
 *     VarBindList uptime = router.get(Oid.parse("1.3.6.1.2.1.1.3.0")).get();
 * }
 * ```
 */
public class SnmpEngineFutures private constructor(
    /** The engine this is a view of. */
    public val engine: SnmpEngine,
) {
    /**
     * @param options the manager's defaults
     * @return a manager whose requests return futures
     */
    public fun manager(options: ManagerOptions): SnmpManagerFutures = engine.manager(options).futures()

    /**
     * @param host a host name or address literal; every other setting takes its default
     * @return a manager whose requests return futures
     */
    public fun manager(host: String): SnmpManagerFutures = manager(ManagerOptions.builder(host).build())

    /**
     * Polls many targets, at most [concurrency] at a time; see [SnmpEngine.pollMany]. [each] sees
     * every target's result (bindings or error) as it comes, on the engine's thread; the future
     * completes once every target has been polled.
     *
     * ```
     * engine.futures().pollMany(managers, List.of(sysUpTime), 200, r -> results.add(r)).join();
     * ```
     */
    public fun pollMany(targets: List<SnmpManagerFutures>, oids: List<Oid>, concurrency: Int, each: Consumer<PollResult>): CompletableFuture<Void?> {
        val done = CompletableFuture<Void?>()
        val poll = DirectPoll(
            targets.map { it.manager },
            VarBindList.ofNames(oids),
            { result ->
                try {
                    each.accept(result)
                } catch (e: Throwable) {
                    done.completeExceptionally(e)
                }
            },
            { done.complete(null) },
        )
        done.whenComplete { _, error -> if (error != null) poll.cancel() }
        poll.start(concurrency)
        return done
    }

    /**
     * Derives every SNMPv3 user's keys now, off the event loop; see [SnmpEngine.prepareKeys].
     *
     * ```
     * engine.futures().prepareKeys(List.of()).join();
     * ```
     */
    public fun prepareKeys(engineIds: List<ByteArray>): CompletableFuture<Void?> = engine.future { engine.prepareKeys(engineIds); null }

    override fun toString(): String = "SnmpEngineFutures($engine)"

    internal companion object {
        @JvmSynthetic internal fun create(engine: SnmpEngine): SnmpEngineFutures = SnmpEngineFutures(engine)
    }
}
