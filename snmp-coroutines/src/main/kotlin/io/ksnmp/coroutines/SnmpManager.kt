package io.ksnmp.coroutines

import io.ksnmp.coroutines.future.SnmpManagerFutures
import io.ksnmp.coroutines.internal.ContinuationCompletion
import io.ksnmp.coroutines.internal.EngineObjects
import io.ksnmp.coroutines.internal.PendingRequest
import io.ksnmp.coroutines.internal.RequestCompletion
import io.ksnmp.coroutines.internal.RequestSpec
import io.ksnmp.coroutines.internal.allColumnsTableFlow
import io.ksnmp.coroutines.internal.notificationVarBinds
import io.ksnmp.coroutines.internal.sendTrap
import io.ksnmp.coroutines.internal.tableFlow
import io.ksnmp.coroutines.internal.walkFlow
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.PduType
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.SecurityLevel
import io.ksnmp.usm.UsmUser
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.suspendCancellableCoroutine

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
public class SnmpManager private constructor(
    @get:JvmSynthetic internal val engine: SnmpEngine,
    /** The manager's defaults. */
    public val options: ManagerOptions,
) {
    @get:JvmSynthetic internal val spec: RequestSpec = RequestSpec.of(options, engine.defaultVersion, engine.defaultCommunity)

    /** The SNMP version of this manager's requests. */
    public val version: SnmpVersion get() = spec.version

    /**
     * GetRequest: the values of the named instances.
     *
     * @param oids instance names such as `sysUpTime.0`
     * @param options overrides of this manager's defaults
     * @return the bindings, one per name, in order
     */
    @JvmSynthetic
    public suspend fun get(vararg oids: Oid, options: RequestOptions? = null): VarBindList =
        call(PduType.GET, 0, 0, VarBindList.ofNames(*oids), options)

    /** GetRequest with names as text (`"1.3.6.1.2.1.1.3.0"` or `".1.3.6.1.2.1.1.3.0"`); see [get]. */
    @JvmSynthetic
    public suspend fun get(vararg oids: String, options: RequestOptions? = null): VarBindList =
        call(PduType.GET, 0, 0, names(oids), options)

    /** GetRequest for a list of names; see [get]. */
    @JvmSynthetic
    public suspend fun get(oids: List<Oid>, options: RequestOptions? = null): VarBindList =
        call(PduType.GET, 0, 0, VarBindList.ofNames(oids), options)

    /**
     * GetNextRequest: for each name, the first instance after it.
     *
     * @param oids names to start from
     * @param options overrides of this manager's defaults
     * @return one binding per name, each name greater than the one asked for (or endOfMibView)
     */
    @JvmSynthetic
    public suspend fun getNext(vararg oids: Oid, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_NEXT, 0, 0, VarBindList.ofNames(*oids), options)

    /** GetNextRequest with names as text; see [getNext]. */
    @JvmSynthetic
    public suspend fun getNext(vararg oids: String, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_NEXT, 0, 0, names(oids), options)

    /** GetNextRequest for a list of names; see [getNext]. */
    @JvmSynthetic
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
    @JvmSynthetic
    public suspend fun getBulk(nonRepeaters: Int, maxRepetitions: Int, vararg oids: Oid, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_BULK, nonRepeaters, maxRepetitions, VarBindList.ofNames(*oids), options)

    /** GetBulkRequest with names as text; see [getBulk]. */
    @JvmSynthetic
    public suspend fun getBulk(nonRepeaters: Int, maxRepetitions: Int, vararg oids: String, options: RequestOptions? = null): VarBindList =
        call(PduType.GET_BULK, nonRepeaters, maxRepetitions, names(oids), options)

    /** GetBulkRequest for a list of names; see [getBulk]. */
    @JvmSynthetic
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
    @JvmSynthetic
    public suspend fun set(vararg varBinds: VarBind, options: RequestOptions? = null): VarBindList =
        call(PduType.SET, 0, 0, VarBindList.of(*varBinds), options)

    /** SetRequest for a list of bindings; see [set]. */
    @JvmSynthetic
    public suspend fun set(varBinds: List<VarBind>, options: RequestOptions? = null): VarBindList =
        call(PduType.SET, 0, 0, VarBindList.copyOf(varBinds), options)

    /**
     * Sends an SNMPv2-Trap-PDU (SNMPv2c, SNMPv3) once and returns when it is on the wire; nothing
     * answers a trap, so nothing is resent. The bindings are `sysUpTime.0` ([upTime], by default
     * the engine's own [SnmpEngine.upTime]), `snmpTrapOID.0` ([trapOid]), then [varBinds].
     *
     * ```
     * val linkDown = Oid.parse("1.3.6.1.6.3.1.1.5.3")
     * receiver.trap(linkDown, VarBind.of("1.3.6.1.2.1.2.2.1.1.7", Integer32.of(7)))
     * ```
     *
     * An SNMPv3 trap names this engine as its authoritative engine: [SnmpEngine.engineId], with
     * its boots and time (RFC 3414 §1.5.2); the receiver must know the user for that engine ID.
     * An SNMPv1 manager sends the SNMPv1 Trap-PDU this translates to (RFC 3584 §3.2: agent-addr
     * from a `snmpTrapAddress.0` binding, else 0.0.0.0).
     *
     * @throws io.ksnmp.errors.TooBigException if the trap is larger than a datagram can carry
     * @throws io.ksnmp.notification.UntranslatableNotificationException for an SNMPv1 manager, if
     *     the trap has no SNMPv1 form (a Counter64 binding, RFC 3584 §3.2)
     * @throws io.ksnmp.errors.SnmpClosedException if the engine is closed
     */
    @JvmSynthetic
    public suspend fun trap(trapOid: Oid, vararg varBinds: VarBind, upTime: TimeTicks? = null, options: RequestOptions? = null): Unit =
        trap(trapOid, varBinds.asList(), upTime, options)

    /** [trap] with the bindings as a list. */
    @JvmSynthetic
    public suspend fun trap(trapOid: Oid, varBinds: List<VarBind>, upTime: TimeTicks? = null, options: RequestOptions? = null): Unit =
        sendTrap(this, null, notificationVarBinds(upTime ?: engine.upTime(), trapOid, varBinds), options)

    /**
     * Sends an SNMPv1 Trap-PDU once and returns when it is on the wire; an SNMPv2c or SNMPv3
     * manager sends the SNMPv2-Trap it translates to (RFC 3584 §3.1: `snmpTrapAddress.0` and
     * `snmpTrapEnterprise.0` appended).
     *
     * ```
     * val trap = TrapV1Pdu(Oid.parse("1.3.6.1.4.1.8072.2.3"), IpAddress.parse("192.0.2.7"), TrapV1Pdu.ENTERPRISE_SPECIFIC, 17,
     *     engine.upTime(), VarBindList.of(VarBind.of("1.3.6.1.4.1.8072.2.3.2.1", Integer32.of(1))))
     * v1Receiver.trap(trap)
     * ```
     */
    @JvmSynthetic
    public suspend fun trap(trap: TrapV1Pdu, options: RequestOptions? = null): Unit = sendTrap(this, trap, VarBindList.empty(), options)

    /**
     * Sends an InformRequest (SNMPv2c, SNMPv3) and suspends until the receiver acknowledges it,
     * with the timeout, resend schedule and typed failures of a [get]; an error-status in the
     * acknowledgement is an [io.ksnmp.errors.ErrorResponseException]. Bindings as in [trap].
     *
     * ```
     * manager.inform(Oid.parse("1.3.6.1.4.1.8072.2.3.0.1"), VarBind.of("1.3.6.1.4.1.8072.2.3.2.1", Integer32.of(42)))
     * ```
     *
     * SNMPv3: the receiver is the authoritative engine; its engine ID, boots and time are
     * discovered as for a request, and cached with the agents'.
     *
     * @return the bindings the receiver echoed
     */
    @JvmSynthetic
    public suspend fun inform(trapOid: Oid, vararg varBinds: VarBind, upTime: TimeTicks? = null, options: RequestOptions? = null): VarBindList =
        inform(trapOid, varBinds.asList(), upTime, options)

    /** [inform] with the bindings as a list. */
    @JvmSynthetic
    public suspend fun inform(trapOid: Oid, varBinds: List<VarBind>, upTime: TimeTicks? = null, options: RequestOptions? = null): VarBindList =
        request(PduType.INFORM, 0, 0, notificationVarBinds(upTime ?: engine.upTime(), trapOid, varBinds), options)

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
    @JvmSynthetic
    public fun walk(root: Oid, options: WalkOptions = WalkOptions.DEFAULT): Flow<VarBind> = walkFlow(this, root, null, options)

    /** [walk] with the root as text. */
    @JvmSynthetic
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
    @JvmSynthetic
    public fun bulkWalk(root: Oid, maxRepetitions: Int = 10, options: WalkOptions = WalkOptions.DEFAULT): Flow<VarBind> {
        require(maxRepetitions >= 1) { "max-repetitions must be at least 1" }
        return walkFlow(this, root, maxRepetitions, options)
    }

    /** [bulkWalk] with the root as text. */
    @JvmSynthetic
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
    @JvmSynthetic
    public fun table(columns: List<Oid>, options: TableOptions = TableOptions.DEFAULT): Flow<TableRow> = tableFlow(this, columns, options)

    /**
     * [table] with columns given by number under the table's entry; with no column numbers, every
     * column of the entry the agent shows (snmpkit's `get_table(base)`): they are found first,
     * one get-next per column, then read together as with numbers.
     *
     * ```
     * m.table(Oid.parse("1.3.6.1.2.1.2.2.1"), 2, 5, 10)   // ifDescr, ifSpeed, ifInOctets
     * m.table(Oid.parse("1.3.6.1.2.1.2.2.1"))             // every column of ifTable
     * ```
     */
    @JvmSynthetic
    public fun table(entry: Oid, vararg columns: Int, options: TableOptions = TableOptions.DEFAULT): Flow<TableRow> =
        if (columns.isEmpty()) allColumnsTableFlow(this, entry, options) else table(columns.map { entry.child(it.toLong()) }, options)

    /**
     * Runs SNMPv3 discovery now (RFC 3414 §4), as IPWorks' `discover` and python-snmp's engine do
     * on demand: what the engine knew of this agent is forgotten, a probe learns its engine ID,
     * boots and time, and, when this manager's level authenticates, a get of
     * snmpEngineID/Boots/Time.0 with the user's keys is the time step, anchoring the agent's clock
     * on an authenticated answer. Every manager of the engine for this agent shares the result.
     * Fails as a get would: a timeout, or the typed report for wrong credentials.
     *
     * ```
     * val agent = manager.discover()
     * println("${agent.engineId.toHexString()} booted ${agent.boots} times, up ${agent.time} s")
     * ```
     *
     * @param options per-request overrides (the user, the level, the timeout…)
     * @return the agent's engine
     * @throws IllegalStateException if the manager is not SNMPv3
     */
    @JvmSynthetic
    public suspend fun discover(options: RequestOptions? = null): RemoteEngineInfo {
        check(spec.with(options).version == SnmpVersion.V3) { "discovery is SNMPv3's" }
        return EngineObjects.info(request(PduType.GET, 0, 0, EngineObjects.NAMES, options, discoveryOnly = true))
    }

    private val futuresView = SnmpManagerFutures.create(this)

    /** @return the view of this manager for Java callers, whose requests return futures (the same view on every call) */
    public fun futures(): SnmpManagerFutures = futuresView

    override fun toString(): String = "SnmpManager(${spec.target}, $version)"

    /**
     * One request as the caller sees it: a tooBig answer (or a request larger than the agent
     * accepts) makes a get-bulk ask again for half the repetitions, and a get, get-next or set
     * of several bindings go as two requests for the halves, merged in order. Only a single
     * binding that cannot fit reaches the caller as [TooBigException].
     */
    @JvmSynthetic internal suspend fun call(type: PduType, nonRepeaters: Int, maxRepetitions: Int, varBinds: VarBindList, options: RequestOptions?): VarBindList =
        try {
            request(type, nonRepeaters, maxRepetitions, varBinds, options)
        } catch (e: TooBigException) {
            when {
                type == PduType.GET_BULK && maxRepetitions > 1 ->
                    call(type, nonRepeaters, maxRepetitions / 2, varBinds, options)
                type != PduType.GET_BULK && type != PduType.INFORM && varBinds.size > 1 -> {
                    val half = varBinds.size / 2
                    val first = call(type, 0, 0, VarBindList.copyOf(varBinds.subList(0, half)), options)
                    val second = call(type, 0, 0, VarBindList.copyOf(varBinds.subList(half, varBinds.size)), options)
                    VarBindList.copyOf(first + second)
                }
                else -> throw e
            }
        }

    /** One request on the wire, with no splitting; walks call it with [checkOrder] off. */
    @JvmSynthetic internal suspend fun request(
        type: PduType,
        nonRepeaters: Int,
        maxRepetitions: Int,
        varBinds: VarBindList,
        options: RequestOptions?,
        checkOrder: Boolean = true,
        discoveryOnly: Boolean = false,
    ): VarBindList {
        val start = engine.loop.nanoTime()
        return suspendCancellableCoroutine { continuation ->
            val request = newRequest(
                type, nonRepeaters, maxRepetitions, varBinds, options, start, ContinuationCompletion(continuation), checkOrder, discoveryOnly,
            )
            continuation.invokeOnCancellation { engine.cancel(request) }
            engine.submit(request)
        }
    }

    /**
     * @throws IllegalArgumentException for bad arguments or SNMPv3 settings naming no known user
     */
    @JvmSynthetic internal fun newRequest(
        type: PduType,
        nonRepeaters: Int,
        maxRepetitions: Int,
        varBinds: VarBindList,
        options: RequestOptions?,
        start: Long,
        completion: RequestCompletion,
        checkOrder: Boolean = true,
        discoveryOnly: Boolean = false,
    ): PendingRequest {
        if (type == PduType.GET_BULK) {
            require(nonRepeaters >= 0 && maxRepetitions >= 0) { "non-repeaters and max-repetitions must not be negative" }
        }
        val s = spec.with(options)
        require(type != PduType.INFORM || s.version != SnmpVersion.V1) { "SNMPv1 has no InformRequest" }
        val (user, level) = securityOf(s)
        val v1Bulk = type == PduType.GET_BULK && s.version == SnmpVersion.V1
        return PendingRequest(
            engine.core, s, user, level,
            if (v1Bulk) PduType.GET_NEXT else type,
            if (v1Bulk) 0 else nonRepeaters,
            if (v1Bulk) 0 else maxRepetitions,
            varBinds, start, completion, checkOrder, discoveryOnly,
        )
    }

    /**
     * The SNMPv3 user and level of requests made with [s] (none and noAuthNoPriv for v1 and v2c).
     *
     * @throws IllegalArgumentException if [s] names no known user, or a level its user has no keys for
     */
    @JvmSynthetic internal fun securityOf(s: RequestSpec): Pair<UsmUser?, SecurityLevel> {
        if (s.version != SnmpVersion.V3) return null to SecurityLevel.NO_AUTH_NO_PRIV
        val found = if (s.userName != null) engine.users.findOrNull(s.namespace, s.userName) else engine.users.defaultUserOrNull(s.namespace)
        requireNotNull(found) {
            if (s.userName != null) "no SNMPv3 user \"${s.userName}\" in namespace \"${s.namespace}\"" else "no SNMPv3 user in namespace \"${s.namespace}\""
        }
        val level = s.securityLevel ?: found.defaultSecurityLevel()
        require(found.supports(level)) { "user \"${found.nameAsText()}\" has no keys for $level" }
        return found to level
    }

    private fun names(oids: Array<out String>): VarBindList = VarBindList.ofNames(oids.map(Oid::parse))

    internal companion object {
        @JvmSynthetic internal fun create(engine: SnmpEngine, options: ManagerOptions): SnmpManager = SnmpManager(engine, options)
    }
}
