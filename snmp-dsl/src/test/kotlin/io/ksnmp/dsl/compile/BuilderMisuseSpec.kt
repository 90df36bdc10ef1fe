package io.ksnmp.dsl.compile

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import io.ksnmp.testing.Patience
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity

private const val IMPORTS = """
import io.ksnmp.dsl.*
import io.ksnmp.dsl.agent.*
import io.ksnmp.dsl.notification.*
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.Oid
import io.ksnmp.usm.AuthProtocol
import kotlin.time.Duration.Companion.seconds
"""

/**
 * Pairs of snippets compiled by the embedded Kotlin compiler: the first misuses a builder and
 * must fail with an error where the marker `⟦` stands; its sibling, the same code used rightly,
 * must compile without an error or a warning (so the harness cannot pass by failing everything).
 */
private val pairs: List<Triple<String, String, String>> = listOf(
    Triple(
        "an engine's user() inside a user block (DslMarker)",
        """fun f() = snmpEngine { user("a") { ⟦user("b") { } } }""",
        """fun f() = snmpEngine { user("a") { auth(AuthProtocol.HMAC_SHA_96, "passphrase") }; user("b") { } }""",
    ),
    Triple(
        "a namespace's user() inside a user block of that namespace (DslMarker)",
        """fun f() = snmpEngine { namespace("n") { user("a") { ⟦user("b") } } }""",
        """fun f() = snmpEngine { namespace("n") { user("a") { }; user("b") } }""",
    ),
    Triple(
        "the agent's user() inside its mib block (DslMarker)",
        """fun f(e: SnmpEngine) = e.agent { mib { ⟦user("x") } }""",
        """fun f(e: SnmpEngine) = e.agent { user("x"); mib { scalar("1.3.6.1.2.1.1.1.0", "d") } }""",
    ),
    Triple(
        "a table's column() inside one of its rows (DslMarker)",
        """fun f() = mibRegistry { table("1.3.6.1.2.1.2.2.1") { row(1) { ⟦column(3, SmiType.INTEGER) } } }""",
        """fun f() = mibRegistry { table("1.3.6.1.2.1.2.2.1") { column(3, SmiType.INTEGER); row(1) { it[3] = 1 } } }""",
    ),
    Triple(
        "the receiver's community() inside a user block of the receiver (DslMarker)",
        """fun f() = notificationReceiverOptions { user("ops") { ⟦community("public") } }""",
        """fun f() = notificationReceiverOptions { community("public"); user("ops") { } }""",
    ),
    Triple(
        "a value with no SMI type in varBinds (a Long)",
        """fun f() = varBinds { "1.3.6.1.2.1.1.7.0" ⟦to 72L }""",
        """fun f() = varBinds { "1.3.6.1.2.1.1.7.0" to 72 }""",
    ),
    Triple(
        "a manager's timeout as a bare number",
        """fun f(e: SnmpEngine) = e.manager("192.0.2.1") { timeout = ⟦5 }""",
        """fun f(e: SnmpEngine) = e.manager("192.0.2.1") { timeout = 5.seconds }""",
    ),
)

class BuilderMisuseSpec : FunSpec({
    timeout = Patience.MILLIS

    for ((what, wrong, right) in pairs) {
        test("does not compile: $what; its sibling does") {
            val bad = Snippet(IMPORTS + wrong)
            val (line, column) = requireNotNull(bad.expectedError)
            val failed = SnippetCompiler.compile(bad.source)
            withClue(failed.diagnostics) {
                failed.exitCode shouldBe ExitCode.COMPILATION_ERROR
                failed.errors.shouldNotBeEmpty()
                failed.errors.all { it.severity == CompilerMessageSeverity.ERROR && it.line == line && it.column == column } shouldBe true
            }
            val good = Snippet(IMPORTS + right)
            good.expectedError shouldBe null
            val compiled = SnippetCompiler.compile(good.source)
            withClue(compiled.diagnostics) {
                compiled.exitCode shouldBe ExitCode.OK
                compiled.errors.shouldBeEmpty()
                compiled.warnings.shouldBeEmpty()
            }
        }
    }
})
