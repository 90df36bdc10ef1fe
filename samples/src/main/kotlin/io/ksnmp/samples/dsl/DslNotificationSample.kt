package io.ksnmp.samples.dsl

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.dsl.get
import io.ksnmp.dsl.indexOf
import io.ksnmp.dsl.isA
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.mibs.IfAdminStatus
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.LinkDown
import io.ksnmp.dsl.notification.notificationReceiver
import io.ksnmp.dsl.trap
import io.ksnmp.message.SnmpVersion
import kotlinx.coroutines.flow.first
import java.net.InetSocketAddress

/** What [dslNotificationSample]'s receiver read of the linkDown it was sent. */
public data class LinkEvent(val linkDown: Boolean, val ifIndex: Int?, val operStatus: Any?)

/**
 * A notification receiver declared in a block, and a typed linkDown sent to it (its objects
 * checked against the declaration) and read typed on arrival.
 *
 * ```
 * SnmpEngine().use { engine -> println(dslNotificationSample(engine)) }
 * ```
 */
public suspend fun dslNotificationSample(engine: SnmpEngine): LinkEvent {
    val receiver = engine.notificationReceiver {
        address(InetSocketAddress("127.0.0.1", 0))   // any free port; 162 by default
        community("public")
    }
    try {
        val nms = engine.manager(receiver.addresses.single()) { version = SnmpVersion.V2C }
        nms.trap(LinkDown) {
            value(IfTable.ifIndex[7], 7)
            value(IfTable.ifAdminStatus[7], IfAdminStatus.UP)
            value(IfTable.ifOperStatus[7], IfOperStatus.DOWN)
        }
        val n = receiver.notifications.first()
        return LinkEvent(n.isA(LinkDown), n.indexOf(IfTable.ifOperStatus), n[IfTable.ifOperStatus])
    } finally {
        receiver.close()
    }
}
