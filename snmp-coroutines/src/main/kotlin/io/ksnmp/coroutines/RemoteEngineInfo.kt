package io.ksnmp.coroutines

import java.util.HexFormat

/**
 * An SNMPv3 agent's engine as a manager knows it (RFC 3414 §2.3): its snmpEngineID, and its
 * snmpEngineBoots and snmpEngineTime. [SnmpManager.discover] returns one; given to a manager or a
 * request ([ManagerOptions.Builder.remoteEngine], `manager(…, remoteEngine = …)`,
 * [RequestOptions]), it stands for discovery, as Net-SNMP's `-e` and `-Z` do: the first request
 * goes out at once with these values. Boots and time may be left 0 when unknown: an
 * authenticated request then draws the agent's notInTimeWindow report, which the manager uses to
 * resynchronise, once, before sending again.
 *
 * ```
 * val known = manager.discover()                                     // ID, boots, time, now
 * val fast = engine.manager("192.0.2.1", remoteEngine = RemoteEngineInfo(known.engineId)) // no discovery
 * ```
 */
public class RemoteEngineInfo @JvmOverloads public constructor(
    engineId: ByteArray,
    /** snmpEngineBoots, or 0 if unknown. */
    public val boots: Int = 0,
    /** snmpEngineTime in seconds, or 0 if unknown. */
    public val time: Int = 0,
) {
    private val id: ByteArray = engineId.clone()

    init {
        require(id.size in 5..32) { "an snmpEngineID has 5..32 octets" }
        require(boots >= 0 && time >= 0) { "engine boots and time are 0..2147483647" }
    }

    /** A copy of the snmpEngineID. */
    public val engineId: ByteArray get() = id.clone()

    @get:JvmSynthetic internal val engineIdUnsafe: ByteArray get() = id

    override fun equals(other: Any?): Boolean =
        other is RemoteEngineInfo && other.id.contentEquals(id) && other.boots == boots && other.time == time

    override fun hashCode(): Int = (id.contentHashCode() * 31 + boots) * 31 + time

    override fun toString(): String = "RemoteEngineInfo(engineId=${HexFormat.of().formatHex(id)}, boots=$boots, time=$time)"

    /** Creates a remote engine's identity and clock, e.g. `RemoteEngineInfo.of(engineId, boots = 3, time = 1_200)`. */
    public companion object {
        /**
         * @param engineId the agent's snmpEngineID, 5..32 octets
         * @param boots its snmpEngineBoots, or 0 if unknown
         * @param time its snmpEngineTime in seconds, or 0 if unknown
         * @return the engine
         */
        @JvmStatic
        @JvmOverloads
        public fun of(engineId: ByteArray, boots: Int = 0, time: Int = 0): RemoteEngineInfo = RemoteEngineInfo(engineId, boots, time)
    }
}
