package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

class TimerQueueSpec : FunSpec({
    test("timers fire in deadline order, ties in scheduling order, only when due") {
        val queue = TimerQueue()
        val fired = mutableListOf<String>()
        queue.schedule(30, { fired += "c" })
        queue.schedule(10, { fired += "a" })
        queue.schedule(10, { fired += "b" })
        queue.nextDeadline() shouldBe 10L
        queue.runDue(9) shouldBe 0
        queue.runDue(10) shouldBe 2
        fired shouldBe listOf("a", "b")
        queue.runDue(100) shouldBe 1
        fired shouldBe listOf("a", "b", "c")
        queue.nextDeadline() shouldBe null
    }

    test("cancelled timers never run and do not hold the next deadline") {
        val queue = TimerQueue()
        var ran = false
        val early = queue.schedule(5, { ran = true })
        queue.schedule(50, { })
        early.cancel()
        queue.nextDeadline() shouldBe 50L
        queue.runDue(60) shouldBe 1
        ran shouldBe false
    }

    test("a timer may schedule another that is already due; it runs in the same pass") {
        val queue = TimerQueue()
        val fired = mutableListOf<Int>()
        queue.schedule(10, { fired += 1; queue.schedule(5, { fired += 2 }) })
        queue.runDue(10) shouldBe 2
        fired shouldBe listOf(1, 2)
    }

    test("deadlines compare safely across the sign of nanoTime") {
        val queue = TimerQueue()
        val start = Long.MAX_VALUE - 5
        var ran = false
        queue.schedule(start + 10, { ran = true }) // wraps negative
        queue.runDue(start) shouldBe 0
        queue.runDue(start + 10) shouldBe 1
        ran shouldBe true
    }
})
