package io.ksnmp.dsl.compile

import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.common.arguments.K2JVMCompilerArguments
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation
import org.jetbrains.kotlin.cli.common.messages.MessageCollector
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jetbrains.kotlin.config.Services
import java.io.File
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText

/** One compiler diagnostic: its severity and where it points (1-based line and column of the snippet). */
data class Diagnostic(val severity: CompilerMessageSeverity, val line: Int, val column: Int, val message: String) {
    override fun toString(): String = "$severity at $line:$column: $message"
}

/** What compiling a snippet gave: the compiler's exit code and its diagnostics located in the snippet. */
data class Compilation(val exitCode: ExitCode, val diagnostics: List<Diagnostic>) {
    val errors: List<Diagnostic> get() = diagnostics.filter { it.severity.isError }
    val warnings: List<Diagnostic> get() = diagnostics.filter { it.severity.isWarning }
}

/**
 * A snippet of Kotlin with the position where the compiler must report an error marked by `⟦`
 * just before the offending expression (the marker is removed before compiling); a snippet
 * with no marker must compile.
 */
class Snippet(marked: String) {
    val source: String = marked.replace(MARK, "")

    /** The 1-based (line, column) of the marker, or null. */
    val expectedError: Pair<Int, Int>? = marked.indexOf(MARK).takeIf { it >= 0 }?.let { at ->
        val before = marked.substring(0, at)
        val line = before.count { it == '\n' } + 1
        line to at - (before.lastIndexOf('\n') + 1) + 1
    }

    companion object {
        const val MARK: String = "⟦"
    }
}

/**
 * Compiles Kotlin snippets with the embedded compiler (kotlin-compiler-embeddable, in process)
 * against the classes the DSL is made of: snmp-dsl, snmp-coroutines, snmp-core, the Kotlin
 * standard library, kotlinx-coroutines and kotlinx-io, found where the test's class loader loaded
 * them (surefire's class path is a manifest-only jar, so `java.class.path` would not do).
 */
object SnippetCompiler {
    private val classPath: String by lazy {
        listOf(
            Unit::class.java,
            io.ksnmp.dsl.SnmpDsl::class.java,
            Class.forName("io.ksnmp.dsl.EngineBuilderKt"),
            io.ksnmp.coroutines.SnmpEngine::class.java,
            io.ksnmp.smi.Oid::class.java,
            kotlinx.coroutines.flow.Flow::class.java,
            kotlinx.io.Buffer::class.java,
        ).map { File(it.protectionDomain.codeSource.location.toURI()).path }.distinct().joinToString(File.pathSeparator)
    }

    /** Compiles [source] as one file and returns the exit code and the diagnostics that point into it. */
    fun compile(source: String): Compilation {
        val diagnostics = ArrayList<Diagnostic>()
        val code = run(mapOf("Snippet.kt" to source)) { severity, message, location ->
            if (severity.isError || severity.isWarning) diagnostics.add(Diagnostic(severity, location?.line ?: 0, location?.column ?: 0, message))
        }
        return Compilation(code, diagnostics.toList())
    }

    /**
     * Compiles many snippets in one run of the compiler (much faster than one run each), for
     * checks that only ask which snippets fail.
     *
     * @param snippets file name → source
     * @return file name → the errors the compiler reported in it (empty for a file that compiles)
     */
    fun errors(snippets: Map<String, String>): Map<String, List<String>> {
        val errors = snippets.keys.associateWith { mutableListOf<String>() }
        val unplaced = mutableListOf<String>()
        run(snippets) { severity, message, location ->
            if (severity.isError) {
                val file = location?.path?.let { java.nio.file.Path.of(it).fileName.toString() }
                errors[file]?.add(message) ?: unplaced.add(message)
            }
        }
        check(unplaced.isEmpty()) { "the compiler failed outside the snippets: $unplaced" }
        return errors
    }

    /** Writes [files] (name → source) to a temporary directory, compiles them together and reports every diagnostic to [report]. */
    private fun run(files: Map<String, String>, report: (CompilerMessageSeverity, String, CompilerMessageSourceLocation?) -> Unit): ExitCode {
        val dir = createTempDirectory("ksnmp-snippet-")
        try {
            val paths = files.map { (name, source) -> dir.resolve(name).also { it.writeText(source) } }
            var errors = false
            val collector = object : MessageCollector {
                override fun clear() {}

                override fun hasErrors(): Boolean = errors

                override fun report(severity: CompilerMessageSeverity, message: String, location: CompilerMessageSourceLocation?) {
                    if (severity.isError) errors = true
                    report(severity, message, location)
                }
            }
            val arguments = K2JVMCompilerArguments().apply {
                freeArgs = paths.map { it.toString() }
                destination = dir.resolve("classes").toString()
                classpath = classPath
                noStdlib = true
                noReflect = true
                jvmTarget = "17"
                moduleName = "snippet"
            }
            return K2JVMCompiler().exec(collector, Services.EMPTY, arguments)
        } finally {
            dir.toFile().deleteRecursively()
        }
    }
}
