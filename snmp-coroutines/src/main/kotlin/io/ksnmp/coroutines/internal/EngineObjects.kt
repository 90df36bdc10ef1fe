package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.RemoteEngineInfo
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.usm.RemoteEngine

/**
 * SNMP-FRAMEWORK-MIB's snmpEngineID.0, snmpEngineBoots.0 and snmpEngineTime.0: what a
 * discovery-only request ([io.ksnmp.coroutines.SnmpManager.discover]) asks for as its time step,
 * and the form in which it hands back what the manager knows of the agent's engine.
 */
internal object EngineObjects {
    private val ID: Oid = Oid.parse("1.3.6.1.6.3.10.2.1.1.0")
    private val BOOTS: Oid = Oid.parse("1.3.6.1.6.3.10.2.1.2.0")
    private val TIME: Oid = Oid.parse("1.3.6.1.6.3.10.2.1.3.0")

    /** The three names, for the request. */
    val NAMES: VarBindList = VarBindList.ofNames(ID, BOOTS, TIME)

    /** [engine] as the three objects, its time estimated at [nowMillis]. */
    fun bindings(engine: RemoteEngine, nowMillis: Long): VarBindList = VarBindList.of(
        VarBind.of(ID, OctetString.of(engine.engineId())),
        VarBind.of(BOOTS, Integer32.of(engine.boots())),
        VarBind.of(TIME, Integer32.of(engine.estimatedTime(nowMillis))),
    )

    /** What [bindings] made, read back. */
    fun info(bindings: VarBindList): RemoteEngineInfo = RemoteEngineInfo.of(
        (bindings.value(0) as OctetString).toByteArray(),
        (bindings.value(1) as Integer32).value(),
        (bindings.value(2) as Integer32).value(),
    )
}
