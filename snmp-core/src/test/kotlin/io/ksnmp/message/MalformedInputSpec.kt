package io.ksnmp.message

import io.ksnmp.ber.BerDecodingException
import io.ksnmp.testing.Generators
import io.ksnmp.testing.toHex
import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.RandomSource
import io.kotest.property.arbitrary.take
import kotlin.random.Random

/**
 * Malformed input decodes to a message or throws [BerDecodingException], never anything else:
 * random bytes, and random mutations (bit flips, truncation, length edits, insertions, deletions,
 * splices) of real and generated messages. A mutant that still decodes must survive a re-encode.
 *
 * Cases per property: 50,000 by default; `mvn verify -Pfuzz` runs 5,000,000 (`ksnmp.fuzz.cases`).
 */
class MalformedInputSpec : FunSpec({
    val cases = System.getProperty("ksnmp.fuzz.cases", "50000").toInt()
    val seed = System.getProperty("ksnmp.fuzz.seed", "20261121").toLong()

    val corpus: List<ByteArray> = CapturedMessage.all().map { it.bytes } +
        Generators.message.take(300, RandomSource.seeded(seed)).map { MessageCodec.encode(it) }.toList()

    fun decodeOrBerError(input: ByteArray, case: Int) {
        val decoded = try {
            MessageCodec.decode(input, 0, input.size)
        } catch (e: BerDecodingException) {
            if (e.offset() < 0 || e.offset() > input.size) fail("case $case: offset ${e.offset()} outside 0..${input.size}")
            return
        } catch (e: Throwable) {
            fail("case $case (seed $seed): ${e.javaClass.name} for input ${input.toHex()}\n${e.stackTraceToString()}")
        }
        val again = MessageCodec.encode(decoded)
        MessageCodec.decode(again, 0, again.size) shouldBe decoded
    }

    test("random bytes") {
        val random = Random(seed)
        repeat(cases) { case ->
            val length = random.nextInt(0, 400)
            val input = random.nextBytes(length)
            if (length >= 2 && random.nextBoolean()) {
                // A plausible outer SEQUENCE gets the decoder past the first check more often.
                input[0] = 0x30
                input[1] = if (length - 2 < 128) (length - 2).toByte() else 0x81.toByte()
            }
            decodeOrBerError(input, case)
        }
    }

    test("mutations of valid messages") {
        val random = Random(seed + 1)
        val lengthForms = listOf(
            byteArrayOf(0x80.toByte()), byteArrayOf(0x84.toByte(), 0x7f, 0xff.toByte(), 0xff.toByte(), 0xff.toByte()),
            byteArrayOf(0x85.toByte(), 0, 0, 0, 0, 1), byteArrayOf(0x81.toByte()), byteArrayOf(0xff.toByte()),
            byteArrayOf(0x82.toByte(), 0xff.toByte(), 0xff.toByte()), byteArrayOf(0), byteArrayOf(0x7f),
        )
        repeat(cases) { case ->
            var input = corpus[random.nextInt(corpus.size)]
            repeat(1 + random.nextInt(3)) {
                input = mutate(input, random, lengthForms, corpus)
            }
            decodeOrBerError(input, case)
        }
    }
})

private fun mutate(original: ByteArray, random: Random, lengthForms: List<ByteArray>, corpus: List<ByteArray>): ByteArray {
    if (original.isEmpty()) return random.nextBytes(random.nextInt(1, 8))
    val at = random.nextInt(original.size)
    return when (random.nextInt(8)) {
        0 -> original.copyOf().also { it[at] = (it[at].toInt() xor (1 shl random.nextInt(8))).toByte() }
        1 -> original.copyOf(at)
        2 -> original.copyOf().also { it[at] = random.nextInt(256).toByte() }
        3 -> { // replace a byte (likely a length or tag) with an awkward length form
            val form = lengthForms[random.nextInt(lengthForms.size)]
            original.copyOfRange(0, at) + form + original.copyOfRange(minOf(original.size, at + 1), original.size)
        }
        4 -> original.copyOfRange(0, at) + random.nextBytes(random.nextInt(1, 6)) + original.copyOfRange(at, original.size)
        5 -> original.copyOfRange(0, at) + original.copyOfRange(minOf(original.size, at + 1 + random.nextInt(6)), original.size)
        6 -> original + random.nextBytes(random.nextInt(1, 4)) // trailing garbage
        else -> { // splice in part of another message
            val other = corpus[random.nextInt(corpus.size)]
            val from = random.nextInt(other.size)
            original.copyOfRange(0, at) + other.copyOfRange(from, minOf(other.size, from + random.nextInt(1, 40)))
        }
    }
}
