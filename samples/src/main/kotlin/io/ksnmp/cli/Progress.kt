package io.ksnmp.cli

import java.io.PrintStream
import java.util.Locale

/**
 * The count and rate of a long walk on stderr, rewritten in place at most every
 * [intervalNanos]; silent unless stderr is a terminal. [finish] clears the line.
 */
internal class Progress(
    private val err: PrintStream,
    private val enabled: Boolean,
    private val nanoTime: () -> Long = System::nanoTime,
    private val intervalNanos: Long = 250_000_000,
) {
    private val start = nanoTime()
    private var lastShown = start
    private var count = 0L
    private var shown = false

    fun step() {
        count++
        if (!enabled) return
        val now = nanoTime()
        if (now - lastShown < intervalNanos) return
        lastShown = now
        val seconds = (now - start) / 1e9
        err.print(String.format(Locale.ROOT, "\r%,d varbinds, %,.0f/s   ", count, if (seconds > 0) count / seconds else 0.0))
        err.flush()
        shown = true
    }

    fun finish() {
        if (shown) {
            err.print("\r" + " ".repeat(48) + "\r")
            err.flush()
        }
    }
}
