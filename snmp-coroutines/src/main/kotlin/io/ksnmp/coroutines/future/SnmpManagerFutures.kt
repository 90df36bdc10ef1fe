package io.ksnmp.coroutines.future

import io.ksnmp.coroutines.ManagerOptions
import io.ksnmp.coroutines.RemoteEngineInfo
import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.coroutines.TableRow
import io.ksnmp.coroutines.WalkOptions
import io.ksnmp.coroutines.internal.notificationVarBinds
import io.ksnmp.coroutines.internal.startRequestFuture
import io.ksnmp.pdu.PduType
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import java.util.concurrent.CompletableFuture
import java.util.function.Consumer

/**
 * The Java view of an [SnmpManager]: every request returns a `CompletableFuture<VarBindList>`
 * that completes with the response's bindings or exceptionally with the same typed exceptions
 * the suspending API throws ([io.ksnmp.errors.SnmpTimeoutException],
 * [io.ksnmp.errors.ErrorResponseException], …). Cancelling the future cancels the request.
 *
 * ```
 * SnmpManagerFutures m = engine.futures().manager(ManagerOptions.builder("192.0.2.1").version(SnmpVersion.V2C).build());
 * m.get(Oid.parse("1.3.6.1.2.1.1.3.0"))
 *  .thenAcceptAsync(vbs -> System.out.println(vbs.get(0)), executor)
 *  .exceptionally(e -> { log(e); return null; });
 * VarBindList rows = m.getBulk(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build(), 0, 20,
 *         Oid.parse("1.3.6.1.2.1.2.2.1.2")).join();
 * ```
 *
 * Futures complete on the engine's event-loop thread: stages attached without an executor
 * (`thenApply`, `thenAccept`…) run there and must not block; use the `…Async` forms with an
 * executor for slow work.
 */
