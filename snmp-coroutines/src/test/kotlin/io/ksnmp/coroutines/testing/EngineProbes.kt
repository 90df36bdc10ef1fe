package io.ksnmp.coroutines.testing

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.internal.EventLoop
import io.ksnmp.testing.Patience
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/** What an engine holds in its tables, read on its loop thread. */
data class EngineTables(val byRequestId: Int, val byMsgId: Int, val live: Int, val timers: Int, val liveIds: Int) {
    val isEmpty: Boolean get() = this == EMPTY

    companion object {
        val EMPTY = EngineTables(0, 0, 0, 0, 0)
    }
}

/** Runs [block] on the loop thread and returns its result (waiting at most [Patience]: only a hung loop takes long). */
internal fun <T> EventLoop.onLoop(block: () -> T): T {
    val result = CompletableFuture<T>()
    execute { runCatching(block).fold(result::complete, result::completeExceptionally) }
    return result.get(Patience.SECONDS, TimeUnit.SECONDS)
}

/** Runs [block] on the engine's loop thread and returns its result; see [EventLoop.onLoop]. */
internal fun <T> SnmpEngine.onLoop(block: () -> T): T = loop.onLoop(block)

/** The engine's request tables, timers and live ids, read on its loop thread. */
internal fun SnmpEngine.tables(): EngineTables = onLoop {
    EngineTables(
        core.byRequestId.size, core.byMsgId.size, core.liveCount, loop.timers.size,
        core.requestIds.liveCount + core.msgIds.liveCount,
    )
}

/** The engine's request tables, timers and live ids, for Java tests. */
fun engineTables(engine: SnmpEngine): EngineTables = engine.tables()

/**
 * Polls [condition] every 10 ms until it holds; true once it does. It gives up (false) only
 * after [Patience]'s minutes, so a slow machine cannot fail a test that waits with it.
 */
fun eventually(condition: () -> Boolean): Boolean = Patience.until(condition)
