package io.ksnmp.coroutines.internal

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.checkAll
import io.ksnmp.ber.BerDecodingException
import io.ksnmp.ber.BerReader
import io.ksnmp.ber.BerTag
import io.ksnmp.coroutines.testing.Corruptions
import io.ksnmp.coroutines.testing.LONG_SECRET
import io.ksnmp.coroutines.testing.REPRODUCTION_HEX
import io.ksnmp.coroutines.testing.SHORT_SECRET
import io.ksnmp.coroutines.testing.datagramsWith
import io.ksnmp.coroutines.testing.leaks
import io.ksnmp.coroutines.testing.leaksInDecodingError
import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MessageCodec
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Generators
import java.util.HexFormat

/** The octets a trace must show of a well-formed community message: the same message with a community of stars. */
private fun maskedEncoding(message: CommunityMessage): ByteArray =
    MessageCodec.encode(CommunityMessage.of(message.version(), ByteArray(message.community().size) { '*'.code.toByte() }, message.pdu()))

/** How many leading octets of a well-formed community datagram its community's location needs: up to the second field's tag. */
private fun prefixNeeded(datagram: ByteArray): Int {
    val r = BerReader(datagram, 0, datagram.size)
    r.enter(BerTag.SEQUENCE)
    r.readInt32(BerTag.INTEGER)
    r.skipPrimitive(BerTag.OCTET_STRING)
    r.enter(r.peekTag())
    r.skipValue()
    return r.arrayIndex() + 1
}

/**
 * What the packet trace shows of a datagram ([redactForTrace]): the community masked wherever it
 * can be located, the datagram withheld otherwise, never a secret.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class TraceRedactionSpec : FunSpec({
    val secrets = listOf(SHORT_SECRET, LONG_SECRET)
    val bases = secrets.flatMap { datagramsWith(it) }

    test("the reviewer's reproduction (a GET with one trailing octet) is shown with its community masked and the trailing octet kept") {
        val datagram = HexFormat.of().parseHex(REPRODUCTION_HEX)
        val traced = redactForTrace(datagram.copyOf())
        traced.withheld shouldBe false
        HexFormat.of().formatHex(traced.bytes) shouldBe
            "30300201010410" + "2a".repeat(16) + "a01902014d020100020100300e300c06082b0601020101050005000000"
    }

    test("every well-formed v1/v2c message is shown with exactly its community's octets replaced by stars") {
        checkAll(PropTestConfig(seed = 20_261_201L, iterations = 2_000), Generators.communityMessage) { message ->
            val traced = redactForTrace(MessageCodec.encode(message))
            traced.withheld shouldBe false
            traced.bytes shouldBe maskedEncoding(message)
        }
    }

    test("every well-formed SNMPv3 message is shown as it is: nothing secret is on the wire") {
        checkAll(PropTestConfig(seed = 20_261_202L, iterations = 1_000), Generators.v3Message) { message ->
            val encoded = MessageCodec.encode(message)
            val traced = redactForTrace(encoded.copyOf())
            traced.withheld shouldBe false
            traced.bytes shouldBe encoded
        }
    }

    test("trailing octets after a message do not matter: community masked, the rest shown as it is") {
        val arb = Arb.bind(Arb.element(bases), Arb.byteArray(Arb.int(1..100), Arb.byte())) { base, tail -> base to tail }
        checkAll(PropTestConfig(seed = 20_261_203L, iterations = 1_000), arb) { (base, tail) ->
            val message = MessageCodec.decode(base, 0, base.size) as CommunityMessage
            val traced = redactForTrace(base + tail)
            traced.withheld shouldBe false
            traced.bytes shouldBe maskedEncoding(message) + tail
        }
    }

    test("truncated at every length: masked once the community and the PDU header after it are in, withheld before, never shown") {
        for (base in bases) {
            val message = MessageCodec.decode(base, 0, base.size) as CommunityMessage
            val masked = maskedEncoding(message)
            val needed = prefixNeeded(base)
            for (length in 0..base.size) {
                val traced = redactForTrace(base.copyOf(length))
                traced.withheld shouldBe (length < needed)
                traced.bytes shouldBe (if (length < needed) ByteArray(0) else masked.copyOf(length))
            }
        }
    }

    test("a community length cut short to where the community's own octets look like a PDU header is withheld, not shown in part") {
        // the community: printable octets, then what reads as a GetRequest header (tag, length f,
        // request-id 7, the next INTEGER's tag), then more printable octets
        val printable = Arb.byteArray(Arb.int(1..40), Arb.byte(0x21, 0x7e))
        val arb = Arb.bind(printable, Arb.int(0..127), printable) { head, f, tail -> Triple(head, f, tail) }
        checkAll(PropTestConfig(seed = 20_261_207L, iterations = 1_000), arb) { (head, f, tail) ->
            val community = head + byteArrayOf(0xa0.toByte(), f.toByte(), 0x02, 0x01, 0x07, 0x02) + tail
            val datagram = MessageCodec.encode(CommunityMessage.of(SnmpVersion.V2C, community, Pdu.get(77, VarBindList.ofNames(Oid.parse("1.3.6.1.2.1.1.5.0")))))
            val r = BerReader(datagram, 0, datagram.size)
            r.enter(BerTag.SEQUENCE)
            val messageEnd = datagram.size
            r.readInt32(BerTag.INTEGER)
            val communityAt = r.arrayIndex() + 2
            datagram[communityAt - 1] = head.size.toByte()
            // the one forgery the check cannot see through: a forged PDU length that also ends the message
            if (communityAt + head.size + 2 + f != messageEnd) {
                val traced = redactForTrace(datagram.copyOf())
                traced.withheld shouldBe true
                traced.bytes.size shouldBe 0
            }
        }
    }

    test("corrupted datagrams (truncated, extended, flipped, lengths changed) never show the community; decodable ones are masked, not withheld") {
        val arb = Arb.bind(Arb.element(bases.indices.toList()), Corruptions.corruption) { i, c -> i to c }
        var shown = 0
        var withheld = 0
        checkAll(PropTestConfig(seed = 20_261_204L, iterations = 10_000), arb) { (i, corruption) ->
            val damaged = corruption.applyTo(bases[i])
            val traced = redactForTrace(damaged.copyOf())
            leaks(secrets, mapOf("bytes" to traced.bytes), emptyMap()).shouldBeEmpty()
            if (traced.withheld) traced.bytes.size shouldBe 0 else traced.bytes.size shouldBe damaged.size
            val decoded = try {
                MessageCodec.decode(damaged, 0, damaged.size)
            } catch (e: BerDecodingException) {
                // what a dropped-message listener gets as the cause: no secret, and no run of its octets read as a number
                leaksInDecodingError(e, secrets).shouldBeEmpty()
                null
            }
            if (decoded != null) traced.withheld shouldBe false
            if (traced.withheld) withheld++ else shown++
        }
        // both outcomes are exercised: many damaged datagrams are still shown, masked
        (shown > 1_000 && withheld > 1_000) shouldBe true
    }
})
