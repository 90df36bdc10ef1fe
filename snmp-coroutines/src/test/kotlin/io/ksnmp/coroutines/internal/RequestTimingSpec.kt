package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.SplittableRandom

/** The resend and timeout rules, on a virtual clock (seconds written as nanoseconds). */
class RequestTimingSpec : FunSpec({
    val s = 1_000_000_000L

    test("sent at once, again every refresh period after the latest send, failing at start + timeout") {
        val timing = RequestTiming(startNanos = 100 * s, timeoutNanos = 10 * s, refreshNanos = 3 * s)
        timing.deadline shouldBe 110 * s
        timing.onSent(100 * s)
        timing.nextEvent() shouldBe 103 * s
        timing.isResendDue(102 * s) shouldBe false
        timing.isResendDue(103 * s) shouldBe true
        timing.onSent(103 * s)
        timing.onSent(106 * s)
        timing.onSent(109 * s)
        timing.nextEvent() shouldBe 110 * s // the deadline comes before the next resend
        timing.isResendDue(110 * s) shouldBe false
        timing.isExpired(109 * s) shouldBe false
        timing.isExpired(110 * s) shouldBe true
        timing.sends shouldBe 4
    }

    test("a late first send (after discovery) counts from the request's start for the timeout") {
        val timing = RequestTiming(startNanos = 0, timeoutNanos = 5 * s, refreshNanos = 1 * s)
        timing.onSent(4 * s) // discovery took four seconds
        timing.nextEvent() shouldBe 5 * s
        timing.isExpired(5 * s) shouldBe true
    }

    test("a resend delayed by a busy loop sets the next one from when it really went out") {
        val timing = RequestTiming(startNanos = 0, timeoutNanos = 60 * s, refreshNanos = 1 * s)
        timing.onSent(0)
        timing.onSent(2_500_000_000L)
        timing.nextEvent() shouldBe 3_500_000_000L
    }

    test("times wrap around Long.MAX_VALUE without confusion") {
        val start = Long.MAX_VALUE - 2 * s
        val timing = RequestTiming(startNanos = start, timeoutNanos = 5 * s, refreshNanos = 1 * s)
        timing.onSent(start)
        timing.nextEvent() shouldBe start + 1 * s
        timing.isExpired(start + 4 * s) shouldBe false
        timing.isExpired(start + 5 * s) shouldBe true
    }

    test("ids are random, positive and never handed out twice while live") {
        val ids = IdAllocator(SplittableRandom(1))
        val taken = (1..10_000).map { ids.allocate() }
        taken.toSet().size shouldBe 10_000
        taken.all { it > 0 } shouldBe true
        ids.liveCount shouldBe 10_000
        ids.release(taken[0])
        ids.liveCount shouldBe 9_999
    }

    test("with few free ids left, allocation still finds one that is not live") {
        // A generator that keeps proposing ids already live before a free one.
        val proposals = ArrayDeque(listOf(5, 5, 7, 5, 9))
        val ids = IdAllocator(object : java.util.random.RandomGenerator {
            override fun nextLong(): Long = 0
            override fun nextInt(origin: Int, bound: Int): Int = proposals.removeFirst()
        })
        ids.allocate() shouldBe 5
        ids.allocate() shouldBe 7
        ids.allocate() shouldBe 9
    }
})
