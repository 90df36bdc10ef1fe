package io.ksnmp.coroutines.agent

import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind

/**
 * The registry the agent tests serve: the system group (sysContact, sysName, sysLocation
 * writable), an ifTable-like table of three rows (ifAdminStatus writable, 1..3), a creatable
 * table, and a replayed ifXTable-like recording whose HC columns are Counter64 (hidden from v1).
 * Every value is fixed, so what the registry holds can be compared with what tools print.
 */
class DemoMib {
    val mib = MibRegistry()
    val sysContact: MutableScalar
    val sysName: MutableScalar
    val sysLocation: MutableScalar
    val ifTable: MibTable
    val creatable: MibTable
    val replayed: List<VarBind>

    init {
        mib.scalar(SYS_DESCR, OctetString.of("ksnmp demo agent"))
        mib.scalar(Oid.parse("1.3.6.1.2.1.1.2.0"), ObjectIdentifier.parse("1.3.6.1.4.1.99999.1"))
        mib.scalar(SYS_UPTIME, SmiType.TIME_TICKS) { TimeTicks.of(4242) }
        sysContact = mib.writableScalar(SYS_CONTACT, OctetString.of("ops@example.net"), ValueCheck.length(0, 255))
        sysName = mib.writableScalar(SYS_NAME, OctetString.of("demo"), ValueCheck.length(0, 255))
        sysLocation = mib.writableScalar(SYS_LOCATION, OctetString.of("rack 1"), ValueCheck.length(0, 255))
        mib.scalar(Oid.parse("1.3.6.1.2.1.1.7.0"), Integer32.of(72))
        ifTable = mib.table(
            IF_ENTRY,
            listOf(
                MibColumn(1, SmiType.INTEGER),
                MibColumn(2, SmiType.OCTET_STRING),
                MibColumn(5, SmiType.GAUGE32),
                MibColumn(7, SmiType.INTEGER, writable = true, check = ValueCheck.range(1, 3)),
                MibColumn(10, SmiType.COUNTER32),
            ),
        )
        for (i in 1..3) {
            ifTable.addRow(Oid.of(i), Integer32.of(i), OctetString.of("eth${i - 1}"), Gauge32.of(1_000_000_000L), Integer32.of(1), Counter32.of(1000L * i))
        }
        creatable = mib.table(
            CREATABLE_ENTRY,
            listOf(MibColumn(2, SmiType.OCTET_STRING, writable = true), MibColumn(3, SmiType.IP_ADDRESS, writable = true)),
            creatable = true,
            creationCheck = { index -> if (index.size() == 1 && index.arc(0) in 1L..100L) io.ksnmp.pdu.ErrorStatus.NO_ERROR else io.ksnmp.pdu.ErrorStatus.NO_CREATION },
        )
        creatable.addRow(Oid.of(1), OctetString.of("first"), IpAddress.parse("192.0.2.1"))
        replayed = buildList {
            for (i in 1..3) {
                add(VarBind.of(IF_X_ENTRY.child(1).child(i.toLong()), OctetString.of("eth${i - 1}")))
                add(VarBind.of(IF_X_ENTRY.child(6).child(i.toLong()), Counter64.of(10_000_000_000L * i)))
                add(VarBind.of(IF_X_ENTRY.child(10).child(i.toLong()), Counter64.of(20_000_000_000L * i)))
                add(VarBind.of(IF_X_ENTRY.child(15).child(i.toLong()), Gauge32.of(1000)))
            }
            // Shadowed by the registered sysName: never served.
            add(VarBind.of(SYS_NAME, OctetString.of("replayed, shadowed")))
        }.shuffled(java.util.Random(7))
        mib.replay(replayed)
    }

    companion object {
        val SYS_DESCR: Oid = Oid.parse("1.3.6.1.2.1.1.1.0")
        val SYS_UPTIME: Oid = Oid.parse("1.3.6.1.2.1.1.3.0")
        val SYS_CONTACT: Oid = Oid.parse("1.3.6.1.2.1.1.4.0")
        val SYS_NAME: Oid = Oid.parse("1.3.6.1.2.1.1.5.0")
        val SYS_LOCATION: Oid = Oid.parse("1.3.6.1.2.1.1.6.0")
        val IF_ENTRY: Oid = Oid.parse("1.3.6.1.2.1.2.2.1")
        val IF_X_ENTRY: Oid = Oid.parse("1.3.6.1.2.1.31.1.1.1")
        val CREATABLE_ENTRY: Oid = Oid.parse("1.3.6.1.4.1.99999.2.1")
    }
}
