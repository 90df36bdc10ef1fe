package io.ksnmp.dsl.compile

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity

/**
 * A misuse that must not compile, with the error's place marked by `⟦`, and its sibling: the
 * same code used rightly, which must compile with no error and no warning.
 */
class MisusePair(val what: String, val wrong: String, val right: String)

/**
 * One test per pair: [MisusePair.wrong] fails to compile with an ERROR at its marker's line and
 * column and errors on no other line (inference may add errors beside the marker on its line),
 * [MisusePair.right] compiles cleanly; both after [header].
 */
fun FunSpec.misuseTests(header: String, pairs: List<MisusePair>) {
    for (pair in pairs) {
        test("does not compile: ${pair.what}; its sibling does") {
            val bad = Snippet(header + pair.wrong)
            val (line, column) = requireNotNull(bad.expectedError) { "the wrong snippet marks no error" }
            val failed = SnippetCompiler.compile(bad.source)
            withClue(failed.diagnostics) {
                failed.exitCode shouldBe ExitCode.COMPILATION_ERROR
                failed.errors.shouldNotBeEmpty()
                failed.errors.any { it.severity == CompilerMessageSeverity.ERROR && it.line == line && it.column == column } shouldBe true
                failed.errors.all { it.line == line } shouldBe true
            }
            val good = Snippet(header + pair.right)
            good.expectedError shouldBe null
            val compiled = SnippetCompiler.compile(good.source)
            withClue(compiled.diagnostics) {
                compiled.exitCode shouldBe ExitCode.OK
                compiled.errors.shouldBeEmpty()
                compiled.warnings.shouldBeEmpty()
            }
        }
    }
}
