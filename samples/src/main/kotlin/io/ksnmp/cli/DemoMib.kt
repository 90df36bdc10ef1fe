package io.ksnmp.cli

import io.ksnmp.coroutines.agent.MibColumn
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.coroutines.agent.MibTable
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks

/**
 * What `ksnmp demo` and `ksnmp agent` (without a walk file) serve: the system group (sysContact,
 * sysName and sysLocation writable), ifNumber, an ifTable of four interfaces (ifAdminStatus
 * writable) and their ifXTable names and 64-bit counters. [tick] makes the traffic counters grow.
 */
internal class DemoMib(private val nanoTime: () -> Long = System::nanoTime) {
    private val start = nanoTime()

    val registry: MibRegistry = MibRegistry()

    private val interfaces = listOf(
        Interface(1, "lo", 24, 65_536, 10_000_000, ByteArray(0)),
        Interface(2, "eth0", 6, 1_500, 1_000_000_000, byteArrayOf(0x02, 0x00, 0x5e, 0x10, 0x00, 0x01)),
        Interface(3, "eth1", 6, 9_000, 4_294_967_295, byteArrayOf(0x02, 0x00, 0x5e, 0x10, 0x00, 0x02)),
        Interface(4, "wlan0", 71, 1_500, 300_000_000, byteArrayOf(0x02, 0x00, 0x5e, 0x10, 0x00, 0x03)),
    )

    val ifTable: MibTable = registry.table(
        IF_ENTRY,
        listOf(
            MibColumn(1, SmiType.INTEGER), MibColumn(2, SmiType.OCTET_STRING), MibColumn(3, SmiType.INTEGER),
            MibColumn(4, SmiType.INTEGER), MibColumn(5, SmiType.GAUGE32), MibColumn(6, SmiType.OCTET_STRING),
            MibColumn(7, SmiType.INTEGER, writable = true, check = ValueCheck.range(1, 3)), MibColumn(8, SmiType.INTEGER),
            MibColumn(10, SmiType.COUNTER32), MibColumn(16, SmiType.COUNTER32),
        ),
    )

    private val ifXTable: MibTable = registry.table(
        IF_X_ENTRY,
        listOf(MibColumn(1, SmiType.OCTET_STRING), MibColumn(6, SmiType.COUNTER64), MibColumn(10, SmiType.COUNTER64)),
    )

    init {
        registry.scalar(SYSTEM.child(1).child(0), OctetString.of("ksnmp demo agent: SNMPv1, v2c and v3 on one event loop"))
        registry.scalar(SYSTEM.child(2).child(0), ObjectIdentifier.of(SYS_OBJECT_ID))
        registry.scalar(SYSTEM.child(3).child(0), SmiType.TIME_TICKS) { TimeTicks.of((nanoTime() - start) / 10_000_000) }
        registry.writableScalar(SYSTEM.child(4).child(0), OctetString.of("noc@example.net"), ValueCheck.length(0, 255))
        registry.writableScalar(SYSTEM.child(5).child(0), OctetString.of("demo.example.net"), ValueCheck.length(0, 255))
        registry.writableScalar(SYSTEM.child(6).child(0), OctetString.of("Rack 4, Room 101"), ValueCheck.length(0, 255))
        registry.scalar(SYSTEM.child(7).child(0), Integer32.of(72))
        registry.scalar(IF_NUMBER, Integer32.of(interfaces.size))
        for (i in interfaces) {
            val up = if (i.index == 4) 2 else 1
            ifTable.addRow(
                Oid.of(i.index), Integer32.of(i.index), OctetString.of(i.name), Integer32.of(i.type), Integer32.of(i.mtu),
                Gauge32.of(i.speed), OctetString.of(i.mac), Integer32.of(up), Integer32.of(up), Counter32.of(0), Counter32.of(0),
            )
            ifXTable.addRow(Oid.of(i.index), OctetString.of(i.name), Counter64.of(0L), Counter64.of(0L))
        }
        tick()
    }

    /** Brings the traffic counters up to date: each interface that is up moves a steady number of octets a second. */
    fun tick() {
        val seconds = (nanoTime() - start) / 1_000_000_000L + 1
        for (i in interfaces) {
            if ((ifTable.getOrNull(Oid.of(i.index), 8) as? Integer32)?.value != 1) continue
            val inOctets = seconds * 1_250_000L * i.index + 4_000_000_000L * (i.index - 1)
            val outOctets = seconds * 480_000L * i.index
            ifTable.set(Oid.of(i.index), 10, Counter32.of(inOctets and 0xFFFF_FFFFL))
            ifTable.set(Oid.of(i.index), 16, Counter32.of(outOctets and 0xFFFF_FFFFL))
            ifXTable.set(Oid.of(i.index), 6, Counter64.of(inOctets))
            ifXTable.set(Oid.of(i.index), 10, Counter64.of(outOctets))
        }
    }

    private class Interface(val index: Int, val name: String, val type: Int, val mtu: Int, val speed: Long, val mac: ByteArray)

    companion object {
        val SYSTEM: Oid = Oid.parse("1.3.6.1.2.1.1")
        val SYS_CONTACT: Oid = Oid.parse("1.3.6.1.2.1.1.4.0")
        val IF_NUMBER: Oid = Oid.parse("1.3.6.1.2.1.2.1.0")
        val IF_TABLE: Oid = Oid.parse("1.3.6.1.2.1.2.2")
        val IF_ENTRY: Oid = IF_TABLE.child(1)
        val IF_X_ENTRY: Oid = Oid.parse("1.3.6.1.2.1.31.1.1.1")

        /** Under 32473, the enterprise number RFC 5612 reserves for documentation. */
        val SYS_OBJECT_ID: Oid = Oid.parse("1.3.6.1.4.1.32473.1.1")
    }
}
