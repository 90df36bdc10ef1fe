package io.ksnmp.coroutines.internal

import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import java.util.concurrent.ConcurrentLinkedDeque
import java.util.concurrent.atomic.AtomicInteger

/**
 * A bounded buffer between the event loop and the collectors of a flow (a notification
 * receiver's). Items accepted in one turn of the loop travel as one list ([TurnBatches]), so a
 * collector is resumed once a turn, not once an item, and emits each in turn; [capacity] bounds
 * the items accepted and not yet emitted, whatever lists hold them. A collector that stops in the
 * middle of a list (cancelled, or its downstream failed) leaves the rest of it to the next
 * collector, ahead of anything newer, so nothing accepted is lost but the item it was emitting.
 */
internal class TurnBuffer<T>(private val capacity: Int, loop: EventLoop) {
    private val held = AtomicInteger()
    private val lists = Channel<List<T>>(Channel.UNLIMITED)
    private val leftovers = ConcurrentLinkedDeque<List<T>>()
    private val batches = TurnBatches<T>(loop, { lists.trySend(it) }, { lists.close() })

    /** @return false if the buffer is full (the item is not taken); loop thread */
    fun offer(item: T): Boolean {
        if (held.get() >= capacity) return false
        held.incrementAndGet()
        batches.add(item)
        return true
    }

    /** Ends the flow once what was accepted has been handed over. */
    fun close() {
        batches.finish()
    }

    /** The items, oldest first; several collectors share them. */
    val flow: Flow<T> = flow {
        while (true) {
            val list = leftovers.pollFirst() ?: lists.receiveCatching().getOrNull() ?: break
            var next = 0
            try {
                while (next < list.size) {
                    val item = list[next++]
                    held.decrementAndGet()
                    emit(item)
                }
            } finally {
                if (next < list.size) leftovers.addFirst(list.subList(next, list.size))
            }
        }
    }
}
