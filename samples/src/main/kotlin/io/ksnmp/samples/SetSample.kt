package io.ksnmp.samples

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.VarBind
import java.net.InetSocketAddress

/**
 * set with the write community (a per-request override of the manager's read community), then
 * the value read back.
 *
 * ```
 * val contact = setSample(engine, agent, "ops@example.net")
 * ```
 */
public suspend fun setSample(engine: SnmpEngine, agent: InetSocketAddress, contact: String): VarBind {
    val router = engine.manager(agent, version = SnmpVersion.V2C, community = "public")
    router.set(VarBind.of("1.3.6.1.2.1.1.4.0", OctetString.of(contact)), options = RequestOptions(community = "private"))
    return router.get("1.3.6.1.2.1.1.4.0").first()
}
