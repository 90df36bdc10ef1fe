package io.ksnmp.samples

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.VarBind
import java.net.InetSocketAddress
import kotlin.time.Duration.Companion.seconds

/**
 * get, getNext and getBulk over SNMPv2c: sysDescr and sysUpTime, the first ifDescr, then four
 * ifDescr in one request.
 *
 * ```
 * SnmpEngine().use { engine -> println(getSample(engine, InetSocketAddress("192.0.2.1", 161))) }
 * ```
 */
public suspend fun getSample(engine: SnmpEngine, agent: InetSocketAddress): List<VarBind> {
    val router = engine.manager(agent, version = SnmpVersion.V2C, community = "public", timeout = 5.seconds)
    val system = router.get("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.3.0")
    val firstIfDescr = router.getNext("1.3.6.1.2.1.2.2.1.2")
    val ifDescrs = router.getBulk(0, 4, "1.3.6.1.2.1.2.2.1.2")
    return system + firstIfDescr + ifDescrs
}
