package io.ksnmp.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.coroutines.SnmpEngine
import io.ksnmp.coroutines.TableOptions
import io.ksnmp.coroutines.agent.AgentOptions
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.dsl.mibs.IanaIfType
import io.ksnmp.dsl.mibs.IfAdminStatus
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.IfXTable
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.syntax.PhysicalAddress
import io.ksnmp.dsl.syntax.SmiEnum
import io.ksnmp.dsl.syntax.UnknownEnumNumber
import io.ksnmp.dsl.testing.Gadgets
import io.ksnmp.dsl.testing.GadgetsByAddress
import io.ksnmp.dsl.testing.Misfits
import io.ksnmp.dsl.testing.TestMib
import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Oid
import io.ksnmp.testing.Patience
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlin.time.Duration
import kotlin.time.Duration.Companion.milliseconds

/**
 * Typed get, set, table and walk against the embedded agent ([TestMib]): values read as their
 * declared Kotlin types, sets read back, a typed table equals the untyped `table()` of the same
 * columns, and a wrong SMI type or a missing instance gives its typed exception.
 */
class TypedRequestsSpec : FunSpec({
    timeout = Patience.MILLIS
    val test = TestMib()
    val engine = SnmpEngine()
    val agent = engine.agent(AgentOptions(readCommunity = "public", writeCommunity = "private"), test.mib)
    afterSpec { engine.close() }

    val versions = listOf(SnmpVersion.V2C, SnmpVersion.V1)
    fun manager(version: SnmpVersion = SnmpVersion.V2C, community: String = "public") =
        engine.manager(agent.address, version = version, community = community, timeout = Patience.DURATION)

    test("get of a scalar returns its Kotlin type: String, Oid, Duration, Int") {
        val m = manager()
        val descr: String = m.get(SystemGroup.sysDescr)
        descr shouldBe "ksnmp DSL test agent"
        m.get(SystemGroup.sysObjectID) shouldBe Oid.parse("1.3.6.1.4.1.8072.3.2.10")
        val uptime: Duration = m.get(SystemGroup.sysUpTime)
        uptime shouldBe 42_250.milliseconds
        m.get(SystemGroup.sysServices) shouldBe 72
    }

    test("get of a table cell: the column's type at the encoded index") {
        manager().get(IfTable.ifDescr[2]) shouldBe "eth2"
        manager().get(IfXTable.ifHCInOctets[2]) shouldBe ULong.MAX_VALUE - 1u
        manager().get(IfTable.ifPhysAddress[3]) shouldBe PhysicalAddress.parse("00:1a:2b:3c:4d:03")
    }

    test("a missing instance: get throws MissingInstanceException with the reason, getOrNull returns null") {
        val m = manager()
        shouldThrow<MissingInstanceException> { m.get(Misfits.absent) }.let {
            it.oid shouldBe Misfits.absent.instanceOid
            it.reason shouldBe MissingReason.NO_SUCH_OBJECT
        }
        shouldThrow<MissingInstanceException> { m.get(IfTable.ifDescr[99]) }.reason shouldBe MissingReason.NO_SUCH_INSTANCE
        m.getOrNull(Misfits.absent) shouldBe null
        m.getOrNull(IfTable.ifDescr[99]) shouldBe null
        m.getOrNull(SystemGroup.sysName) shouldBe "test-1"
        manager(SnmpVersion.V1).getOrNull(IfTable.ifDescr[99]) shouldBe null
    }

    test("get of several instances is read by instance; a missing one fails only when read") {
        val values = manager().get(SystemGroup.sysName, SystemGroup.sysUpTime, IfTable.ifOperStatus[1], Misfits.absent)
        values[SystemGroup.sysName] shouldBe "test-1"
        values[SystemGroup.sysUpTime] shouldBe 42_250.milliseconds
        values[IfTable.ifOperStatus[1]] shouldBe IfOperStatus.UP
        values.getOrNull(Misfits.absent) shouldBe null
        shouldThrow<MissingInstanceException> { values[Misfits.absent] }.reason shouldBe MissingReason.NO_SUCH_OBJECT
        shouldThrow<IllegalArgumentException> { values[SystemGroup.sysDescr] }
    }

    test("get of a scalar group: every scalar in one request") {
        val system = manager().get(SystemGroup)
        system.varBinds.size shouldBe SystemGroup.scalars.size
        system[SystemGroup.sysDescr] shouldBe "ksnmp DSL test agent"
        system[SystemGroup.sysORLastChange] shouldBe 120.milliseconds
    }

    test("a value of the wrong SMI type is a WrongSmiTypeException naming the OID, the expected and the received type") {
        for (version in versions) {
            val e = shouldThrow<WrongSmiTypeException> { manager(version).get(Misfits.text) }
            e.oid shouldBe Misfits.text.instanceOid
            e.syntax shouldBe "DisplayString"
            e.expected shouldBe SmiType.OCTET_STRING
            e.received shouldBe Counter32::class
        }
        shouldThrow<InvalidSmiValueException> { manager().get(Misfits.flag) }.oid shouldBe Misfits.flag.instanceOid
    }

    test("a typed set reads back, one, two or three instances at a time, scalars and cells") {
        val rw = manager(community = "private")
        rw.set(SystemGroup.sysContact to "noc@example.net")
        manager().get(SystemGroup.sysContact) shouldBe "noc@example.net"
        rw.set(SystemGroup.sysContact to "a", SystemGroup.sysLocation to "rack 7")
        rw.set(SystemGroup.sysContact to "b", SystemGroup.sysName to "core-1", Gadgets.name[2] to "gizmo")
        manager().get(SystemGroup.sysContact, SystemGroup.sysLocation, SystemGroup.sysName, Gadgets.name[2]).let {
            it[SystemGroup.sysContact] shouldBe "b"
            it[SystemGroup.sysLocation] shouldBe "rack 7"
            it[SystemGroup.sysName] shouldBe "core-1"
            it[Gadgets.name[2]] shouldBe "gizmo"
        }
        rw.set(listOf(SystemGroup.sysContact.assign("c"), SystemGroup.sysName.assign("n"), SystemGroup.sysLocation.assign("l"),
            Gadgets.name[2].assign("cog")))
        manager().get(SystemGroup.sysContact, SystemGroup.sysName, SystemGroup.sysLocation, Gadgets.name[2]).let {
            listOf(it[SystemGroup.sysContact], it[SystemGroup.sysName], it[SystemGroup.sysLocation], it[Gadgets.name[2]]) shouldBe listOf("c", "n", "l", "cog")
        }
        manager(SnmpVersion.V1, "private").set(SystemGroup.sysContact to "v1")
        manager().get(SystemGroup.sysContact) shouldBe "v1"
    }

    test("a typed set the agent refuses fails as the manager's sets do: a declaration the agent disagrees with is wrongType") {
        val rw = manager(community = "private")
        val e = shouldThrow<ErrorResponseException> { rw.set(Misfits.number to "text") }
        e.status() shouldBe ErrorStatus.WRONG_TYPE
        e.oidOrNull() shouldBe Misfits.number.instanceOid
        rw.set(IfTable.ifAdminStatus[1] to IfAdminStatus.DOWN)
        manager().get(IfTable.ifAdminStatus[1]) shouldBe IfAdminStatus.DOWN
        rw.set(IfTable.ifAdminStatus[1] to IfAdminStatus.UP)
    }

    test("a typed table equals the untyped table() of the same columns, row for row, value for value") {
        for (version in versions) {
            for (table in listOf(IfTable, IfXTable)) {
                val columns = table.columns.map { it.oid }
                val untyped = manager(version).table(columns, TableOptions(maxRepetitions = 2)).toList()
                val typed = manager(version).table(table, TableOptions(maxRepetitions = 2)).toList()
                typed.map { it.raw } shouldBe untyped
                typed.map { it.index } shouldBe untyped.map { it.index.arc(0).toInt() }
            }
        }
        val untyped = manager().table(IfTable.columns.map { it.oid }).toList()
        val typed = manager().table(IfTable).toList()
        typed.size shouldBe 3
        for ((t, u) in typed.zip(untyped)) {
            for (column in IfTable.columns) {
                @Suppress("UNCHECKED_CAST")
                val c = column as io.ksnmp.dsl.mib.Column<IfTable, Any>
                t[c] shouldBe u[column.oid]?.let { column.syntax.decode(column.oid.append(u.index), it) }
            }
        }
    }

    test("typed rows: index and values typed, holes null, unknown enum numbers kept, mappable to a data class") {
        data class Interface(val index: Int, val name: String?, val type: SmiEnum<IanaIfType>?, val status: SmiEnum<IfOperStatus>?,
            val mac: PhysicalAddress?, val inOctets: Long?)
        val interfaces = manager().table(IfTable).map { row ->
            Interface(row.index, row[IfTable.ifDescr], row[IfTable.ifType], row[IfTable.ifOperStatus], row[IfTable.ifPhysAddress], row[IfTable.ifInOctets])
        }.toList()
        interfaces shouldBe listOf(
            Interface(1, "eth1", IanaIfType.SOFTWARE_LOOPBACK, IfOperStatus.UP, PhysicalAddress.parse("00:1a:2b:3c:4d:01"), 4_000_000_001L),
            Interface(2, "eth2", IanaIfType.ETHERNET_CSMACD, IfOperStatus.UP, null, 4_000_000_002L),
            Interface(3, "eth3", IanaIfType.ETHERNET_CSMACD, UnknownEnumNumber(9), PhysicalAddress.parse("00:1a:2b:3c:4d:03"), 4_000_000_003L),
        )
        val x = manager().table(IfXTable, IfXTable.ifName, IfXTable.ifHCInOctets, IfXTable.ifInMulticastPkts).toList()
        x.map { Triple(it.index, it[IfXTable.ifName], it[IfXTable.ifHCInOctets]) } shouldBe
            (1..3).map { Triple(it, "if$it", ULong.MAX_VALUE - it.toULong() + 1u) }
        x.map { it[IfXTable.ifInMulticastPkts] } shouldBe listOf(null, null, null)
    }

    test("two tables with one index read together: the untyped table() of both tables' columns, each column typed") {
        val joined = manager().table(IfTable, IfXTable).toList()
        joined.map { it.raw } shouldBe manager().table((IfTable.columns + IfXTable.columns).map { it.oid }).toList()
        joined.map { Triple(it.index, it[IfTable.ifDescr], it[IfXTable.ifName]) } shouldBe (1..3).map { Triple(it, "eth$it", "if$it") }
        joined.map { it[IfXTable.ifHCOutOctets] } shouldBe (1..3).map { (it * 1_000_000_000_000L).toULong() }
        joined.map { it[IfTable.ifPhysAddress] } shouldBe manager().table(IfTable).toList().map { it[IfTable.ifPhysAddress] }
    }

    test("a column served with the wrong SMI type: the row's get names the cell; a typed walk fails the same way") {
        val rows = manager().table(Gadgets).toList()
        rows.map { it[Gadgets.name] } shouldBe listOf("sprocket", manager().get(Gadgets.name[2]))
        val e = shouldThrow<WrongSmiTypeException> { rows[1][Gadgets.size] }
        e.oid shouldBe Gadgets.size.oid / 2
        e.expected shouldBe SmiType.INTEGER
        e.received shouldBe io.ksnmp.smi.Gauge32::class
        shouldThrow<WrongSmiTypeException> { manager().walk(Gadgets.size).toList() }.oid shouldBe Gadgets.size.oid / 1
    }

    test("rows whose index does not parse as declared fail the typed table and walk with IndexDecodingException") {
        // each index is one arc; an IpAddress needs four, so reading fails at the index's first arc
        shouldThrow<io.ksnmp.smi.IndexDecodingException> { manager().table(GadgetsByAddress).toList() }.arcPosition() shouldBe 0
        shouldThrow<io.ksnmp.smi.IndexDecodingException> { manager().walk(GadgetsByAddress.name).toList() }
    }

    test("a typed walk of a column gives each cell's index and value, as the table's rows have them") {
        for (version in versions) {
            val walked = manager(version).walk(IfTable.ifDescr, maxRepetitions = 2).toList()
            walked shouldBe manager().table(IfTable).toList().map { ColumnValue(it.index, it[IfTable.ifDescr]!!) }
        }
        manager().walk(IfXTable.ifAlias).toList() shouldBe listOf(ColumnValue(1, "loopback"), ColumnValue(2, ""), ColumnValue(3, ""))
    }
})
