package io.ksnmp.cli

import java.nio.file.Files
import java.nio.file.Path

/** Whether standard error is a terminal, so that progress lines are for a person watching. */
internal object Terminal {
    /**
     * On Linux, what file descriptor 2 points at (`/dev/pts/…` or `/dev/tty…` is a terminal), so
     * that `ksnmp walk … > out.txt` still shows progress; elsewhere whether the JVM has a console.
     */
    fun stderrIsTerminal(): Boolean {
        val target = try {
            Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString()
        } catch (e: Exception) {
            return System.console() != null
        }
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
    }
}
