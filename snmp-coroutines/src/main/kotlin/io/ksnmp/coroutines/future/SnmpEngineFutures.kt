package io.ksnmp.coroutines.future

import io.ksnmp.coroutines.ManagerOptions
import io.ksnmp.coroutines.SnmpEngine

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
public class SnmpEngineFutures internal constructor(
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

    override fun toString(): String = "SnmpEngineFutures($engine)"
}
