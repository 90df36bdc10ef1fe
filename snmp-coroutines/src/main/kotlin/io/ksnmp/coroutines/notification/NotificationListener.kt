package io.ksnmp.coroutines.notification

/**
 * Receives each notification on the engine's event loop as it arrives (no buffer, no thread
 * hand-off): it must be quick and must not block; hand slow work to an executor. Exceptions it
 * throws are ignored. An inform is acknowledged before the listener sees it.
 *
 * ```
 * NotificationReceiver r = engine.notificationReceiver(options, n -> queue.offer(n));
 * ```
 */
public fun interface NotificationListener {
    /** @param notification what arrived */
    public fun onNotification(notification: Notification)
}
