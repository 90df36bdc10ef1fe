package io.ksnmp.coroutines

import io.ksnmp.coroutines.future.SnmpManagerFutures
import io.ksnmp.coroutines.internal.ContinuationCompletion
import io.ksnmp.coroutines.internal.PendingRequest
import io.ksnmp.coroutines.internal.RequestCompletion
import io.ksnmp.coroutines.internal.RequestSpec
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.suspendCancellableCoroutine
import io.ksnmp.coroutines.internal.tableFlow
import io.ksnmp.coroutines.internal.walkFlow

/**
 * Requests to one agent with a set of defaults, on an [SnmpEngine]; get one from
 * [SnmpEngine.manager]. Cheap to make, safe to share between coroutines and threads.
 *
 * ```
 * val m = engine.manager("192.0.2.1", version = SnmpVersion.V2C, community = "public")
 * val system = m.get("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.3.0")
 * val next = m.getNext(Oid.parse("1.3.6.1.2.1.2.2.1.2"))
 * val bulk = m.getBulk(0, 20, "1.3.6.1.2.1.2.2.1.2")
 * m.set(VarBind.of("1.3.6.1.2.1.1.4.0", OctetString.of("noc@example.net")))
 * ```
 *
 * Each request suspends until its one outcome: the response's bindings, or an exception —
 * [io.ksnmp.errors.SnmpTimeoutException] (never a `CancellationException`),
 * [io.ksnmp.errors.ErrorResponseException] (with [io.ksnmp.errors.NoSuchNameException] for
 * noSuchName), [io.ksnmp.errors.ImproperResponseException] when the bindings do not answer the
 * request, a [io.ksnmp.errors.ReportException] subtype for an SNMPv3 report, or
 * [io.ksnmp.errors.SnmpClosedException]. The timeout counts from the call; the request is sent
 * again every refresh period after its latest send, and a reply to any of its sends is accepted.
 * Cancelling the calling coroutine removes the request at once.
 */
