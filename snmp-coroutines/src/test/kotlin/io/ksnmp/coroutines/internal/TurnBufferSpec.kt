package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.testing.onLoop
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList

/**
 * The buffer between the loop and a receiver's flow: bounded by items accepted and not yet
 * emitted, in order, and a collector that stops mid-turn leaves the rest to the next one.
 */
class TurnBufferSpec : FunSpec({
    test("the capacity counts items accepted and not yet emitted, across the loop's turns; emitting makes room") {
        val loop = EventLoop("test-loop")
        try {
            val buffer = TurnBuffer<Int>(3, loop)
            loop.onLoop { (1..5).map { buffer.offer(it) } } shouldContainExactly listOf(true, true, true, false, false)
            loop.onLoop { buffer.offer(6) } shouldBe false // another turn: still three held
            buffer.flow.take(2).toList() shouldContainExactly listOf(1, 2)
            loop.onLoop { listOf(buffer.offer(7), buffer.offer(8)) } shouldContainExactly listOf(true, true)
            loop.onLoop { buffer.offer(9) } shouldBe false
            loop.onLoop { buffer.close() }
            buffer.flow.toList() shouldContainExactly listOf(3, 7, 8)
        } finally {
            loop.close()
        }
    }

    test("a collector that stops in the middle of a turn's items leaves the rest, in order, ahead of newer ones") {
        val loop = EventLoop("test-loop")
        try {
            val buffer = TurnBuffer<Int>(100, loop)
            loop.onLoop { (1..10).forEach { buffer.offer(it) } } // one turn: one list
            buffer.flow.take(4).toList() shouldContainExactly listOf(1, 2, 3, 4)
            loop.onLoop { (11..12).forEach { buffer.offer(it) } }
            buffer.flow.take(3).toList() shouldContainExactly listOf(5, 6, 7)
            loop.onLoop { buffer.close() }
            buffer.flow.toList() shouldContainExactly listOf(8, 9, 10, 11, 12)
        } finally {
            loop.close()
        }
    }
})
