package io.ksnmp.message

import java.io.File

/**
 * One annotated capture from `src/test/resources/captures`: its `# key: value` headers (values
 * kept to the end of the line, untrimmed) and the datagram its hex pairs spell.
 */
class CapturedMessage(val name: String, val headers: Map<String, List<String>>, val bytes: ByteArray) {
    fun header(key: String): String? = headers[key]?.single()

    fun varBindLines(): List<String> = headers["varbind"].orEmpty().map { it.replace("\\n", "\n") }

    companion object {
        private val headerLine = Regex("^# ([a-z-]+): ?(.*)$")

        fun parse(name: String, text: String): CapturedMessage {
            val headers = linkedMapOf<String, MutableList<String>>()
            val hex = StringBuilder()
            var inHeaders = true
            for (line in text.lines()) {
                val match = if (inHeaders) headerLine.find(line) else null
                if (match != null) {
                    headers.getOrPut(match.groupValues[1]) { mutableListOf() }.add(match.groupValues[2])
                    continue
                }
                inHeaders = false
                hex.append(line.substringBefore('#')).append(' ')
            }
            val pairs = hex.split(Regex("\\s+")).filter { it.isNotEmpty() }
            val bytes = ByteArray(pairs.size) { i ->
                require(pairs[i].length == 2) { "$name: '${pairs[i]}' is not a hex pair" }
                pairs[i].toInt(16).toByte()
            }
            return CapturedMessage(name, headers, bytes)
        }

        fun all(): List<CapturedMessage> {
            val dir = File(requireNotNull(CapturedMessage::class.java.getResource("/captures")) { "no captures on the test class path" }.toURI())
            return dir.listFiles { f -> f.name.endsWith(".hex") }!!.sortedBy { it.name }.map { parse(it.name, it.readText()) }
        }
    }
}
