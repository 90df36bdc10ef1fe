package io.ksnmp.dsl.interop

import io.kotest.assertions.fail
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.dsl.MibRow
import io.ksnmp.dsl.WrongSmiTypeException
import io.ksnmp.dsl.get
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mibs.HrProcessorTable
import io.ksnmp.dsl.mibs.HrStorageGroup
import io.ksnmp.dsl.mibs.HrStorageTable
import io.ksnmp.dsl.mibs.HrSystemGroup
import io.ksnmp.dsl.mibs.IanaIfType
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.IfXTable
import io.ksnmp.dsl.mibs.InterfacesGroup
import io.ksnmp.dsl.mibs.IpAddressTable
import io.ksnmp.dsl.mibs.SnmpEngineGroup
import io.ksnmp.dsl.mibs.SnmpGroup
import io.ksnmp.dsl.mibs.SysOrTable
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.oid
import io.ksnmp.dsl.set
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.LocalDateAndTime
import io.ksnmp.dsl.syntax.UnknownEnumNumber
import io.ksnmp.dsl.table
import io.ksnmp.dsl.walk
import io.ksnmp.message.SnmpVersion
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.TimeTicks
import io.ksnmp.testing.Patience
import io.ksnmp.testing.Snmpd
import io.ksnmp.testing.withNetSnmpTools
import io.ksnmp.usm.interop.InteropUser
import kotlinx.coroutines.flow.toList
import java.net.InetAddress


/** Makes every value a set writes differ from the one before, so a read-back cannot pass on an old value. */
private val stamps = java.util.concurrent.atomic.AtomicLong()

/** sysUpTime declared as text: what a declaration that disagrees with the agent meets. */
private object MisdeclaredSystem : MibScalars("1.3.6.1.2.1.1") {
    val sysUpTimeAsText = scalar(3, DisplayString)
}

/**
 * Every ready-made declaration against Net-SNMP's snmpd over SNMPv2c and SNMPv3 (authPriv): each
 * object reads as its declared type (every cell of every row of every table decodes), typed tables
 * equal the untyped `table()` of the same columns, typed sets of sysContact and sysLocation read
 * back, and a declaration of the wrong type gives [WrongSmiTypeException].
 */
class SnmpdTypedInteropSpec : FunSpec({
    timeout = 3 * Patience.MILLIS
    withNetSnmpTools("snmpd", "snmpget") { typedTests() }
})

