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

    test("random schedule, cancel and reschedule fire exactly the live timers, in order, and leave nothing queued") {
        val random = java.util.Random(42)
        repeat(200) {
            val queue = TimerQueue()
            val fired = mutableListOf<Int>()
            val expected = HashMap<Int, Long>() // timer -> deadline while live
            val timers = (0 until 300).map { i -> queue.timer { fired += i } }
            repeat(2_000) {
                val i = random.nextInt(timers.size)
                when (random.nextInt(3)) {
                    0, 1 -> {
                        val deadline = random.nextInt(1_000).toLong()
                        timers[i].reschedule(deadline)
                        expected[i] = deadline
                    }
                    else -> {
                        timers[i].cancel()
                        expected.remove(i)
                    }
                }
            }
            queue.size shouldBe expected.size
            queue.runDue(1_000) shouldBe expected.size
            fired.map { expected.getValue(it) } shouldBe fired.map { expected.getValue(it) }.sorted()
            fired.toSet() shouldBe expected.keys
            queue.size shouldBe 0
            queue.nextDeadline() shouldBe null
        }
    }
})
