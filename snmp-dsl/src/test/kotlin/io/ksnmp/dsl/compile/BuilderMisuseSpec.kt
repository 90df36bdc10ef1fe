package io.ksnmp.dsl.compile

import io.kotest.core.spec.style.FunSpec
import io.ksnmp.testing.Patience

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
private val pairs: List<MisusePair> = listOf(
    MisusePair(
        "an engine's user() inside a user block (DslMarker)",
        """fun f() = snmpEngine { user("a") { ⟦user("b") { } } }""",
        """fun f() = snmpEngine { user("a") { auth(AuthProtocol.HMAC_SHA_96, "passphrase") }; user("b") { } }""",
    ),
    MisusePair(
        "a namespace's user() inside a user block of that namespace (DslMarker)",
        """fun f() = snmpEngine { namespace("n") { user("a") { ⟦user("b") } } }""",
        """fun f() = snmpEngine { namespace("n") { user("a") { }; user("b") } }""",
    ),
    MisusePair(
        "the agent's user() inside its mib block (DslMarker)",
        """fun f(e: SnmpEngine) = e.agent { mib { ⟦user("x") } }""",
        """fun f(e: SnmpEngine) = e.agent { user("x"); mib { scalar("1.3.6.1.2.1.1.1.0", "d") } }""",
    ),
    MisusePair(
        "a table's column() inside one of its rows (DslMarker)",
        """fun f() = mibRegistry { table("1.3.6.1.2.1.2.2.1") { row(1) { ⟦column(3, SmiType.INTEGER) } } }""",
        """fun f() = mibRegistry { table("1.3.6.1.2.1.2.2.1") { column(3, SmiType.INTEGER); row(1) { it[3] = 1 } } }""",
    ),
    MisusePair(
        "the receiver's community() inside a user block of the receiver (DslMarker)",
        """fun f() = notificationReceiverOptions { user("ops") { ⟦community("public") } }""",
        """fun f() = notificationReceiverOptions { community("public"); user("ops") { } }""",
    ),
    MisusePair(
        "a getter for a scalar named by its OID without its type",
        """fun f() = mibRegistry { ⟦scalar("1.3.6.1.2.1.1.1.0") { "router 1" } }""",
        """fun f() = mibRegistry { scalar("1.3.6.1.2.1.1.1.0", SmiType.OCTET_STRING) { get { "router 1" } } }""",
    ),
    MisusePair(
        "a value with no SMI type in varBinds (a Long)",
        """fun f() = varBinds { "1.3.6.1.2.1.1.7.0" ⟦to 72L }""",
        """fun f() = varBinds { "1.3.6.1.2.1.1.7.0" to 72 }""",
    ),
    MisusePair(
        "a manager's timeout as a bare number",
        """fun f(e: SnmpEngine) = e.manager("192.0.2.1") { timeout = ⟦5 }""",
        """fun f(e: SnmpEngine) = e.manager("192.0.2.1") { timeout = 5.seconds }""",
    ),
)

class BuilderMisuseSpec : FunSpec({
    timeout = Patience.MILLIS
    misuseTests(IMPORTS, pairs)
})
