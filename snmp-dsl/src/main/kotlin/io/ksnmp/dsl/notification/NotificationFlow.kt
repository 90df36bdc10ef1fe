package io.ksnmp.dsl.notification

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.coroutines.notification.NotificationReceiver
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.emitAll
import kotlinx.coroutines.flow.flow

/**
 * The notifications of a receiver that lives as long as the collection: a cold flow that, when
 * collected, starts a receiver on this engine with the options [block] sets, emits what it
 * receives, and closes it when the collection ends (cancelled, or stopped early by `take`,
 * `first`…). Each collection has its own receiver, so give a fixed port (or [onStart], to learn
 * a free port's number).
 *
 * ```
 * engine.notifications({ port = 1162; community("public") })
 *     .filter { it.trapOid == linkDown }
 *     .collect { alert(it) }
 * ```
 *
 * @param onStart told about the receiver once its sockets are bound, before the first notification
 */
public fun SnmpEngine.notifications(
    block: NotificationReceiverBuilder.() -> Unit,
    onStart: (NotificationReceiver) -> Unit = {},
): Flow<Notification> = flow {
    val receiver = notificationReceiver(block)
    try {
        onStart(receiver)
        emitAll(receiver.notifications)
    } finally {
        receiver.close()
    }
}
