package io.ksnmp.dsl.io

import io.ksnmp.smi.VarBind
import io.ksnmp.text.WalkRecording
import kotlinx.io.Sink
import kotlinx.io.Source
import kotlinx.io.readString
import kotlinx.io.writeString

/**
 * Reads a recorded walk, the text `snmpwalk -On` or `snmpbulkwalk -On` prints, to the end of
 * this source (which is not closed); see [WalkRecording] for the forms read. The text is read as
 * UTF-8, as ksnmp writes it and as Net-SNMP prints ASCII.
 *
 * ```
 * val walk = SystemFileSystem.source(Path("switch.walk")).buffered().use { it.readWalkRecording() }
 * ```
 *
 * @return the bindings in order
 * @throws io.ksnmp.text.WalkRecordingException if it is not walk text (with the line)
 */
public fun Source.readWalkRecording(): List<VarBind> = WalkRecording.parse(readString())

/**
 * Writes [bindings] as walk text, one `OID = TYPE: value` line each, as `snmpwalk -On` prints
 * them; [readWalkRecording] reads them back equal. The sink is neither flushed nor closed.
 *
 * ```
 * SystemFileSystem.sink(Path("agent.walk")).buffered().use { it.writeWalkRecording(mib.snapshot()) }
 * ```
 */
public fun Sink.writeWalkRecording(bindings: Iterable<VarBind>) {
    for (vb in bindings) {
        writeString(vb.toString())
        writeByte('\n'.code.toByte())
    }
}
