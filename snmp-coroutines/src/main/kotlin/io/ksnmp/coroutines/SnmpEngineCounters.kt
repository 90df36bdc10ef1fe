package io.ksnmp.coroutines

/**
 * Live counters of one [SnmpEngine], readable from any thread (each value is current when read;
 * values read one after another may be from slightly different moments).
 *
 * ```
 * val c = engine.counters
 * println("${c.requests} requests, ${c.timeouts} timeouts, ${c.pendingRequests} in flight")
 * ```
 */
public class SnmpEngineCounters private constructor() {
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var requestsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var succeededValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var failedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var timeoutsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var cancelledValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var sentValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var resendsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var receivedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var droppedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var discoveriesValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var pendingValue: Int = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var trapsSentValue: Long = 0
    @get:JvmSynthetic internal val droppedByReasonValues = LongArray(DropReason.entries.size)

    /** Requests started. */
    public val requests: Long get() = requestsValue

    /** Requests that returned a value. */
    public val succeeded: Long get() = succeededValue

    /** Requests that ended with an error other than a timeout or cancellation. */
    public val failed: Long get() = failedValue

    /** Requests that timed out. */
    public val timeouts: Long get() = timeoutsValue

    /** Requests the caller cancelled. */
    public val cancelled: Long get() = cancelledValue

    /** Datagrams sent (requests, resends and discovery probes). */
    public val datagramsSent: Long get() = sentValue

    /** Sends that were resends of a request. */
    public val resends: Long get() = resendsValue

    /** Datagrams received. */
    public val datagramsReceived: Long get() = receivedValue

    /** Datagrams received and dropped, for any reason. */
    public val dropped: Long get() = droppedValue

    /** SNMPv3 engine discoveries completed. */
    public val discoveries: Long get() = discoveriesValue

    /** Traps sent (each once: a trap is never resent). */
    public val trapsSent: Long get() = trapsSentValue

    /** Requests started and not yet ended. */
    public val pendingRequests: Int get() = pendingValue

    /** @return datagrams dropped for [reason] */
    public fun dropped(reason: DropReason): Long = synchronized(droppedByReasonValues) { droppedByReasonValues[reason.ordinal] }

    @JvmSynthetic internal fun countDrop(reason: DropReason) {
        synchronized(droppedByReasonValues) { droppedByReasonValues[reason.ordinal]++ }
        droppedValue++
    }

    override fun toString(): String =
        "SnmpEngineCounters(requests=$requests, succeeded=$succeeded, failed=$failed, timeouts=$timeouts, " +
            "cancelled=$cancelled, pending=$pendingRequests, sent=$datagramsSent, resends=$resends, " +
            "received=$datagramsReceived, dropped=$dropped, discoveries=$discoveries, trapsSent=$trapsSent)"

    internal companion object {
        @JvmSynthetic internal fun create(): SnmpEngineCounters = SnmpEngineCounters()
    }
}
