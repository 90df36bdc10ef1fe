package io.ksnmp.coroutines.testing

import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.internal.DatagramSender
import io.ksnmp.coroutines.internal.LoopClock
import io.ksnmp.message.SnmpVersion
import io.ksnmp.usm.JceUsmCrypto
import kotlin.time.Duration

/**
 * A loop clock the test moves by hand (the engine's [LoopClock] seam): an engine on it sends
 * again, times out, discovers again and ends busy-poll windows only when the test says that
 * time has passed, so what a test asserts cannot depend on how fast the machine is.
 */
class VirtualClock(
    /** Where the clock starts, in nanoseconds. */
    val start: Long = 5_000_000_000L,
) {
    /** The current time in nanoseconds. */
    @Volatile
    var now: Long = start

    /** The clock as an event loop reads it. */
    internal val loopClock: LoopClock = LoopClock { now }

    /** Moves the clock on by [by]. */
    fun moveBy(by: Duration) {
        check(!by.isNegative()) { "the virtual clock does not go back" }
        now += by.inWholeNanoseconds
    }

    /** Moves the clock to [start] + [at] (it never goes back). */
    fun moveTo(at: Duration) {
        val to = start + at.inWholeNanoseconds
        check(to - now >= 0) { "the virtual clock does not go back" }
        now = to
    }
}

/** An engine whose loop runs on [clock]; as the public constructor's engine otherwise. */
internal fun virtualEngine(
    clock: VirtualClock,
    version: SnmpVersion = SnmpVersion.V2C,
    busyPoll: Duration? = Duration.ZERO,
    droppedMessages: io.ksnmp.coroutines.DroppedMessageListener? = null,
    packetTrace: io.ksnmp.coroutines.PacketTraceListener? = null,
): SnmpEngine = SnmpEngine(
    version, SnmpEngine.DEFAULT_RECEIVE_BUFFER, packetTrace, droppedMessages, JceUsmCrypto.create(), null,
    clock.loopClock, DatagramSender.CHANNEL, busyPoll,
    // Keys are localized in place, on the loop: nothing the test waits for depends on a shared
    // thread pool that other specs' leftovers may keep busy.
    computeExecutor = { it.run() },
)

/** Moves [clock] to its start + [at] and lets this engine's loop run every timer due by then, before returning. */
internal fun SnmpEngine.advance(clock: VirtualClock, at: Duration) {
    clock.moveTo(at)
    onLoop { loop.timers.runDue(clock.now) }
}

/** Moves [clock] on by [by] and lets this engine's loop run every timer due by then, before returning. */
internal fun SnmpEngine.advanceBy(clock: VirtualClock, by: Duration) {
    clock.moveBy(by)
    onLoop { loop.timers.runDue(clock.now) }
}
