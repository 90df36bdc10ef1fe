package io.ksnmp.dsl.testing

import io.ksnmp.coroutines.agent.MibColumn
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.dsl.index.integerIndex
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mibs.IfAdminStatus
import io.ksnmp.dsl.mibs.IfOperStatus
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.IfXTable
import io.ksnmp.dsl.mibs.IanaIfType
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.Integer32
import io.ksnmp.dsl.syntax.PhysicalAddress
import io.ksnmp.dsl.syntax.TruthValue
import io.ksnmp.dsl.syntax.UnknownEnumNumber
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32 as SmiInteger32
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.Variable

/** Objects the test agent serves with the wrong SMI type or a value their syntax rejects. */
object Misfits : MibScalars("1.3.6.1.4.1.99999.5") {
    /** Declared DisplayString, served as a Counter32. */
    val text = scalar(1, DisplayString)

    /** Declared TruthValue, served as INTEGER 7. */
    val flag = scalar(2, TruthValue)

    /** Declared, never served: noSuchObject. */
    val absent = scalar(3, Integer32)

    /** Declared writable DisplayString, served writable as an INTEGER: a typed set is answered wrongType. */
    val number = writableScalar(4, DisplayString)
}

/** A table with a writable column and a column the agent serves as another type (Gauge32 for Integer32). */
object Gadgets : MibTable<Int>("1.3.6.1.4.1.99999.6.1", integerIndex()) {
    val name = writableColumn(2, DisplayString)
    val size = column(3, Integer32)
}

/** [Gadgets] misdeclared as indexed by an IpAddress: its one-arc indexes do not parse. */
object GadgetsByAddress : MibTable<java.net.Inet4Address>("1.3.6.1.4.1.99999.6.1", io.ksnmp.dsl.index.ipAddressIndex()) {
    val name = writableColumn(2, DisplayString)
}

/**
 * The embedded agent's registry for the DSL's specs: the system group, three interfaces in ifTable
 * and ifXTable (row 2 without a physical address, row 3 with an ifOperStatus of 9, which IF-MIB
 * does not name), [Misfits] and [Gadgets].
 */
class TestMib {
    val mib = MibRegistry()

    init {
        mib.scalar(SystemGroup.sysDescr.instanceOid, OctetString.of("ksnmp DSL test agent"))
        mib.scalar(SystemGroup.sysObjectID.instanceOid, ObjectIdentifier.of(Oid.parse("1.3.6.1.4.1.8072.3.2.10")))
        mib.scalar(SystemGroup.sysUpTime.instanceOid, TimeTicks.of(4225))
        mib.writableScalar(SystemGroup.sysContact.instanceOid, OctetString.of("ops"))
        mib.writableScalar(SystemGroup.sysName.instanceOid, OctetString.of("test-1"))
        mib.writableScalar(SystemGroup.sysLocation.instanceOid, OctetString.of("lab"))
        mib.scalar(SystemGroup.sysServices.instanceOid, SmiInteger32.of(72))
        mib.scalar(SystemGroup.sysORLastChange.instanceOid, TimeTicks.of(12))

        val ifTable = mib.table(IfTable.entry, IfTable.columns.map(::agentColumn))
        val ifX = mib.table(IfXTable.entry, IfXTable.columns.map(::agentColumn))
        for (i in 1..3) {
            val values = mutableMapOf<Int, Variable>(
                1 to SmiInteger32.of(i),
                2 to OctetString.of("eth$i"),
                3 to IfTable.ifType.syntax.encode(if (i == 1) IanaIfType.SOFTWARE_LOOPBACK else IanaIfType.ETHERNET_CSMACD),
                4 to SmiInteger32.of(1500),
                5 to Gauge32.of(1_000_000_000L * i),
                7 to IfTable.ifAdminStatus.syntax.encode(IfAdminStatus.UP),
                8 to IfTable.ifOperStatus.syntax.encode(if (i == 3) UnknownEnumNumber(9) else IfOperStatus.UP),
                9 to TimeTicks.of(100L * i),
                10 to Counter32.of(4_000_000_000L + i),
                16 to Counter32.of(17L * i),
            )
            if (i != 2) values[6] = OctetString.of(PhysicalAddress.parse("00:1a:2b:3c:4d:0$i").toByteArray())
            ifTable.addRow(Oid.of(i), values)
            ifX.addRow(Oid.of(i), mapOf(
                1 to OctetString.of("if$i"),
                6 to Counter64.of(-i.toLong()),
                10 to Counter64.of(i * 1_000_000_000_000L),
                15 to Gauge32.of(1000L * i),
                18 to OctetString.of(if (i == 1) "loopback" else ""),
            ))
        }

        mib.scalar(Misfits.text.instanceOid, Counter32.of(7))
        mib.scalar(Misfits.flag.instanceOid, SmiInteger32.of(7))
        mib.writableScalar(Misfits.number.instanceOid, SmiInteger32.of(1))
        val gadgets = mib.table(Gadgets.entry, listOf(MibColumn(2, io.ksnmp.coroutines.agent.SmiType.OCTET_STRING, writable = true),
            MibColumn(3, io.ksnmp.coroutines.agent.SmiType.GAUGE32)))
        gadgets.addRow(Oid.of(1), OctetString.of("sprocket"), Gauge32.of(3))
        gadgets.addRow(Oid.of(2), OctetString.of("widget"), Gauge32.of(5))
    }

    private fun agentColumn(column: Column<*, *>): MibColumn = MibColumn(column.oid.lastArc().toInt(), column.syntax.smiType, column.writable)
}
