package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe

class EngineRandomSpec : FunSpec({
    test("octets of any length, different from call to call and source to source, never all zero") {
        val a = EngineRandom.secureRandom()
        val b = EngineRandom.secureRandom()
        val draws = listOf(a, a, b).map { r -> ByteArray(4096).also(r::nextBytes) }
        draws.map { it.toList() }.toSet() shouldHaveSize 3
        draws.forEach { d -> d.any { it != 0.toByte() } shouldBe true }
        // The SecureRandom view: ints and longs from the same octets, a seed is accepted and ignored.
        a.setSeed(byteArrayOf(1, 2, 3))
        List(64) { a.nextLong() }.toSet() shouldHaveSize 64
        a.generateSeed(20) shouldHaveSize 20
    }
})
