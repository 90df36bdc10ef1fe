package io.ksnmp.dsl

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.ksnmp.dsl.compile.SnippetCompiler
import io.ksnmp.testing.Patience

/**
 * What the types forbid, proven by the embedded Kotlin compiler: each misuse is compiled beside
 * its correct twin (the same code but for the misuse); the twin must compile and the misuse must not.
 */
class CompilerRejectsMisuseSpec : FunSpec({
    timeout = 3 * Patience.MILLIS

    /** name → (the correct line, the misuse), each the body of a suspend function with `m: SnmpManager`. */
    val cases = mapOf(
        "setOfAReadOnlyScalar" to ("m.set(SystemGroup.sysContact to \"noc\")" to "m.set(SystemGroup.sysDescr to \"noc\")"),
        "setOfAReadOnlyCell" to ("m.set(IfTable.ifAdminStatus[1] to IfAdminStatus.DOWN)" to "m.set(IfTable.ifDescr[1] to \"eth0\")"),
        "setWithAValueOfAnotherType" to ("m.set(SystemGroup.sysContact to \"5\")" to "m.set(SystemGroup.sysContact to 5)"),
        "setOfAnotherEnumeration" to ("m.set(IfTable.ifAdminStatus[1] to IfAdminStatus.DOWN)" to "m.set(IfTable.ifAdminStatus[1] to IfOperStatus.DOWN)"),
        "secondOfTwoSetsWithAWrongType" to ("m.set(SystemGroup.sysName to \"a\", SystemGroup.sysLocation to \"b\")" to
            "m.set(SystemGroup.sysName to \"a\", SystemGroup.sysLocation to 7)"),
        "rowLookupOfAnotherTablesColumn" to ("m.table(IfTable).collect { row -> println(row[IfTable.ifDescr]) }" to
            "m.table(IfTable).collect { row -> println(row[IfXTable.ifName]) }"),
        "joinedRowLookupOfAThirdTablesColumn" to ("m.table(IfTable, IfXTable).collect { row -> println(row[IfXTable.ifAlias]) }" to
            "m.table(IfTable, IfXTable).collect { row -> println(row[SysOrTable.sysORDescr]) }"),
        "joiningTablesOfDifferentIndexes" to ("m.table(IfTable, IfXTable).collect { }" to "m.table(IfTable, IpAddressTable).collect { }"),
        "tableReadOfAnotherTablesColumn" to ("m.table(IfTable, IfTable.ifDescr).collect { }" to "m.table(IfTable, IfXTable.ifName).collect { }"),
        "cellOfAnIndexOfAnotherType" to ("println(m.get(IfTable.ifDescr[7]))" to "println(m.get(IfTable.ifDescr[\"seven\"]))"),
        "assignmentOfAReadOnlyScalar" to ("m.set(listOf(SystemGroup.sysName.assign(\"a\")))" to "m.set(listOf(SystemGroup.sysDescr.assign(\"a\")))"),
        "assignmentOfAnotherType" to ("m.set(listOf(SystemGroup.sysName.assign(\"a\")))" to "m.set(listOf(SystemGroup.sysName.assign(1)))"),
        "readIntoAnotherType" to ("val d: kotlin.time.Duration = m.get(SystemGroup.sysUpTime)" to "val d: Long = m.get(SystemGroup.sysUpTime)"),
    )

    fun source(pkg: String, body: String) = """
        |package $pkg
        |
        |import io.ksnmp.coroutines.SnmpManager
        |import io.ksnmp.dsl.*
        |import io.ksnmp.dsl.mibs.*
        |
        |suspend fun use(m: SnmpManager) {
        |    $body
        |}
        |""".trimMargin()

    test("each misuse fails to compile while its correct twin compiles") {
        val snippets = cases.flatMap { (name, pair) ->
            listOf("${name}Ok.kt" to source("ok.$name", pair.first), "${name}Misuse.kt" to source("misuse.$name", pair.second))
        }.toMap()
        val errors = SnippetCompiler.errors(snippets)
        for (name in cases.keys) {
            withClue("$name, correct: ${errors["${name}Ok.kt"]}") { errors.getValue("${name}Ok.kt").shouldBeEmpty() }
            withClue("$name, misuse") { errors.getValue("${name}Misuse.kt").shouldNotBeEmpty() }
        }
    }
})
