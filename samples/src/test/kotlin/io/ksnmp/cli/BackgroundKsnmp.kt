package io.ksnmp.cli

import io.kotest.assertions.fail
import io.ksnmp.testing.Patience
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import java.util.concurrent.TimeoutException

/**
 * `ksnmp WORDS…` (a `trapd`) running in this JVM on its own thread, stdout and stderr captured,
 * so that a test can send to it while it runs and then read what it printed.
 *
 * ```
 * BackgroundKsnmp.start("trapd", "--port", "0", "--count", "1", "--timeout", "30").use { trapd ->
 *     send(trapd.port)
 *     val run = trapd.await()
 * }
 * ```
 */
class BackgroundKsnmp private constructor(private val words: List<String>) : AutoCloseable {
    private val out = ByteArrayOutputStream()
    private val err = ByteArrayOutputStream()
    private val exit = CompletableFuture<Int>()
    private val thread = Thread({
        val code = try {
            PrintStream(out, true, Charsets.UTF_8).use { o ->
                PrintStream(err, true, Charsets.UTF_8).use { e -> Ksnmp(o, e, terminal = false).run(words) }
            }
        } catch (e: Throwable) {
            exit.completeExceptionally(e)
            return@Thread
        }
        exit.complete(code)
    }, "ksnmp ${words.firstOrNull()}").apply { isDaemon = true }

    /** What it has printed on stderr so far. */
    fun stderr(): String = err.toString(Charsets.UTF_8)

    /** The port of the `listening on …` line `ksnmp trapd` prints first; waits for it (at most [Patience]). */
    val port: Int by lazy {
        Patience.until { LISTENING.containsMatchIn(stderr()) || exit.isDone }
        LISTENING.find(stderr())?.let { return@lazy it.groupValues[1].toInt() }
        if (exit.isDone) fail("ksnmp ${words.joinToString(" ")} ended before listening:\n${finished()}")
        fail("ksnmp ${words.joinToString(" ")} never said where it listens:\n${stderr()}")
    }

    /** Waits (at most [seconds]) for the command to end, and returns what it printed and its exit code. */
    fun await(seconds: Long = Patience.SECONDS): KsnmpRun {
        try {
            exit.get(seconds, TimeUnit.SECONDS)
        } catch (e: TimeoutException) {
            thread.interrupt()
            fail("ksnmp ${words.joinToString(" ")} still ran after $seconds s:\n${finished()}")
        }
        return finished()
    }

    private fun finished() = KsnmpRun(runCatching { exit.getNow(-1) }.getOrDefault(-1), out.toString(Charsets.UTF_8), stderr())

    /** Interrupts the command if it still runs. */
    override fun close() {
        if (!exit.isDone) thread.interrupt()
        thread.join(10_000)
    }

    companion object {
        private val LISTENING = Regex("""listening on udp6?:\S*:(\d+)[,;]""")

        fun start(vararg words: String): BackgroundKsnmp = start(words.toList())

        fun start(words: List<String>): BackgroundKsnmp = BackgroundKsnmp(words).also { it.thread.start() }
    }
}