public class SnmpManagerFutures private constructor(
    /** The manager this is a view of (Kotlin's; Java callers have this view). */
    @get:JvmSynthetic public val manager: SnmpManager,
) {
    /** The manager's defaults. */
    public val options: ManagerOptions get() = manager.options

    /** GetRequest; see [SnmpManager.get]. */
    public fun get(vararg oids: Oid): CompletableFuture<VarBindList> = start(PduType.GET, 0, 0, VarBindList.ofNames(*oids), null)

    /** GetRequest with per-request options; see [SnmpManager.get]. */
    public fun get(options: RequestOptions, vararg oids: Oid): CompletableFuture<VarBindList> =
        start(PduType.GET, 0, 0, VarBindList.ofNames(*oids), options)

    /** GetRequest for a list of names; see [SnmpManager.get]. */
    public fun get(oids: List<Oid>): CompletableFuture<VarBindList> = start(PduType.GET, 0, 0, VarBindList.ofNames(oids), null)

    /** GetNextRequest; see [SnmpManager.getNext]. */
    public fun getNext(vararg oids: Oid): CompletableFuture<VarBindList> = start(PduType.GET_NEXT, 0, 0, VarBindList.ofNames(*oids), null)

    /** GetNextRequest with per-request options; see [SnmpManager.getNext]. */
    public fun getNext(options: RequestOptions, vararg oids: Oid): CompletableFuture<VarBindList> =
        start(PduType.GET_NEXT, 0, 0, VarBindList.ofNames(*oids), options)

    /** GetBulkRequest; see [SnmpManager.getBulk]. */
    public fun getBulk(nonRepeaters: Int, maxRepetitions: Int, vararg oids: Oid): CompletableFuture<VarBindList> =
        start(PduType.GET_BULK, nonRepeaters, maxRepetitions, VarBindList.ofNames(*oids), null)

    /** GetBulkRequest with per-request options; see [SnmpManager.getBulk]. */
    public fun getBulk(options: RequestOptions, nonRepeaters: Int, maxRepetitions: Int, vararg oids: Oid): CompletableFuture<VarBindList> =
        start(PduType.GET_BULK, nonRepeaters, maxRepetitions, VarBindList.ofNames(*oids), options)

    /** SetRequest; see [SnmpManager.set]. */
    public fun set(vararg varBinds: VarBind): CompletableFuture<VarBindList> = start(PduType.SET, 0, 0, VarBindList.of(*varBinds), null)

    /** SetRequest with per-request options; see [SnmpManager.set]. */
    public fun set(options: RequestOptions, vararg varBinds: VarBind): CompletableFuture<VarBindList> =
        start(PduType.SET, 0, 0, VarBindList.of(*varBinds), options)

    /** SetRequest for a list of bindings; see [SnmpManager.set]. */
    public fun set(varBinds: List<VarBind>): CompletableFuture<VarBindList> = start(PduType.SET, 0, 0, VarBindList.copyOf(varBinds), null)

    /**
     * Sends an SNMPv2-Trap-PDU once; see [SnmpManager.trap]. The future completes (with null) once
     * the trap is on the wire.
     *
     * ```
     * m.trap(Oid.parse("1.3.6.1.6.3.1.1.5.3"), VarBind.of("1.3.6.1.2.1.2.2.1.1.7", Integer32.of(7))).join();
     * ```
     */
    public fun trap(trapOid: Oid, vararg varBinds: VarBind): CompletableFuture<Void?> = trap(trapOid, varBinds.asList())

    /**
     * [trap] with the bindings as a list, and optionally `sysUpTime.0` (null: the engine's own
     * uptime) and per-request options.
     */
    @JvmOverloads
    public fun trap(trapOid: Oid, varBinds: List<VarBind>, upTime: TimeTicks? = null, options: RequestOptions? = null): CompletableFuture<Void?> =
        manager.engine.future { manager.trap(trapOid, varBinds, upTime, options); null }

    /** Sends an SNMPv1 Trap-PDU once; see [SnmpManager.trap]. Completes (with null) once it is on the wire. */
    @JvmOverloads
    public fun trap(trap: TrapV1Pdu, options: RequestOptions? = null): CompletableFuture<Void?> =
        manager.engine.future { manager.trap(trap, options); null }

    /**
     * Sends an InformRequest; see [SnmpManager.inform]. The future completes with the bindings the
     * receiver echoed, or exceptionally as a [get] would.
     *
     * ```
     * m.inform(Oid.parse("1.3.6.1.4.1.8072.2.3.0.1"), VarBind.of("1.3.6.1.4.1.8072.2.3.2.1", Integer32.of(42))).join();
     * ```
     */
    public fun inform(trapOid: Oid, vararg varBinds: VarBind): CompletableFuture<VarBindList> = inform(trapOid, varBinds.asList())

    /** [inform] with the bindings as a list, and optionally `sysUpTime.0` and per-request options. */
    @JvmOverloads
    public fun inform(trapOid: Oid, varBinds: List<VarBind>, upTime: TimeTicks? = null, options: RequestOptions? = null): CompletableFuture<VarBindList> =
        start(PduType.INFORM, 0, 0, notificationVarBinds(upTime ?: manager.engine.upTime(), trapOid, varBinds), options)

    /**
     * Walks a subtree with get-next; see [SnmpManager.walk]. [each] sees every binding in order,
     * on the engine's thread (it must not block); the future completes when the walk ends, or
     * exceptionally with its error. Cancelling the future stops the walk.
     *
     * ```
     * m.walk(Oid.parse("1.3.6.1.2.1.1"), vb -> System.out.println(vb)).join();
     * ```
     */
    @JvmOverloads
    public fun walk(root: Oid, each: Consumer<VarBind>, options: WalkOptions = WalkOptions.DEFAULT): CompletableFuture<Void?> =
        manager.engine.future { manager.walk(root, options).collect { each.accept(it) }; null }

    /** Walks a subtree with get-bulk; see [SnmpManager.bulkWalk] and [walk]. */
    @JvmOverloads
    public fun bulkWalk(root: Oid, maxRepetitions: Int, each: Consumer<VarBind>, options: WalkOptions = WalkOptions.DEFAULT): CompletableFuture<Void?> =
        manager.engine.future { manager.bulkWalk(root, maxRepetitions, options).collect { each.accept(it) }; null }

    /**
     * Reads a table's columns row by row; see [SnmpManager.table]. [each] sees every row in index
     * order, on the engine's thread.
     *
     * ```
     * Oid ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1");
     * m.table(List.of(ifEntry.child(2), ifEntry.child(5)), row -> rows.add(row)).join();
     * ```
     */
    @JvmOverloads
    public fun table(columns: List<Oid>, each: Consumer<TableRow>, options: TableOptions = TableOptions.DEFAULT): CompletableFuture<Void?> =
        manager.engine.future { manager.table(columns, options).collect { each.accept(it) }; null }

    /**
     * Runs SNMPv3 discovery now; see [SnmpManager.discover].
     *
     * ```
     * RemoteEngineInfo agent = m.discover(null).join();
     * ```
     */
    @JvmOverloads
    public fun discover(options: RequestOptions? = null): CompletableFuture<RemoteEngineInfo> =
        manager.engine.future { manager.discover(options) }

    /**
     * Reads every column of the table whose entry is [entry], row by row; see
     * [SnmpManager.table] with no column numbers. [each] sees every row in index order, on the
     * engine's thread.
     *
     * ```
     * m.table(Oid.parse("1.3.6.1.2.1.2.2.1"), row -> rows.add(row)).join();   // all of ifTable
     * ```
     */
    @JvmOverloads
    public fun table(entry: Oid, each: Consumer<TableRow>, options: TableOptions = TableOptions.DEFAULT): CompletableFuture<Void?> =
        manager.engine.future { manager.table(entry, options = options).collect { each.accept(it) }; null }

    private fun start(type: PduType, nonRepeaters: Int, maxRepetitions: Int, varBinds: VarBindList, options: RequestOptions?): CompletableFuture<VarBindList> =
        startRequestFuture(manager, type, nonRepeaters, maxRepetitions, varBinds, options)

    override fun toString(): String = "SnmpManagerFutures($manager)"

    internal companion object {
        @JvmSynthetic internal fun create(manager: SnmpManager): SnmpManagerFutures = SnmpManagerFutures(manager)
    }
}
