package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.DroppedMessage
import io.ksnmp.coroutines.SnmpEvent
import io.ksnmp.coroutines.SnmpEventListener
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Who hears an engine's [SnmpEvent]s, and how each is told; events are made on the loop thread,
 * and only while someone listens ([listening]).
 */
internal class EngineEvents(private val loop: EventLoop) {
    /** The listeners; added and removed from any thread. */
    val listeners = CopyOnWriteArrayList<SnmpEventListener>()

    /** Whether anyone listens, so an event is made only when it will be heard. */
    val listening: Boolean get() = listeners.isNotEmpty()

    /** Tells every listener; a listener's failure is its own. */
    fun emit(event: SnmpEvent) {
        for (l in listeners) {
            try {
                l.onEvent(event)
            } catch (e: Exception) {
                // ignored
            }
        }
    }

    /**
     * A dropped datagram, with the octets of the one a socket is handing on (when it is the one
     * dropped), community masked or withheld as the packet trace does.
     */
    fun dropped(message: DroppedMessage) {
        val current = loop.currentDatagram
        val traced = if (current != null && loop.currentDatagramLength == message.length) redactForTrace(current.copyOf(message.length)) else null
        emit(SnmpEvent.DatagramDropped.create(message, traced?.bytes ?: ByteArray(0), traced?.withheld ?: true))
    }
}
