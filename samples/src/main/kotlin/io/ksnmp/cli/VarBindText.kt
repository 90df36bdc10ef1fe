package io.ksnmp.cli

import io.ksnmp.cli.OutputOptions.OidForm
import io.ksnmp.cli.OutputOptions.StringForm
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.NsapAddress
import io.ksnmp.smi.Null
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.OpaqueKind
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.UInteger32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable

/**
 * A binding as Net-SNMP 5.9's `print_variable` writes it without MIBs, under [options]:
 * `.1.3.6.1.2.1.1.3.0 = Timeticks: (123) 0:00:01.23` by default, `.1.3.6.1.2.1.1.3.0 0:0:00:01.23`
 * with `-Oq`, `123` with `-Ovt`, and so on for every `-O` letter.
 */
internal class VarBindText(private val options: OutputOptions) {
    fun line(varBind: VarBind): String {
        val sb = StringBuilder()
        if (!options.valueOnly) {
            sb.append(oid(varBind.oid())).append(if (options.quick && !options.equals) " " else " = ")
        }
        value(sb, varBind.value())
        return sb.toString()
    }

    /** `.1.3.6.1`, `iso.3.6.1` or `.iso.3.6.1`; an OID whose first arc has no name stays numeric. */
    fun oid(oid: Oid): String {
        val top = if (oid.size() > 0 && oid.arc(0) < TOP_NAMES.size) TOP_NAMES[oid.arc(0).toInt()] else null
        if (options.oids == OidForm.NUMERIC || top == null) return oid.toDottedString()
        val named = top + oid.toDottedString().substring(1).dropWhile { it != '.' }
        return if (options.oids == OidForm.FULL) ".$named" else named
    }

    private fun value(sb: StringBuilder, value: Variable) {
        val quick = options.quick
        fun label(text: String) = if (!quick) sb.append(text) else sb
        when (value) {
            is Integer32 -> label("INTEGER: ").append(value.value)
            is Counter32 -> label("Counter32: ").append(value.value())
            is Gauge32 -> label("Gauge32: ").append(value.value())
            is Counter64 -> label("Counter64: ").append(value.toBigInteger())
            is UInteger32 -> sb.append(value.value())
            is TimeTicks -> timeticks(sb, value.value())
            is OctetString -> octets(sb, value.toByteArray())
            is IpAddress -> label("IpAddress: ").append(value.toDottedString())
            is ObjectIdentifier -> label("OID: ").append(oid(value.oid))
            is Opaque -> if (value.kind() == OpaqueKind.BYTES) hex(label("OPAQUE: "), value.toByteArray()) else sb.append(unlabelled(value))
            is NsapAddress -> sb.append(unlabelled(value))
            is Null, is NoSuchObject, is NoSuchInstance, is EndOfMibView -> sb.append(value.toString())
        }
    }

    /** `Opaque: Float: 1.5` as ksnmp's core prints it, or `1.5` with `-Oq`. */
    private fun unlabelled(value: Variable): String = value.toString().let { if (options.quick) it.substringAfterLast(": ") else it }

    private fun timeticks(sb: StringBuilder, ticks: Long) {
        if (options.numericTimeticks) {
            sb.append(ticks)
            return
        }
        if (!options.quick) sb.append("Timeticks: (").append(ticks).append(") ")
        val centis = ticks % 100
        val seconds = ticks / 100
        val days = seconds / 86_400
        val hours = seconds % 86_400 / 3600
        val clock = "%d:%02d:%02d.%02d".format(hours, seconds % 3600 / 60, seconds % 60, centis)
        when {
            options.quick -> sb.append(days).append(':').append(clock)
            days == 0L -> sb.append(clock)
            days == 1L -> sb.append("1 day, ").append(clock)
            else -> sb.append(days).append(" days, ").append(clock)
        }
    }

    private fun octets(sb: StringBuilder, bytes: ByteArray) {
        if (bytes.isEmpty()) {
            sb.append("\"\"")
            return
        }
        val asHex = when (options.strings) {
            StringForm.GUESS -> !bytes.all(::isText)
            StringForm.ASCII -> false
            StringForm.HEX -> true
        }
        if (asHex) {
            if (options.quick) hex(sb.append('"'), bytes).append('"') else hex(sb.append("Hex-STRING: "), bytes)
            return
        }
        if (!options.quick) sb.append("STRING: ")
        sb.append('"')
        for (b in bytes) {
            val c = b.toInt().toChar()
            when {
                !isText(b) -> sb.append('.')
                c == '"' || c == '\\' -> sb.append('\\').append(c)
                else -> sb.append(c)
            }
        }
        sb.append('"')
    }

    /** Two hex digits and a space an octet, 16 octets a line; with `-OT` each line's text follows, `  [....]`. */
    private fun hex(sb: StringBuilder, bytes: ByteArray): StringBuilder {
        for (start in bytes.indices step LINE) {
            if (start > 0) sb.append('\n')
            val end = minOf(start + LINE, bytes.size)
            for (i in start until end) sb.append(HEX[bytes[i].toInt() shr 4 and 0xf]).append(HEX[bytes[i].toInt() and 0xf]).append(' ')
            if (options.hexText) {
                sb.append("  [")
                for (i in start until end) sb.append(if (isText(bytes[i])) bytes[i].toInt().toChar() else '.')
                sb.append(']')
            }
        }
        return sb
    }

    private companion object {
        val TOP_NAMES = listOf("ccitt", "iso", "joint-iso-ccitt")
        const val HEX = "0123456789ABCDEF"
        const val LINE = 16

        /** C's `isprint(b) || isspace(b)`: what Net-SNMP shows as text. */
        fun isText(b: Byte): Boolean = b in 0x20..0x7e || b in 0x09..0x0d
    }
}
