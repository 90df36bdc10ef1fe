package io.ksnmp.coroutines.agent

/**
 * Live counters of one [SnmpAgent], readable from any thread (each value is current when read).
 *
 * ```
 * println("${agent.counters.responses} answered, ${agent.counters.malformed} malformed datagrams dropped")
 * ```
 */
public class AgentCounters private constructor() {
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var receivedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var responsesValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var reportsValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var malformedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var badCommunityValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var badVersionValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var unexpectedPduValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var usmRejectedValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var unknownContextValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var authorizationErrorValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var getValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var getNextValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var getBulkValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var setValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var tooBigValue: Long = 0
    @Volatile @get:JvmSynthetic @set:JvmSynthetic internal var sendFailedValue: Long = 0

    /** Datagrams received, whatever became of them. */
    public val datagramsReceived: Long get() = receivedValue

    /** Responses sent. */
    public val responses: Long get() = responsesValue

    /** SNMPv3 Reports sent (discovery and USM failures). */
    public val reports: Long get() = reportsValue

    /** Datagrams dropped because they were not a well-formed SNMP message (snmpInASNParseErrs). */
    public val malformed: Long get() = malformedValue

    /** v1/v2c requests dropped for a community the agent does not know (snmpInBadCommunityNames). */
    public val badCommunity: Long get() = badCommunityValue

    /** Messages dropped because the agent does not serve their SNMP version (snmpInBadVersions). */
    public val badVersion: Long get() = badVersionValue

    /** Well-formed messages dropped because they carried no request (responses, traps, reports). */
    public val unexpectedPdu: Long get() = unexpectedPduValue

    /** SNMPv3 messages USM refused (unknown engine ID or user, wrong digest, not in time window…). */
    public val usmRejected: Long get() = usmRejectedValue

    /** SNMPv3 requests for a context the agent does not serve (snmpUnknownContexts). */
    public val unknownContext: Long get() = unknownContextValue

    /** SNMPv3 requests below their user's minimum security level, answered authorizationError. */
    public val authorizationErrors: Long get() = authorizationErrorValue

    /** get requests answered. */
    public val gets: Long get() = getValue

    /** get-next requests answered. */
    public val getNexts: Long get() = getNextValue

    /** get-bulk requests answered. */
    public val getBulks: Long get() = getBulkValue

    /** set requests answered (successful or not). */
    public val sets: Long get() = setValue

    /** Responses that did not fit and were answered tooBig. */
    public val tooBig: Long get() = tooBigValue

    /** Responses the socket refused. */
    public val sendFailures: Long get() = sendFailedValue

    override fun toString(): String =
        "AgentCounters(received=$datagramsReceived, responses=$responses, reports=$reports, malformed=$malformed, " +
            "badCommunity=$badCommunity, badVersion=$badVersion, unexpectedPdu=$unexpectedPdu, usmRejected=$usmRejected, " +
            "unknownContext=$unknownContext, authorizationErrors=$authorizationErrors, gets=$gets, getNexts=$getNexts, " +
            "getBulks=$getBulks, sets=$sets, tooBig=$tooBig, sendFailures=$sendFailures)"

    internal companion object {
        @JvmSynthetic internal fun create(): AgentCounters = AgentCounters()
    }
}
