package io.ksnmp.dsl.compile

import io.kotest.core.spec.style.FunSpec
import io.ksnmp.testing.Patience

private const val IMPORTS = """
import io.ksnmp.dsl.*
import io.ksnmp.dsl.agent.*
import io.ksnmp.dsl.get
import io.ksnmp.dsl.mibs.*
"""

/**
 * Misuse of typed declarations in the builders, rejected by the compiler: a value of the wrong
 * type (in a binding, in a row), a read-only object where a writable one is needed, a column of
 * another table in a row or a row lookup. Each has a sibling that compiles.
 */
private val pairs: List<MisusePair> = listOf(
    MisusePair(
        "an Int for a DisplayString scalar in a binding",
        """fun f() = varBinds { SystemGroup.sysContact ⟦to 5 }""",
        """fun f() = varBinds { SystemGroup.sysContact to "noc@example.net" }""",
    ),
    MisusePair(
        "a String for an Integer32 cell in a binding",
        """fun f() = varBinds { IfTable.ifMtu[3] ⟦to "1500" }""",
        """fun f() = varBinds { IfTable.ifMtu[3] to 1500 }""",
    ),
    MisusePair(
        "an Int for a DisplayString column in an agent's row",
        """fun f() = mibRegistry { table(IfTable) { row(1) { it[IfTable.ifDescr] = ⟦5 } } }""",
        """fun f() = mibRegistry { table(IfTable) { row(1) { it[IfTable.ifDescr] = "eth0" } } }""",
    ),
    MisusePair(
        "a read-only scalar served as writable",
        """fun f() = mibRegistry { ⟦writable(SystemGroup.sysDescr, "router") }""",
        """fun f() = mibRegistry { writable(SystemGroup.sysContact, "ops") }""",
    ),
    MisusePair(
        "a check on a read-only column",
        """fun f() = mibRegistry { table(IfTable) { check(⟦IfTable.ifDescr) { io.ksnmp.pdu.ErrorStatus.NO_ERROR } } }""",
        """fun f() = mibRegistry { table(IfTable) { check(IfTable.ifAdminStatus) { io.ksnmp.pdu.ErrorStatus.NO_ERROR } } }""",
    ),
    MisusePair(
        "a column of another table in an agent's row",
        """fun f() = mibRegistry { table(IfTable) { row(1) { it[⟦IfXTable.ifName] = "eth0" } } }""",
        """fun f() = mibRegistry { table(IfXTable) { row(1) { it[IfXTable.ifName] = "eth0" } } }""",
    ),
    MisusePair(
        "a column of another table in a row lookup of a served table",
        """fun f(t: AgentTable<Int, IfTable>) = t[1, ⟦IfXTable.ifName]""",
        """fun f(t: AgentTable<Int, IfTable>) = t[1, IfTable.ifDescr]""",
    ),
    MisusePair(
        "an index of the wrong type for a served table",
        """fun f(t: AgentTable<Int, IfTable>) = t.removeRow(⟦"eth0")""",
        """fun f(t: AgentTable<Int, IfTable>) = t.removeRow(1)""",
    ),
)

class TypedMisuseSpec : FunSpec({
    timeout = Patience.MILLIS
    misuseTests(IMPORTS, pairs)
})
