package io.ksnmp.coroutines.testing

import io.ksnmp.coroutines.SnmpEngine
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/** What an engine holds in its tables, read on its loop thread. */
data class EngineTables(val byRequestId: Int, val byMsgId: Int, val live: Int, val timers: Int, val liveIds: Int) {
    val isEmpty: Boolean get() = this == EMPTY

    companion object {
        val EMPTY = EngineTables(0, 0, 0, 0, 0)
    }
}

/** Runs [block] on the engine's loop thread and returns its result. */
internal fun <T> SnmpEngine.onLoop(block: () -> T): T {
    val result = CompletableFuture<T>()
    loop.execute { result.complete(runCatching(block).getOrElse { result.completeExceptionally(it); return@execute }) }
    return result.get(5, TimeUnit.SECONDS)
}

/** The engine's request tables, timers and live ids, read on its loop thread. */
internal fun SnmpEngine.tables(): EngineTables = onLoop {
    EngineTables(
        core.byRequestId.size, core.byMsgId.size, core.liveCount, loop.timers.size,
        core.requestIds.liveCount + core.msgIds.liveCount,
    )
}

/** Polls [condition] every 10 ms for at most [millis]; true once it holds. */
fun eventually(millis: Long = 5_000, condition: () -> Boolean): Boolean {
    val deadline = System.nanoTime() + millis * 1_000_000
    while (System.nanoTime() < deadline) {
        if (condition()) return true
        Thread.sleep(10)
    }
    return condition()
}
