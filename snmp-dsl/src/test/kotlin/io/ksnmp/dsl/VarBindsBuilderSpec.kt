package io.ksnmp.dsl

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
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
import io.ksnmp.smi.VarBindList
import java.net.Inet4Address
import java.net.InetAddress
import kotlin.time.Duration.Companion.seconds

/** [varBinds]: each Kotlin value becomes its SMI type, names as strings or OIDs, in order. */
class VarBindsBuilderSpec : FunSpec({
    test("each plain Kotlin value maps to its SMI type, in the order written") {
        val base = Oid.parse("1.3.6.1.4.1.99999")
        val list = varBinds {
            base.child(1) to 42
            base.child(2) to 4_000_000_000u
            base.child(3) to ULong.MAX_VALUE
            base.child(4) to "noc@example.net"
            base.child(5) to byteArrayOf(0, 0x1a, 0x2b)
            base.child(6) to Oid.parse("1.3.6.1.4.1.8072")
            base.child(7) to InetAddress.getByName("192.0.2.1") as Inet4Address
            base.child(8) to 12.5.seconds
            base.child(9) to Counter32.of(7)
            "1.3.6.1.4.1.99999.10" to -1
            "1.3.6.1.4.1.99999.11" to "text"
            name("1.3.6.1.2.1.1.3.0")
            name(base)
            add(VarBind.of(base.child(12), Integer32.of(5)))
        }
        list shouldBe VarBindList.of(
            VarBind.of(base.child(1), Integer32.of(42)),
            VarBind.of(base.child(2), Gauge32.of(4_000_000_000L)),
            VarBind.of(base.child(3), Counter64.of(-1L)),
            VarBind.of(base.child(4), OctetString.of("noc@example.net")),
            VarBind.of(base.child(5), OctetString.ofHex("001a2b")),
            VarBind.of(base.child(6), ObjectIdentifier.parse("1.3.6.1.4.1.8072")),
            VarBind.of(base.child(7), IpAddress.parse("192.0.2.1")),
            VarBind.of(base.child(8), TimeTicks.of(1250)),
            VarBind.of(base.child(9), Counter32.of(7)),
            VarBind.of("1.3.6.1.4.1.99999.10", Integer32.of(-1)),
            VarBind.of("1.3.6.1.4.1.99999.11", OctetString.of("text")),
            VarBind.of("1.3.6.1.2.1.1.3.0"),
            VarBind.of(base),
            VarBind.of(base.child(12), Integer32.of(5)),
        )
    }

    test("an empty block is an empty list") {
        varBinds { } shouldBe VarBindList.empty()
    }
})
