package io.ksnmp.coroutines.agent

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeSortedWith
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeSameInstanceAs
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind

class MibRegistrySpec : FunSpec({
    test("get: the value, noSuchInstance for another instance of a known object, noSuchObject elsewhere") {
        val demo = DemoMib()
        demo.mib.get(DemoMib.SYS_DESCR) shouldBe OctetString.of("ksnmp demo agent")
        demo.mib.get(DemoMib.SYS_DESCR.parent().child(1)) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
        demo.mib.get(DemoMib.SYS_DESCR.parent()) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
        demo.mib.get(DemoMib.IF_ENTRY.child(2).child(9)) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
        demo.mib.get(DemoMib.IF_ENTRY.child(3).child(1)) shouldBeSameInstanceAs NoSuchObject.INSTANCE
        demo.mib.get(Oid.parse("1.3.6.1.9.9.9.0")) shouldBeSameInstanceAs NoSuchObject.INSTANCE
        // Replayed: a missing row of a replayed column is noSuchInstance
        demo.mib.get(DemoMib.IF_X_ENTRY.child(1).child(9)) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
        demo.mib.get(DemoMib.IF_X_ENTRY.child(1).child(2)) shouldBe OctetString.of("eth1")
    }

    test("the walk is strictly increasing, tables column by column, and a registered object shadows a replayed one") {
        val demo = DemoMib()
        val all = demo.mib.snapshot()
        all.map { it.oid() }.shouldBeSortedWith { a, b -> a.compareTo(b) }
        all.map { it.oid() }.toSet().size shouldBe all.size
        all.single { it.oid() == DemoMib.SYS_NAME }.value() shouldBe demo.sysName.value
        val ifRows = all.filter { it.oid().startsWith(DemoMib.IF_ENTRY) }.map { it.oid().suffixAfter(DemoMib.IF_ENTRY) }
        ifRows.take(4) shouldBe listOf(Oid.of(1, 1), Oid.of(1, 2), Oid.of(1, 3), Oid.of(2, 1))
        ifRows.size shouldBe demo.ifTable.columns.size * demo.ifTable.size
        // every replayed binding not under a registered subtree is served, as recorded
        val served = all.toSet()
        demo.replayed.filter { it.oid() != DemoMib.SYS_NAME }.forEach { (it in served) shouldBe true }
    }

    test("rows added, changed and removed at run time show at once") {
        val demo = DemoMib()
        val index = Oid.of(7)
        demo.ifTable.addRow(index, Integer32.of(7), OctetString.of("eth6"), null, Integer32.of(2), Counter32.of(1))
        demo.mib.get(DemoMib.IF_ENTRY.child(2).append(index)) shouldBe OctetString.of("eth6")
        // the absent cell is skipped by get-next and is noSuchInstance for get
        demo.mib.get(DemoMib.IF_ENTRY.child(5).append(index)) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
        demo.mib.nextOrNull(DemoMib.IF_ENTRY.child(5).child(3))!!.oid() shouldBe DemoMib.IF_ENTRY.child(7).child(1)
        demo.ifTable.set(index, 2, OctetString.of("renamed"))
        demo.mib.get(DemoMib.IF_ENTRY.child(2).append(index)) shouldBe OctetString.of("renamed")
        demo.ifTable.removeRow(index) shouldBe true
        demo.mib.get(DemoMib.IF_ENTRY.child(2).append(index)) shouldBeSameInstanceAs NoSuchInstance.INSTANCE
    }

    test("overlapping registrations are refused") {
        val demo = DemoMib()
        shouldThrow<IllegalArgumentException> { demo.mib.scalar(DemoMib.IF_ENTRY.child(2).child(1), Integer32.of(1)) }
        shouldThrow<IllegalArgumentException> { demo.mib.table(Oid.parse("1.3.6.1.2.1.2"), listOf(MibColumn(1, SmiType.INTEGER))) }
        shouldThrow<IllegalArgumentException> { demo.mib.scalar(DemoMib.SYS_DESCR, Integer32.of(1)) }
    }

    test("100,000 replayed bindings, given in any order, walk in order by repeated get-next") {
        val mib = MibRegistry()
        val base = Oid.parse("1.3.6.1.4.1.8072.1.3.2.4.1.2")
        val bindings = (1..100_000).map { VarBind.of(base.child((it % 7).toLong()).child(it.toLong()), Integer32.of(it)) }
        mib.replay(bindings.shuffled(java.util.Random(1)))
        mib.replayedSize shouldBe 100_000
        var at = base
        var count = 0
        var previous: Oid? = null
        while (true) {
            val vb = mib.nextOrNull(at) ?: break
            previous?.let { (vb.oid() > it) shouldBe true }
            previous = vb.oid()
            at = vb.oid()
            count++
        }
        count shouldBe 100_000
        mib.get(base.child(3).child(10)) shouldBe Integer32.of(10)
    }
})
