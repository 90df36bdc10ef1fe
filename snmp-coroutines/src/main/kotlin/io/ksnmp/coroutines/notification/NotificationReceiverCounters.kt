package io.ksnmp.coroutines.notification

/**
 * Live counters of one [NotificationReceiver], readable from any thread. Every datagram received
 * is delivered, answered as a discovery probe, or dropped:
 * `datagramsReceived == delivered + discoveryProbesAnswered + dropped + waitingForKeys` (a resent
 * inform, acknowledged again, counts as dropped and in [duplicates]).
 *
 * ```
 * println("${receiver.counters.delivered} delivered, ${receiver.counters.bufferFull} lost to a slow collector")
 * ```
 */
public class NotificationReceiverCounters private constructor() {
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var receivedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var deliveredValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var trapsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var informsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var acknowledgedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var duplicatesValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var bufferFullValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var droppedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var reportsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var discoveryProbesValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var waitingForKeysValue: Int = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var sendFailedValue: Long = 0

    /** Datagrams received on the receiver's sockets. */
    public val datagramsReceived: Long get() = receivedValue

    /** Notifications handed to the collector or listener. */
    public val delivered: Long get() = deliveredValue

    /** Traps delivered (v1, v2c, v3). */
    public val traps: Long get() = trapsValue

    /** Informs delivered. */
    public val informs: Long get() = informsValue

    /** Acknowledgements (Responses) sent to informs, resent informs included. */
    public val acknowledged: Long get() = acknowledgedValue

    /** Informs received again after being delivered: acknowledged again, not delivered again. */
    public val duplicates: Long get() = duplicatesValue

    /** Notifications dropped because the buffer was full (or too many waited for keys). */
    public val bufferFull: Long get() = bufferFullValue

    /**
     * Datagrams dropped for any reason (each also told to the engine's dropped-message listener
     * with its reason; a discovery probe, which is answered, is told there too as an unknown engine ID).
     */
    public val dropped: Long get() = droppedValue

    /** SNMPv3 Reports sent (discovery and USM failures of informs). */
    public val reports: Long get() = reportsValue

    /** SNMPv3 discovery probes answered (a Report carrying this receiver's engine ID, boots and time). */
    public val discoveryProbesAnswered: Long get() = discoveryProbesValue

    /** SNMPv3 traps held while their user's keys are localized for a new sender engine. */
    public val waitingForKeys: Int get() = waitingForKeysValue

    override fun toString(): String =
        "NotificationReceiverCounters(received=$datagramsReceived, delivered=$delivered, traps=$traps, informs=$informs, " +
            "acknowledged=$acknowledged, duplicates=$duplicates, bufferFull=$bufferFull, dropped=$dropped, reports=$reports)"

    internal companion object {
        @JvmSynthetic internal fun create(): NotificationReceiverCounters = NotificationReceiverCounters()
    }
}
