package io.ksnmp.cli

import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.Null
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable

/**
 * `snmpset`'s `OID TYPE VALUE` triples. The types are Net-SNMP's letters: `i` INTEGER,
 * `u` unsigned (Gauge32), `c` Counter32, `t` TimeTicks, `a` IpAddress, `o` OID, `s` STRING,
 * `x` hex STRING, `d` decimal STRING, `b` BITS (bit numbers), `n` NULL. Net-SNMP's `=` (the type
 * from a MIB) needs MIB files, which ksnmp does not read. `ksnmp trap` and `ksnmp inform` take the
 * same triples after their own operands.
 */
internal object SetValues {
    fun parse(words: List<String>): List<VarBind> {
        if (words.isEmpty() || words.size % 3 != 0) throw UsageException("set takes OID TYPE VALUE triples, e.g. .1.3.6.1.2.1.1.4.0 s admin@example.net")
        return triples(words)
    }

    /** Any number of triples, none included (the bindings of a trap after its own operands). */
    fun triples(words: List<String>): List<VarBind> {
        if (words.size % 3 != 0) throw UsageException("'${words[words.size - words.size % 3]}' needs a TYPE and a VALUE (OID TYPE VALUE)")
        return words.chunked(3).map { (oid, type, value) -> VarBind.of(Oids.parse(oid), value(type, value)) }
    }

    private fun value(type: String, text: String): Variable = when (type) {
        "i" -> Integer32.of(text.toIntOrNull() ?: bad(type, text, "a 32-bit integer"))
        "u" -> Gauge32.of(unsigned32(type, text))
        "c" -> Counter32.of(unsigned32(type, text))
        "t" -> TimeTicks.of(unsigned32(type, text))
        "a" -> try {
            IpAddress.parse(text)
        } catch (e: IllegalArgumentException) {
            bad(type, text, "a dotted IPv4 address")
        }
        "o" -> ObjectIdentifier.of(Oids.parse(text))
        "s" -> OctetString.of(text)
        "x" -> OctetString.of(Hex.octetsOrNull(text) ?: bad(type, text, "hex octets such as 0A1B2C or \"0A 1B 2C\""))
        "d" -> OctetString.of(decimal(text) ?: bad(type, text, "decimal octets such as 10.27.44"))
        "b" -> OctetString.of(bits(text) ?: bad(type, text, "bit numbers such as \"0 3 9\""))
        "n" -> Null.INSTANCE
        "=" -> throw UsageException("type '=' takes the type from a MIB; ksnmp reads no MIBs, give the type letter")
        else -> throw UsageException("unknown set type '$type' (use i u c t a o s x d b n)")
    }

    private fun unsigned32(type: String, text: String): Long =
        text.toLongOrNull()?.takeIf { it in 0..0xFFFF_FFFFL } ?: bad(type, text, "a number from 0 to 4294967295")

    private fun decimal(text: String): ByteArray? {
        if (text.isEmpty()) return ByteArray(0)
        val parts = text.split('.', ' ').filter { it.isNotEmpty() }
        val bytes = parts.map { it.toIntOrNull()?.takeIf { v -> v in 0..255 } ?: return null }
        return ByteArray(bytes.size) { bytes[it].toByte() }
    }

    private fun bits(text: String): ByteArray? {
        val numbers = text.split(' ', ',').filter { it.isNotEmpty() }.map { it.toIntOrNull()?.takeIf { n -> n in 0..2047 } ?: return null }
        val bytes = ByteArray(if (numbers.isEmpty()) 0 else numbers.max() / 8 + 1)
        for (n in numbers) bytes[n / 8] = (bytes[n / 8].toInt() or (0x80 ushr (n % 8))).toByte()
        return bytes
    }

    private fun bad(type: String, text: String, wanted: String): Nothing =
        throw UsageException("value '$text' of type $type is not $wanted")
}
