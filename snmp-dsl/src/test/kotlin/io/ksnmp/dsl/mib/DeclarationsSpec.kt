package io.ksnmp.dsl.mib

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.dsl.index.index
import io.ksnmp.dsl.index.integerIndex
import io.ksnmp.dsl.index.stringIndex
import io.ksnmp.dsl.mibs.IfTable
import io.ksnmp.dsl.mibs.IfXTable
import io.ksnmp.dsl.mibs.LinkDown
import io.ksnmp.dsl.mibs.SystemGroup
import io.ksnmp.dsl.div
import io.ksnmp.dsl.get
import io.ksnmp.dsl.oid
import io.ksnmp.dsl.syntax.Counter64
import io.ksnmp.dsl.syntax.DisplayString
import io.ksnmp.dsl.syntax.Integer32

private object Things : MibScalars("1.3.6.1.4.1.99999.1") {
    val name = scalar(1, DisplayString)
    val count = writableScalar(2, Integer32)
}

private object Pairs : MibTable<Pair<String, Int>>("1.3.6.1.4.1.99999.2.1", index(stringIndex(), integerIndex())) {
    val label = column(2, DisplayString)
    val weight = writableColumn(3, Integer32)
}

private object PairsExtra : MibTable<Pair<String, Int>>("1.3.6.1.4.1.99999.3.1", augments = Pairs) {
    val total = column(1, Counter64)
}

/** Declarations: OIDs of objects and instances, access, the order of a group's and a table's objects, augments. */
class DeclarationsSpec : FunSpec({
    test("a scalar is group.arc, its instance group.arc.0; writable only if declared so") {
        Things.name.oid shouldBe oid("1.3.6.1.4.1.99999.1.1")
        Things.name.instanceOid shouldBe oid("1.3.6.1.4.1.99999.1.1.0")
        Things.name.writable shouldBe false
        Things.count.writable shouldBe true
        Things.scalars shouldBe listOf(Things.name, Things.count)
        SystemGroup.sysContact.instanceOid shouldBe oid("1.3.6.1.2.1.1.4.0")
    }

    test("a column is entry.arc; column[index] is the cell named by the encoded index") {
        Pairs.label.oid shouldBe oid("1.3.6.1.4.1.99999.2.1.2")
        Pairs.label.table shouldBe Pairs
        Pairs.label["ab" to 7].instanceOid shouldBe oid("1.3.6.1.4.1.99999.2.1.2.2.97.98.7")
        Pairs.weight["ab" to 7].instanceOid shouldBe Pairs.weight.oid / oid(2, 97, 98, 7)
        Pairs.columns shouldBe listOf(Pairs.label, Pairs.weight)
        IfTable.ifDescr[7].instanceOid shouldBe oid("1.3.6.1.2.1.2.2.1.2.7")
    }

    test("a table that augments another shares its index") {
        PairsExtra.augments shouldBe Pairs
        PairsExtra.index shouldBe Pairs.index
        PairsExtra.total["x" to 1].instanceOid shouldBe oid("1.3.6.1.4.1.99999.3.1.1.1.120.1")
        IfXTable.augments shouldBe IfTable
    }

    test("a notification lists its objects in order") {
        LinkDown.oid shouldBe oid("1.3.6.1.6.3.1.1.5.3")
        LinkDown.objects shouldBe listOf(IfTable.ifIndex, IfTable.ifAdminStatus, IfTable.ifOperStatus)
    }

    test("declaring an arc twice is refused") {
        shouldThrow<IllegalArgumentException> {
            object : MibScalars("1.3.6.1.4.1.99999.4") {
                val a = scalar(1, DisplayString)
                val b = scalar(1, Integer32)
            }
        }
    }
})
