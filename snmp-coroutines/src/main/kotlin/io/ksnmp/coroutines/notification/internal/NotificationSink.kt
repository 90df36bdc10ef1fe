package io.ksnmp.coroutines.notification.internal

import io.ksnmp.coroutines.internal.TurnBuffer
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.coroutines.notification.NotificationListener

/** Where a receiver puts what it accepted; loop thread. */
internal sealed interface NotificationSink {
    /** @return false if there was no room (the notification is dropped, an inform not acknowledged) */
    fun offer(notification: Notification): Boolean

    fun close()

    /** A bounded buffer that a flow collector drains. */
    class Buffered(val buffer: TurnBuffer<Notification>) : NotificationSink {
        override fun offer(notification: Notification): Boolean = buffer.offer(notification)

        override fun close() {
            buffer.close()
        }
    }

    /** A listener called on the loop. */
    class Listener(private val listener: NotificationListener) : NotificationSink {
        override fun offer(notification: Notification): Boolean {
            try {
                listener.onNotification(notification)
            } catch (e: Exception) {
                // a listener's failure is its own
            }
            return true
        }

        override fun close() = Unit
    }
}
