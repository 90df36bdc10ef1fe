package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeInRange
import io.kotest.matchers.shouldBe
import java.nio.ByteBuffer
import java.security.SecureRandom

class BufferedRandomSpec : FunSpec({
    test("buffered random ints are the source's bytes, big-endian, refilled when used up") {
        val seeded = { SecureRandom.getInstance("SHA1PRNG").apply { setSeed(99L) } }
        val direct = ByteArray(32).also { seeded().nextBytes(it) }
        val buffered = BufferedRandom(seeded(), size = 16)
        // Eight ints: the first buffer of 16 bytes, then a refill that continues the source's stream.
        val ints = List(8) { buffered.nextInt() }
        ints shouldBe List(8) { ByteBuffer.wrap(direct, it * 4, 4).int }
        buffered.nextInt(1, Int.MAX_VALUE) shouldBeInRange (1 until Int.MAX_VALUE)
    }
})
