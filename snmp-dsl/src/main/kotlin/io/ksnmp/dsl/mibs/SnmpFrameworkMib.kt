package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.dsl.mib.Scalar
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.OctetString

/**
 * SNMP-FRAMEWORK-MIB's snmpEngine group (RFC 3411 §5), `1.3.6.1.6.3.10.2.1`: the SNMP engine's
 * identity and clock.
 *
 * ```
 * val engine = router.get(SnmpEngineGroup)
 * println("engine ${HexFormat.of().formatHex(engine[SnmpEngineGroup.snmpEngineID])}, boots ${engine[SnmpEngineGroup.snmpEngineBoots]}")
 * ```
 */
public object SnmpEngineGroup : MibScalars("1.3.6.1.6.3.10.2.1") {
    /** snmpEngineID: the engine's administratively unique identifier (SnmpEngineID, 5..32 octets). */
    public val snmpEngineID: Scalar<ByteArray> = scalar(1, OctetString)

    /** snmpEngineBoots: how many times the engine has (re)initialised since its snmpEngineID was last configured. */
    public val snmpEngineBoots: Scalar<Int> = scalar(2, Integer32)

    /** snmpEngineTime: seconds since snmpEngineBoots last changed. */
    public val snmpEngineTime: Scalar<Int> = scalar(3, Integer32)

    /** snmpEngineMaxMessageSize: the largest message the engine can send or receive, in octets. */
    public val snmpEngineMaxMessageSize: Scalar<Int> = scalar(4, Integer32)
}
