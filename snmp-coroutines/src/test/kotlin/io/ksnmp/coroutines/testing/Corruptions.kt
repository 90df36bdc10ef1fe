package io.ksnmp.coroutines.testing

import io.kotest.property.Arb
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.map
import java.util.HexFormat

/**
 * One way to damage a datagram. Positions are taken modulo the datagram's length, so one damage
 * applies to any datagram (a manager's replies differ in their request-ids).
 */
sealed interface Damage {
    fun applyTo(datagram: ByteArray): ByteArray

    /** Keeps the first `at mod (length + 1)` octets. */
    class Truncate(private val at: Int) : Damage {
        override fun applyTo(datagram: ByteArray): ByteArray = datagram.copyOf(at % (datagram.size + 1))
        override fun toString(): String = "truncate($at)"
    }

    /** Appends [tail] after the message. */
    class Append(private val tail: ByteArray) : Damage {
        override fun applyTo(datagram: ByteArray): ByteArray = datagram + tail
        override fun toString(): String = "append(${HexFormat.of().formatHex(tail)})"
    }

    /** XORs one octet with [mask] (1..255). */
    class Flip(private val at: Int, private val mask: Int) : Damage {
        override fun applyTo(datagram: ByteArray): ByteArray {
            if (datagram.isEmpty()) return datagram
            return datagram.copyOf().also { val i = at % it.size; it[i] = (it[i].toInt() xor mask).toByte() }
        }
        override fun toString(): String = "flip($at, ${Integer.toHexString(mask)})"
    }

    /** Replaces the first octet of one length field (found by walking the datagram's BER) by [form], one octet or a long-form header. */
    class ReplaceLength(private val which: Int, private val form: ByteArray) : Damage {
        override fun applyTo(datagram: ByteArray): ByteArray {
            val lengths = lengthOctets(datagram).ifEmpty { return datagram }
            val at = lengths[which % lengths.size]
            return datagram.copyOfRange(0, at) + form + datagram.copyOfRange(at + 1, datagram.size)
        }
        override fun toString(): String = "replaceLength($which, ${HexFormat.of().formatHex(form)})"
    }

    /** Adds [delta] to one short-form length octet: a community or PDU a few octets shorter or longer than it is. */
    class ShiftLength(private val which: Int, private val delta: Int) : Damage {
        override fun applyTo(datagram: ByteArray): ByteArray {
            val lengths = lengthOctets(datagram).ifEmpty { return datagram }
            val at = lengths[which % lengths.size]
            return datagram.copyOf().also { it[at] = (it[at] + delta).toByte() }
        }
        override fun toString(): String = "shiftLength($which, $delta)"
    }
}

/** Damages applied in turn: what a datagram may look like after a bad link, a buggy peer or a forger. */
class Corruption(private val damages: List<Damage>) {
    fun applyTo(datagram: ByteArray): ByteArray = damages.fold(datagram) { bytes, damage -> damage.applyTo(bytes) }
    override fun toString(): String = damages.joinToString(" then ")
}

object Corruptions {
    private val lengthForm: Arb<ByteArray> = Arb.choice(
        Arb.int(0..255).map { byteArrayOf(it.toByte()) },
        // a long-form marker alone takes the octets after it (perhaps a community's) for the length
        Arb.element(
            listOf(0x80), listOf(0x81), listOf(0x82), listOf(0x83), listOf(0x84),
            listOf(0x81, 0x00), listOf(0x81, 0xff), listOf(0x82, 0x00, 0x10),
            listOf(0x84, 0x7f, 0xff, 0xff, 0xff), listOf(0x85, 0, 0, 0, 0, 1), listOf(0xff),
        ).map { form -> ByteArray(form.size) { form[it].toByte() } },
    )

    val damage: Arb<Damage> = Arb.choice(
        Arb.int(0..100_000).map { Damage.Truncate(it) },
        Arb.byteArray(Arb.int(1..40), Arb.byte()).map { Damage.Append(it) },
        Arb.bind(Arb.int(0..100_000), Arb.int(1..255)) { at, mask -> Damage.Flip(at, mask) },
        Arb.bind(Arb.int(0..1_000), lengthForm) { which, form -> Damage.ReplaceLength(which, form) },
        Arb.bind(Arb.int(0..1_000), Arb.element(-3, -2, -1, 1, 2, 3)) { which, delta -> Damage.ShiftLength(which, delta) },
    )

    /** One to three damages. */
    val corruption: Arb<Corruption> = Arb.list(damage, 1..3).map { Corruption(it) }
}

/** Where each length field starts, walking the datagram's BER as far as it is well formed (into constructed values too). */
fun lengthOctets(bytes: ByteArray): List<Int> {
    val out = ArrayList<Int>()
    fun walk(from: Int, to: Int) {
        var p = from
        while (p + 1 < to) {
            val constructed = bytes[p].toInt() and 0x20 != 0
            out += p + 1
            val first = bytes[p + 1].toInt() and 0xff
            var q = p + 2
            var length: Long
            if (first < 0x80) {
                length = first.toLong()
            } else {
                val count = first and 0x7f
                if (count == 0 || count > 4 || q + count > to) return
                length = 0
                repeat(count) { length = (length shl 8) or (bytes[q++].toLong() and 0xff) }
            }
            if (length > to - q) return
            if (constructed) walk(q, q + length.toInt())
            p = q + length.toInt()
        }
    }
    walk(0, bytes.size)
    return out
}
