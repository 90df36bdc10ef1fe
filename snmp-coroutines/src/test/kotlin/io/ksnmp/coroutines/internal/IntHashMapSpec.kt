package io.ksnmp.coroutines.internal

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.SplittableRandom

class IntHashMapSpec : FunSpec({
    test("random puts, gets and removes agree with a HashMap, through growth and wrap-around") {
        val random = SplittableRandom(7)
        // A small key space makes long probe runs, removals inside them and runs that wrap the table.
        for (keySpace in listOf(40, 1_000, Int.MAX_VALUE - 1)) {
            val map = IntHashMap<String>()
            val expected = HashMap<Int, String>()
            repeat(200_000) { step ->
                val key = 1 + random.nextInt(keySpace)
                when (random.nextInt(3)) {
                    0 -> {
                        map[key] = "v$step"
                        expected[key] = "v$step"
                    }
                    1 -> map.remove(key) shouldBe expected.remove(key)
                    else -> map[key] shouldBe expected[key]
                }
                map.size shouldBe expected.size
            }
            for ((k, v) in expected) map[k] shouldBe v
            for (k in 1..minOf(keySpace, 2_000)) map.containsKey(k) shouldBe expected.containsKey(k)
        }
    }

    test("removing every key leaves an empty map that works as new") {
        val map = IntHashMap<Int>()
        val keys = (1..10_000).map { it * 7919 }
        for (k in keys) map[k] = k
        map.size shouldBe 10_000
        for (k in keys.shuffled(java.util.Random(3))) map.remove(k) shouldBe k
        map.size shouldBe 0
        for (k in keys) map[k] shouldBe null
        map[42] = 1
        map[42] shouldBe 1
        map.clear()
        map.size shouldBe 0
        map[42] shouldBe null
    }

    test("key 0 is refused, negative keys are keys") {
        val map = IntHashMap<String>()
        shouldThrow<IllegalArgumentException> { map[0] = "zero" }
        map[-5] = "minus five"
        map[-5] shouldBe "minus five"
        map.remove(0) shouldBe null
    }
})
