package io.ksnmp.coroutines.notification.internal

import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.coroutines.notification.NotificationListener
import kotlinx.coroutines.channels.Channel

/** Where a receiver puts what it accepted; loop thread. */
internal sealed interface NotificationSink {
    /** @return false if there was no room (the notification is dropped, an inform not acknowledged) */
    fun offer(notification: Notification): Boolean

    fun close()

    /** A bounded buffer that a flow collector drains. */
    class Buffered(capacity: Int) : NotificationSink {
        val channel = Channel<Notification>(capacity)

        override fun offer(notification: Notification): Boolean = channel.trySend(notification).isSuccess

        override fun close() {
            channel.close()
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
