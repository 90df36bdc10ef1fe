package io.ksnmp.coroutines.internal

/**
 * Gathers items produced on [loop]'s thread into one list per turn of the loop and hands each
 * list to [send] from a task queued behind the turn's work; [finish] runs [close] after the
 * last list went. Items from any other thread (another engine's, or anywhere once the loop has
 * closed) go to [send] at once, alone, in the order they come.
 */
internal class TurnBatches<T>(
    private val loop: EventLoop,
    private val send: (List<T>) -> Unit,
    private val close: () -> Unit,
) {
    // Touched on the loop thread only, or by the flush task once the loop has closed.
    private var batch: ArrayList<T>? = null
    private var closeAfterFlush = false
    private val flush = Runnable {
        val full = batch
        batch = null
        if (full != null) send(full)
        if (closeAfterFlush) close()
    }

    /** Hands over [item], in this turn's list when on the loop thread. */
    fun add(item: T) {
        if (!loop.inLoop) {
            send(listOf(item))
            return
        }
        val current = batch ?: ArrayList<T>(INITIAL_CAPACITY).also {
            batch = it
            loop.execute(flush)
        }
        current.add(item)
    }

    /** Closes after the list being gathered, if any, was handed over. */
    fun finish() {
        if (loop.inLoop && batch != null) closeAfterFlush = true else close()
    }

    private companion object {
        const val INITIAL_CAPACITY = 32
    }
}