public class SnmpManager internal constructor(
    internal val engine: SnmpEngine,
    /** The manager's defaults. */
    public val options: ManagerOptions,
) {
    internal val spec: RequestSpec = RequestSpec.of(options, engine.defaultVersion)

    /** The SNMP version of this manager's requests. */
    public val version: SnmpVersion get() = spec.version

    /**
     * GetRequest: the values of the named instances.
     *
     * @param oids instance names such as `sysUpTime.0`
     * @param options overrides of this manager's defaults
     * @return the bindings, one per name, in order
     */
    public suspend fun get(vararg oids: Oid, options: RequestOptions? = null): VarBindList =
        call(PduType.GET, 0, 0, VarBindList.ofNames(*oids), options)

    /** GetRequest with names as text (`"1.3.6.1.2.1.1.3.0"` or `".1.3.6.1.2.1.1.3.0"`); see [get]. */
    public suspend fun get(vararg oids: String, options: RequestOptions? = null): VarBindList =
        call(PduType.GET, 0, 0, names(oids), options)

    /** GetRequest for a list of names; see [get]. */
    public suspend fun get(oids: List<Oid>, options: RequestOptions? = null): VarBindList =
        call(PduType.GET, 0, 0, VarBindList.ofNames(oids), options)

    /**
     * GetNextRequest: for each name, the first instance after it.
     *
     * @param oids names to start from
     * @param options overrides of this manager's defaults
     * @return one binding per name, each name greater than the one asked for (or endOfMibView)
     */
    public suspend fun getNext(vararg oids: Oid, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_NEXT, 0, 0, VarBindList.ofNames(*oids), options)

    /** GetNextRequest with names as text; see [getNext]. */
    public suspend fun getNext(vararg oids: String, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_NEXT, 0, 0, names(oids), options)

    /** GetNextRequest for a list of names; see [getNext]. */
    public suspend fun getNext(oids: List<Oid>, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_NEXT, 0, 0, VarBindList.ofNames(oids), options)

    /**
     * GetBulkRequest: one get-next for each of the first [nonRepeaters] names, then up to
     * [maxRepetitions] get-next steps for each of the others. SNMPv1 has no get-bulk: a v1
     * manager sends a get-next for the names instead.
     *
     * ```
     * val ifDescrs = m.getBulk(0, 24, "1.3.6.1.2.1.2.2.1.2")
     * ```
     *
     * @return the non-repeaters' bindings, then the repetitions row by row (the last row may be short)
     */
    public suspend fun getBulk(nonRepeaters: Int, maxRepetitions: Int, vararg oids: Oid, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_BULK, nonRepeaters, maxRepetitions, VarBindList.ofNames(*oids), options)

    /** GetBulkRequest with names as text; see [getBulk]. */
    public suspend fun getBulk(nonRepeaters: Int, maxRepetitions: Int, vararg oids: String, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_BULK, nonRepeaters, maxRepetitions, names(oids), options)

    /** GetBulkRequest for a list of names; see [getBulk]. */
    public suspend fun getBulk(nonRepeaters: Int, maxRepetitions: Int, oids: List<Oid>, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_BULK, nonRepeaters, maxRepetitions, VarBindList.ofNames(oids), options)

    /**
     * SetRequest: writes the values, all or none.
     *
     * ```
     * m.set(VarBind.of("1.3.6.1.2.1.1.5.0", OctetString.of("core-1")))
     * ```
     *
     * @return the bindings as the agent echoed them
     */
    public suspend fun set(vararg varBinds: VarBind, options: RequestOptions? = null): VarBindList =
        call(PduType.SET, 0, 0, VarBindList.of(*varBinds), options)

    /** SetRequest for a list of bindings; see [set]. */
    public suspend fun set(varBinds: List<VarBind>, options: RequestOptions? = null): VarBindList =
        call(PduType.SET, 0, 0, VarBindList.copyOf(varBinds), options)

    /**
     * Walks a subtree with get-next, as `snmpwalk` does: a cold flow, one request at a time
     * while it is collected; cancelling the collection cancels the request in flight.
     *
     * ```
     * m.walk(Oid.parse("1.3.6.1.2.1.1")).collect { println(it) }
     * val ifDescrs = m.walk("1.3.6.1.2.1.2.2.1.2").toList()
     * ```
     *
     * Ends when a name leaves the subtree, at endOfMibView, or (SNMPv1) at noSuchName; an empty
     * or missing subtree yields nothing after one round trip. Names must increase, else the flow
     * fails with [io.ksnmp.errors.NonIncreasingOidException]; see [WalkOptions] for resuming,
     * limits and broken agents.
     */
    public fun walk(root: Oid, options: WalkOptions = WalkOptions.DEFAULT): Flow<VarBind> = walkFlow(this, root, null, options)

    /** [walk] with the root as text. */
    public fun walk(root: String, options: WalkOptions = WalkOptions.DEFAULT): Flow<VarBind> = walk(Oid.parse(root), options)

    /**
     * Walks a subtree with get-bulk, as `snmpbulkwalk` does (an SNMPv1 manager uses get-next):
     * [maxRepetitions] bindings per request, halved if the agent answers tooBig or times out on a
     * size a smaller request survives. noSuchObject/noSuchInstance bindings are skipped. Otherwise
     * as [walk].
     *
     * ```
     * val ifTable = m.bulkWalk(Oid.parse("1.3.6.1.2.1.2.2"), maxRepetitions = 50).toList()
     * ```
     */
    public fun bulkWalk(root: Oid, maxRepetitions: Int = 10, options: WalkOptions = WalkOptions.DEFAULT): Flow<VarBind> {
        require(maxRepetitions >= 1) { "max-repetitions must be at least 1" }
        return walkFlow(this, root, maxRepetitions, options)
    }

    /** [bulkWalk] with the root as text. */
    public fun bulkWalk(root: String, maxRepetitions: Int = 10, options: WalkOptions = WalkOptions.DEFAULT): Flow<VarBind> =
        bulkWalk(Oid.parse(root), maxRepetitions, options)

    /**
     * Reads a table's columns together, row by row: one get-bulk stream for all of them (not one
     * walk per column), each row keyed by its index, holes left out. Rows come in index order
     * as soon as every column has passed them.
     *
     * ```
     * val ifEntry = Oid.parse("1.3.6.1.2.1.2.2.1")
     * m.table(listOf(ifEntry.child(2), ifEntry.child(5))).collect { row ->
     *     println("${row.indexReader().nextInteger()}: ${row[ifEntry.child(2)]} at ${row[ifEntry.child(5)]}")
     * }
     * ```
     *
     * @param columns the columns' OIDs (for example ifDescr, ifSpeed)
     */
    public fun table(columns: List<Oid>, options: TableOptions = TableOptions.DEFAULT): Flow<TableRow> = tableFlow(this, columns, options)

    /**
     * [table] with columns given by number under the table's entry.
     *
     * ```
     * m.table(Oid.parse("1.3.6.1.2.1.2.2.1"), 2, 5, 10)   // ifDescr, ifSpeed, ifInOctets
     * ```
     */
    public fun table(entry: Oid, vararg columns: Int, options: TableOptions = TableOptions.DEFAULT): Flow<TableRow> =
        table(columns.map { entry.child(it.toLong()) }, options)

    /** @return the view of this manager for Java callers, whose requests return futures */
    public fun futures(): SnmpManagerFutures = SnmpManagerFutures(this)

    override fun toString(): String = "SnmpManager(${spec.target}, $version)"

    /**
     * One request as the caller sees it: a tooBig answer (or a request larger than the agent
     * accepts) makes a get-bulk ask again for half the repetitions, and a get, get-next or set
     * of several bindings go as two requests for the halves, merged in order. Only a single
     * binding that cannot fit reaches the caller as [TooBigException].
     */
    internal suspend fun call(type: PduType, nonRepeaters: Int, maxRepetitions: Int, varBinds: VarBindList, options: RequestOptions?): VarBindList =
        try {
            request(type, nonRepeaters, maxRepetitions, varBinds, options)
        } catch (e: TooBigException) {
            when {
                type == PduType.GET_BULK && maxRepetitions > 1 ->
                    call(type, nonRepeaters, maxRepetitions / 2, varBinds, options)
                type != PduType.GET_BULK && varBinds.size > 1 -> {
                    val half = varBinds.size / 2
                    val first = call(type, 0, 0, VarBindList.copyOf(varBinds.subList(0, half)), options)
                    val second = call(type, 0, 0, VarBindList.copyOf(varBinds.subList(half, varBinds.size)), options)
                    VarBindList.copyOf(first + second)
                }
                else -> throw e
            }
        }

    /** One request on the wire, with no splitting; walks call it with [checkOrder] off. */
    internal suspend fun request(
        type: PduType,
        nonRepeaters: Int,
        maxRepetitions: Int,
        varBinds: VarBindList,
        options: RequestOptions?,
        checkOrder: Boolean = true,
    ): VarBindList {
        val start = engine.loop.nanoTime()
        return suspendCancellableCoroutine { continuation ->
            val request = newRequest(type, nonRepeaters, maxRepetitions, varBinds, options, start, ContinuationCompletion(continuation), checkOrder)
            continuation.invokeOnCancellation { engine.cancel(request) }
            engine.submit(request)
        }
    }

    /**
     * @throws IllegalArgumentException for bad arguments or SNMPv3 settings naming no known user
     */
    internal fun newRequest(
        type: PduType,
        nonRepeaters: Int,
        maxRepetitions: Int,
        varBinds: VarBindList,
        options: RequestOptions?,
        start: Long,
        completion: RequestCompletion,
        checkOrder: Boolean = true,
    ): PendingRequest {
        if (type == PduType.GET_BULK) {
            require(nonRepeaters >= 0 && maxRepetitions >= 0) { "non-repeaters and max-repetitions must not be negative" }
        }
        val s = spec.with(options)
        var user: UsmUser? = null
        var level = SecurityLevel.NO_AUTH_NO_PRIV
        if (s.version == SnmpVersion.V3) {
            val found = if (s.userName != null) engine.users.findOrNull(s.namespace, s.userName) else engine.users.defaultUserOrNull(s.namespace)
            requireNotNull(found) {
                if (s.userName != null) "no SNMPv3 user \"${s.userName}\" in namespace \"${s.namespace}\"" else "no SNMPv3 user in namespace \"${s.namespace}\""
            }
            user = found
            level = s.securityLevel ?: found.defaultSecurityLevel()
            require(found.supports(level)) { "user \"${found.nameAsText()}\" has no keys for $level" }
        }
        val v1Bulk = type == PduType.GET_BULK && s.version == SnmpVersion.V1
        return PendingRequest(
            engine.core, s, user, level,
            if (v1Bulk) PduType.GET_NEXT else type,
            if (v1Bulk) 0 else nonRepeaters,
            if (v1Bulk) 0 else maxRepetitions,
            varBinds, start, completion, checkOrder,
        )
    }

    private fun names(oids: Array<out String>): VarBindList = VarBindList.ofNames(oids.map(Oid::parse))
}
