package io.ksnmp.cli

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
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.UInteger32
import io.ksnmp.smi.Variable

/**
 * A value split into Net-SNMP's type label and its text, for the JSON output and table cells:
 * `Timeticks: (123) 0:00:01.23` is type `Timeticks`, text `(123) 0:00:01.23`, number 123.
 */
internal class ValueText private constructor(
    /** Net-SNMP's label (`STRING`, `Hex-STRING`, `INTEGER`…), or the exception's name (`noSuchObject`). */
    val type: String,
    /** The value as Net-SNMP prints it after the label; strings without their quotes. */
    val text: String,
    /** The value as a JSON number, for the numeric types. */
    val number: String?,
) {
    companion object {
        fun of(value: Variable): ValueText = when (value) {
            is Integer32 -> ValueText("INTEGER", value.value.toString(), value.value.toString())
            is Counter32 -> numeric("Counter32", value.value())
            is Gauge32 -> numeric("Gauge32", value.value())
            is Counter64 -> ValueText("Counter64", value.toBigInteger().toString(), value.toBigInteger().toString())
            is TimeTicks -> ValueText("Timeticks", afterLabel(value), value.value().toString())
            is OctetString -> octets(value)
            is IpAddress -> ValueText("IpAddress", value.toDottedString(), null)
            is ObjectIdentifier -> ValueText("OID", afterLabel(value), null)
            is Opaque -> ValueText("Opaque", afterLabel(value), null)
            is UInteger32 -> numeric("UInteger32", value.value())
            is NsapAddress -> ValueText("NsapAddress", afterLabel(value), null)
            is Null -> ValueText("NULL", "", null)
            is NoSuchObject -> ValueText("noSuchObject", value.toString(), null)
            is NoSuchInstance -> ValueText("noSuchInstance", value.toString(), null)
            is EndOfMibView -> ValueText("endOfMibView", value.toString(), null)
        }

        private fun numeric(type: String, value: Long) = ValueText(type, value.toString(), value.toString())

        private fun octets(value: OctetString): ValueText {
            val printed = value.toString()
            return when {
                value.length() == 0 -> ValueText("STRING", "", null)
                printed.startsWith("STRING: ") -> ValueText("STRING", unquote(printed.removePrefix("STRING: ")), null)
                else -> ValueText("Hex-STRING", printed.substringAfter(": ").trimEnd().replace('\n', ' '), null)
            }
        }

        private fun afterLabel(value: Variable): String = value.toString().substringAfter(": ")

        /** Net-SNMP's quoted form back to the text: outer quotes off, `\"` and `\\` unescaped. */
        private fun unquote(quoted: String): String {
            val body = quoted.removeSurrounding("\"")
            val sb = StringBuilder(body.length)
            var i = 0
            while (i < body.length) {
                val c = body[i++]
                if (c == '\\' && i < body.length) sb.append(body[i++]) else sb.append(c)
            }
            return sb.toString()
        }
    }
}