private fun FunSpec.typedTests() {
    var snmpdOrNull: Snmpd? = null
    var engineOrNull: SnmpEngine? = null
    fun snmpd(): Snmpd = snmpdOrNull ?: fail("snmpd was not started")
    fun engine(): SnmpEngine = engineOrNull ?: fail("the engine was not made")
    val v3User = InteropUser.named("sha256-aes")

    beforeSpec {
        snmpdOrNull = Snmpd.start("sysServices 72\n")
        engineOrNull = SnmpEngine().also { it.addUser(v3User.user) }
    }

    afterSpec {
        engineOrNull?.close()
        snmpdOrNull?.close()
    }

    fun manager(version: SnmpVersion, write: Boolean = false): SnmpManager = if (version == SnmpVersion.V3) {
        engine().manager(snmpd().ipv4, version = SnmpVersion.V3, user = v3User.name, timeout = Patience.DURATION)
    } else {
        engine().manager(snmpd().ipv4, version = version, community = if (write) "private" else "public", timeout = Patience.DURATION)
    }

    /** Reads every declared column of every row: each must decode as declared (a wrong type would throw). */
    fun <Tbl : MibTable<I>, I : Any> List<MibRow<Tbl, I>>.decodeEveryCell(table: Tbl): List<Map<Column<*, *>, Any?>> = map { row ->
        table.columns.associateWith { column ->
            @Suppress("UNCHECKED_CAST")
            withClue("${table.javaClass.simpleName} ${row.index} ${column.oid}") { row[column as Column<Tbl, Any>] }
        }
    }

    suspend fun <Tbl : MibTable<I>, I : Any> typedEqualsUntyped(m: SnmpManager, table: Tbl): List<MibRow<Tbl, I>> {
        val typed = m.table(table).toList()
        typed.map { it.raw } shouldBe m.table(table.columns.map { it.oid }).toList()
        typed.map { it.index } shouldBe typed.map { table.index.decode(it.raw.index) }
        typed.decodeEveryCell(table)
        return typed
    }

    for (version in listOf(SnmpVersion.V2C, SnmpVersion.V3)) {
        val label = if (version == SnmpVersion.V3) "v3 authPriv (${v3User.name})" else "v2c"

        test("$label: the system, snmp, snmpEngine, interfaces, hrSystem and hrStorage groups read as their declared types") {
            val m = manager(version)
            val system = m.get(SystemGroup)
            system[SystemGroup.sysDescr] shouldBe (system.varBinds.value(0) as OctetString).asUtf8()
            system[SystemGroup.sysObjectID].toString().startsWith("1.3.6.1.4.1.8072.") shouldBe true
            system[SystemGroup.sysUpTime].inWholeMilliseconds shouldBe (system.varBinds.value(2) as TimeTicks).value() * 10
            system[SystemGroup.sysServices] shouldBe 72
            system[SystemGroup.sysORLastChange]
            system[SystemGroup.sysName]
            val snmp = m.get(SnmpGroup)
            (snmp[SnmpGroup.snmpInPkts] > 0L) shouldBe true
            (snmp[SnmpGroup.snmpEnableAuthenTraps] is UnknownEnumNumber<*>) shouldBe false
            SnmpGroup.scalars.forEach { snmp[it] }
            val engineGroup = m.get(SnmpEngineGroup)
            engineGroup[SnmpEngineGroup.snmpEngineID].toList() shouldBe snmpd().engineId.toList()
            engineGroup[SnmpEngineGroup.snmpEngineBoots] shouldBeGreaterThan 0
            engineGroup[SnmpEngineGroup.snmpEngineMaxMessageSize] shouldBeGreaterThan 483
            val hr = m.get(HrSystemGroup)
            HrSystemGroup.scalars.forEach { hr[it] }
            hr[HrSystemGroup.hrSystemDate].toLocalDateTime() shouldBe
                LocalDateAndTime.decode(HrSystemGroup.hrSystemDate.instanceOid, hr.varBinds.value(1))
            m.get(HrStorageGroup.hrMemorySize) shouldBeGreaterThan 0
            m.get(InterfacesGroup.ifNumber) shouldBe m.table(IfTable).toList().size
        }

        test("$label: ifTable and ifXTable: typed equals untyped, every cell decodes, the loopback is there") {
            val m = manager(version)
            val ifTable = typedEqualsUntyped(m, IfTable)
            val lo = ifTable.single { it[IfTable.ifType] == IanaIfType.SOFTWARE_LOOPBACK }
            lo[IfTable.ifDescr] shouldBe "lo"
            lo[IfTable.ifIndex] shouldBe lo.index
            val ifX = typedEqualsUntyped(m, IfXTable)
            ifX.map { it.index } shouldBe ifTable.map { it.index }
            ifX.single { it.index == lo.index }[IfXTable.ifName] shouldBe "lo"
            val joined = m.table(IfTable, IfXTable).toList()
            joined.map { it.raw } shouldBe m.table((IfTable.columns + IfXTable.columns).map { it.oid }).toList()
            joined.map { it[IfTable.ifDescr] to it[IfXTable.ifName] }.shouldContain("lo" to "lo")
            m.walk(IfXTable.ifName).toList().map { it.index to it.value } shouldBe ifX.map { it.index to it[IfXTable.ifName] }
        }

        test("$label: ipAddressTable: typed equals untyped, indexes as InetAddress, 127.0.0.1 on the loopback") {
            val m = manager(version)
            val rows = typedEqualsUntyped(m, IpAddressTable)
            rows.map { it.index } shouldContain InetAddress.getByName("127.0.0.1")
            val loIndex = m.table(IfTable, IfTable.ifType).toList().single { it[IfTable.ifType] == IanaIfType.SOFTWARE_LOOPBACK }.index
            rows.single { it.index == InetAddress.getByName("127.0.0.1") }[IpAddressTable.ipAddressIfIndex] shouldBe loIndex
        }

        test("$label: hrStorageTable and hrProcessorTable: typed equals untyped, every cell decodes") {
            val m = manager(version)
            val storage = typedEqualsUntyped(m, HrStorageTable)
            storage.shouldNotBeEmpty()
            storage.forEach { it[HrStorageTable.hrStorageType]!!.startsWith(oid("1.3.6.1.2.1.25.2.1")) shouldBe true }
            storage.map { it[HrStorageTable.hrStorageDescr] } shouldContain "Physical memory"
            typedEqualsUntyped(m, HrProcessorTable)
            typedEqualsUntyped(m, SysOrTable).shouldNotBeEmpty()
        }

        test("$label: typed sets of sysContact and sysLocation read back") {
            val stamp = "$label ${stamps.incrementAndGet()}"
            manager(version, write = true).set(SystemGroup.sysContact to "noc $stamp", SystemGroup.sysLocation to "rack $stamp")
            val read = manager(version).get(SystemGroup.sysContact, SystemGroup.sysLocation)
            read[SystemGroup.sysContact] shouldBe "noc $stamp"
            read[SystemGroup.sysLocation] shouldBe "rack $stamp"
        }

        test("$label: a declaration of another type than snmpd serves is a WrongSmiTypeException") {
            val e = shouldThrow<WrongSmiTypeException> { manager(version).get(MisdeclaredSystem.sysUpTimeAsText) }
            e.oid shouldBe SystemGroup.sysUpTime.instanceOid
            e.expected shouldBe SmiType.OCTET_STRING
            e.received shouldBe TimeTicks::class
        }
    }
}
