package io.ksnmp.cli

import io.ksnmp.smi.VarBind
import java.io.PrintStream

/** Where a command's bindings go: Net-SNMP's lines (`-On` unless other `-O` letters say), or (`--json`) one JSON array. */
internal sealed class VarBindOutput(protected val out: PrintStream) {
    abstract fun write(varBind: VarBind)

    /** Ends the output; call once, after the last binding, also when the command failed part-way. */
    abstract fun finish()

    /** `.1.3.6.1.2.1.1.3.0 = Timeticks: (123) 0:00:01.23`, as `snmpget -On` prints, or as [options] say. */
    class Text(out: PrintStream, options: OutputOptions = OutputOptions()) : VarBindOutput(out) {
        private val text = VarBindText(options)

        override fun write(varBind: VarBind) = out.println(text.line(varBind))

        override fun finish() = out.flush()
    }

    /** `[{"oid":…,"type":…,"value":…,"text":…}, …]`, one binding per line. */
    class JsonArray(out: PrintStream) : VarBindOutput(out) {
        private var count = 0

        override fun write(varBind: VarBind) {
            out.print(if (count++ == 0) "[\n  " else ",\n  ")
            out.print(Json.varBind(varBind))
        }

        override fun finish() {
            out.println(if (count == 0) "[]" else "\n]")
            out.flush()
        }
    }

    companion object {
        fun of(args: Arguments, out: PrintStream): VarBindOutput =
            if (args.has("json")) JsonArray(out) else Text(out, OutputOptions.parse(args.values("O")))
    }
}
