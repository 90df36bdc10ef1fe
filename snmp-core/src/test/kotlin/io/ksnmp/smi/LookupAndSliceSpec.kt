package io.ksnmp.smi

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.long
import io.kotest.property.checkAll

/** OID slices (python-snmp's `oid[a:b]`) and bindings found by name. */
class LookupAndSliceSpec : FunSpec({
    test("a slice is the arcs between two positions; prefix and suffix put back together give the OID") {
        checkAll(500, Arb.list(Arb.long(0L..4_294_967_295L), 0..30), Arb.int(0..30), Arb.int(0..30)) { arcs, a, b ->
            val oid = Oid.of(*arcs.toLongArray())
            val from = minOf(a, b, arcs.size)
            val to = minOf(maxOf(a, b), arcs.size)
            oid.slice(from, to) shouldBe Oid.of(*arcs.subList(from, to).toLongArray())
            oid.slice(0, from).append(oid.slice(from, arcs.size)) shouldBe oid
        }
        val ifDescr7 = Oid.parse("1.3.6.1.2.1.2.2.1.2.7")
        ifDescr7.slice(0, 10) shouldBe Oid.parse("1.3.6.1.2.1.2.2.1.2")
        ifDescr7.slice(10, 11) shouldBe Oid.of(7)
        shouldThrow<IndexOutOfBoundsException> { ifDescr7.slice(5, 12) }
        shouldThrow<IndexOutOfBoundsException> { ifDescr7.slice(3, 2) }
    }

    test("a binding found by name: its position and value, the first of repeated names, null and -1 when absent") {
        val a = Oid.parse("1.3.6.1.2.1.1.3.0")
        val b = Oid.parse("1.3.6.1.2.1.1.5.0")
        val list = VarBindList.of(VarBind.of(a, TimeTicks.of(5)), VarBind.of(b, OctetString.of("x")), VarBind.of(a, TimeTicks.of(6)))
        list.indexOfName(b) shouldBe 1
        list.valueOrNull(b) shouldBe OctetString.of("x")
        list.indexOfName(a) shouldBe 0
        list.valueOrNull(a) shouldBe TimeTicks.of(5)
        list.indexOfName(Oid.parse("1.3.6.1.2.1.1.6.0")) shouldBe -1
        list.valueOrNull(Oid.parse("1.3.6.1.2.1.1.6.0")) shouldBe null
    }
})
