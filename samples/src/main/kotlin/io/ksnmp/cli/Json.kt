package io.ksnmp.cli

import io.ksnmp.smi.VarBind

/** The little JSON the tool writes: strings escaped by RFC 8259, bindings as objects. */
internal object Json {
    fun string(text: String): String {
        val sb = StringBuilder(text.length + 2).append('"')
        for (c in text) {
            when {
                c == '"' -> sb.append("\\\"")
                c == '\\' -> sb.append("\\\\")
                c == '\n' -> sb.append("\\n")
                c == '\r' -> sb.append("\\r")
                c == '\t' -> sb.append("\\t")
                c < ' ' || c == '\u2028' || c == '\u2029' -> sb.append(String.format("\\u%04x", c.code))
                else -> sb.append(c)
            }
        }
        return sb.append('"').toString()
    }

    /** `{"type":"Timeticks","value":123,"text":"(123) 0:00:01.23"}`. */
    fun value(valueText: ValueText): String {
        val value = valueText.number ?: string(valueText.text)
        return "{\"type\":${string(valueText.type)},\"value\":$value,\"text\":${string(valueText.text)}}"
    }

    /** `{"oid":".1.3.6.1.2.1.1.3.0","type":"Timeticks","value":123,"text":"(123) 0:00:01.23"}`. */
    fun varBind(varBind: VarBind): String =
        "{\"oid\":${string(dotted(varBind))},${value(ValueText.of(varBind.value())).removePrefix("{")}"

    private fun dotted(varBind: VarBind): String = varBind.oid().toDottedString()
}
