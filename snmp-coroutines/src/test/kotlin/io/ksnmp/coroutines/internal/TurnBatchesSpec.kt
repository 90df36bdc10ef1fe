package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.testing.Patience
import java.util.Collections
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

class TurnBatchesSpec : FunSpec({
    test("items added in one task on the loop go as one list, after that task; finish closes after the list") {
        val loop = EventLoop("test-loop")
        try {
            val events = Collections.synchronizedList(mutableListOf<String>())
            val closed = CountDownLatch(1)
            val batches = TurnBatches<Int>(loop, { events += "list $it" }, { events += "closed"; closed.countDown() })
            loop.execute {
                for (i in 1..5) batches.add(i)
                events += "task ends"
                batches.finish()
            }
            closed.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            events shouldBe listOf("task ends", "list [1, 2, 3, 4, 5]", "closed")
        } finally {
            loop.close() shouldBe true
        }
    }

    test("each turn's items go in their own list, in order") {
        val loop = EventLoop("test-loop")
        try {
            val lists = Collections.synchronizedList(mutableListOf<List<Int>>())
            val closed = CountDownLatch(1)
            val batches = TurnBatches<Int>(loop, { lists += it }, { closed.countDown() })
            loop.execute {
                batches.add(1)
                batches.add(2)
                // queued behind the flush, so its items make a second list
                loop.execute {
                    batches.add(3)
                    batches.finish()
                }
            }
            closed.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
            lists shouldBe listOf(listOf(1, 2), listOf(3))
        } finally {
            loop.close() shouldBe true
        }
    }

    test("off the loop thread items go alone at once, and finish closes at once") {
        val loop = EventLoop("test-loop")
        try {
            val events = mutableListOf<String>()
            val batches = TurnBatches<Int>(loop, { events += "list $it" }, { events += "closed" })
            batches.add(7)
            batches.add(8)
            batches.finish()
            events shouldBe listOf("list [7]", "list [8]", "closed")
        } finally {
            loop.close() shouldBe true
        }
    }

    test("a list still being gathered when the loop closes is handed over before the close") {
        val loop = EventLoop("test-loop")
        val events = Collections.synchronizedList(mutableListOf<String>())
        val closed = CountDownLatch(1)
        val batches = TurnBatches<Int>(loop, { events += "list $it" }, { events += "closed"; closed.countDown() })
        loop.execute {
            batches.add(1)
            loop.close()
            batches.finish()
        }
        closed.await(Patience.SECONDS, TimeUnit.SECONDS) shouldBe true
        events shouldBe listOf("list [1]", "closed")
    }
})
