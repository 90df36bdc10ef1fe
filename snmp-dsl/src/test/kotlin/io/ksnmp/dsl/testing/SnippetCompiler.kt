package io.ksnmp.dsl.testing

import org.jetbrains.kotlin.cli.common.arguments.K2JVMCompilerArguments
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation
import org.jetbrains.kotlin.cli.common.messages.MessageCollector
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jetbrains.kotlin.config.Services
import java.io.File
import java.nio.file.Path
import kotlin.io.path.createTempDirectory
import kotlin.io.path.writeText

/**
 * Compiles Kotlin snippets against the DSL with the embedded Kotlin compiler, in one run, and tells
 * which of them had errors. The class path is where the DSL, the engine, the core, the standard
 * library and kotlinx-coroutines were loaded from in this test JVM.
 */
object SnippetCompiler {
    private val classPath: String = listOf(
        io.ksnmp.dsl.mib.MibTable::class.java,
        io.ksnmp.coroutines.SnmpManager::class.java,
        io.ksnmp.smi.Oid::class.java,
        Unit::class.java,
        kotlinx.coroutines.flow.Flow::class.java,
    ).map { File(it.protectionDomain.codeSource.location.toURI()).path }.distinct().joinToString(File.pathSeparator)

    /**
     * @param snippets file name → source
     * @return file name → the errors the compiler reported in it (empty for a file that compiles)
     */
    fun errors(snippets: Map<String, String>): Map<String, List<String>> {
        val dir = createTempDirectory("ksnmp-snippets-")
        try {
            val files = snippets.mapValues { (name, source) -> dir.resolve(name).also { it.writeText(source) } }
            val errors = snippets.keys.associateWith { mutableListOf<String>() }
            val unplaced = mutableListOf<String>()
            val collector = object : MessageCollector {
                override fun clear() {}

                override fun hasErrors(): Boolean = errors.values.any { it.isNotEmpty() } || unplaced.isNotEmpty()

                override fun report(severity: CompilerMessageSeverity, message: String, location: CompilerMessageSourceLocation?) {
                    if (!severity.isError) return
                    val file = location?.path?.let { Path.of(it).fileName.toString() }
                    errors[file]?.add(message) ?: unplaced.add(message)
                }
            }
            val arguments = K2JVMCompilerArguments().apply {
                freeArgs = files.values.map { it.toString() }
                classpath = this@SnippetCompiler.classPath
                destination = dir.resolve("out").toString()
                noStdlib = true
                noReflect = true
                jvmTarget = "17"
            }
            K2JVMCompiler().exec(collector, Services.EMPTY, arguments)
            check(unplaced.isEmpty()) { "the compiler failed outside the snippets: $unplaced" }
            return errors
        } finally {
            dir.toFile().deleteRecursively()
        }
    }
}
