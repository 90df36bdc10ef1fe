package io.ksnmp.cli

import kotlin.system.exitProcess

/** The `ksnmp` command-line tool's entry point (`java -jar ksnmp.jar COMMAND …`). */
public object Main {
    /** Runs the command line and exits with its code. */
    @JvmStatic
    public fun main(args: Array<String>) {
        val code = Ksnmp(System.out, System.err, terminal = Terminal.stderrIsTerminal()).run(args.toList())
        System.out.flush()
        exitProcess(code)
    }
}
