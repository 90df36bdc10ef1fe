package io.ksnmp.dsl.agent

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.dsl.manager
import io.ksnmp.dsl.get
import io.ksnmp.dsl.mibs.EnabledStatus
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.IfXTable
import io.ksnmp.dsl.mibs.SnmpGroup
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.snmpEngine
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.varBinds
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.testing.Patience
import kotlinx.coroutines.flow.toList
import kotlin.time.Duration.Companion.seconds

/**
 * The agent builder given typed declarations (the ready-made SNMPv2-MIB and IF-MIB objects):
 * scalars with values and getters of their Kotlin types, writable scalars with typed checks and
 * setters, declared tables with rows by typed index and column, as an untyped v2c manager reads
 * and writes them.
 */
class TypedAgentSpec : FunSpec({
    timeout = Patience.MILLIS

    test("declared scalars: fixed, computed, held and written with a typed check, a typed setter") {
        var authTraps: SmiEnum<EnabledStatus> = EnabledStatus.DISABLED
        snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
            lateinit var contact: MibValue<String>
            val agent = engine.agent {
                writeCommunity = "private"
                mib {
                    scalar(SystemGroup.sysDescr) { "router 1" }
                    scalar(SystemGroup.sysUpTime) { 12.seconds }
                    scalar(SystemGroup.sysServices, 72)
                    contact = writable(SystemGroup.sysContact, "ops@example.net") { if ('@' in it) ErrorStatus.NO_ERROR else ErrorStatus.WRONG_VALUE }
                    writable(SnmpGroup.snmpEnableAuthenTraps) {
                        get { authTraps }
                        set { authTraps = it }
                        check { if (it.number in 1..2) ErrorStatus.NO_ERROR else ErrorStatus.WRONG_VALUE }
                    }
                }
            }
            val m = engine.manager(agent.address) { community = "private"; timeout = Patience.DURATION }
            m.get(SystemGroup.sysDescr.instanceOid, SystemGroup.sysUpTime.instanceOid, SystemGroup.sysServices.instanceOid, SystemGroup.sysContact.instanceOid)
                .values() shouldBe listOf(OctetString.of("router 1"), TimeTicks.of(1200), Integer32.of(72), OctetString.of("ops@example.net"))

            m.set(varBinds { SystemGroup.sysContact to "noc@example.net" })
            contact.value shouldBe "noc@example.net"
            shouldThrow<ErrorResponseException> { m.set(varBinds { SystemGroup.sysContact to "nobody" }) }.status() shouldBe ErrorStatus.WRONG_VALUE
            contact.value = "set by the application"
            m.get(SystemGroup.sysContact.instanceOid).value(0) shouldBe OctetString.of("set by the application")

            m.set(varBinds { SnmpGroup.snmpEnableAuthenTraps to EnabledStatus.ENABLED })
            authTraps shouldBe EnabledStatus.ENABLED
            shouldThrow<ErrorResponseException> { m.set(varBinds { SnmpGroup.snmpEnableAuthenTraps.instanceOid to 9 }) }.status() shouldBe ErrorStatus.WRONG_VALUE
            shouldThrow<ErrorResponseException> { m.set(varBinds { SystemGroup.sysDescr.instanceOid to "x" }) }.status() shouldBe ErrorStatus.NOT_WRITABLE
        }
    }

    test("declared tables: rows by typed index and column, changed at run time, read back typed; an augmenting table's writable column") {
        snmpEngine { defaultVersion = SnmpVersion.V2C }.use { engine ->
            lateinit var ifTable: AgentTable<Int, IfTable>
            lateinit var ifXTable: AgentTable<Int, IfXTable>
            val agent = engine.agent {
                writeCommunity = "private"
                mib {
                    ifTable = table(IfTable) {
                        row(7) { it[IfTable.ifIndex] = 7; it[IfTable.ifDescr] = "eth0"; it[IfTable.ifOperStatus] = IfOperStatus.UP }
                    }
                    ifXTable = table(IfXTable) {
                        row(7) { it[IfXTable.ifName] = "eth0"; it[IfXTable.ifHCInOctets] = ULong.MAX_VALUE }
                        check(IfXTable.ifAlias) { if (it.length <= 8) ErrorStatus.NO_ERROR else ErrorStatus.WRONG_LENGTH }
                    }
                }
            }
            ifTable.row(9) { it[IfTable.ifIndex] = 9; it[IfTable.ifDescr] = "eth1"; it[IfTable.ifSpeed] = 1_000_000_000L }
            ifTable.indexes() shouldBe listOf(7, 9)
            ifTable[9, IfTable.ifDescr] shouldBe "eth1"
            ifTable[9, IfTable.ifOperStatus] shouldBe null
            ifTable[9, IfTable.ifOperStatus] = IfOperStatus.DOWN
            ifTable[9, IfTable.ifOperStatus] shouldBe IfOperStatus.DOWN

            val m = engine.manager(agent.address) { community = "private"; timeout = Patience.DURATION }
            val rows = m.table(IfTable.entry, 2, 5, 8).toList()
            rows.map { it.index } shouldBe listOf(Oid.of(7), Oid.of(9))
            rows.map { r -> listOf(2, 5, 8).map { r[IfTable.entry.child(it.toLong())] } } shouldBe listOf(
                listOf(OctetString.of("eth0"), null, Integer32.of(1)),
                listOf(OctetString.of("eth1"), Gauge32.of(1_000_000_000), Integer32.of(2)),
            )
            m.get(IfXTable.ifHCInOctets[7].instanceOid).value(0) shouldBe Counter64.of(-1L)

            m.set(varBinds { IfXTable.ifAlias[7] to "uplink" })
            ifXTable[7, IfXTable.ifAlias] shouldBe "uplink"
            shouldThrow<ErrorResponseException> { m.set(varBinds { IfXTable.ifAlias[7] to "far too long" }) }.status() shouldBe ErrorStatus.WRONG_LENGTH
            shouldThrow<ErrorResponseException> { m.set(varBinds { IfTable.ifDescr[7] to "x" }) }.status() shouldBe ErrorStatus.NOT_WRITABLE

            ifTable.removeRow(7) shouldBe true
            m.table(IfTable.entry, 2).toList().map { it.index } shouldBe listOf(Oid.of(9))
        }
    }
})
