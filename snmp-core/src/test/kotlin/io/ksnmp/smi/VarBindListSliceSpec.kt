package io.ksnmp.smi

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.int
import io.kotest.property.checkAll
import io.ksnmp.testing.Generators

/** [VarBindList.slice] is the sublist, copied: the same bindings in the same order, and bounds checked. */
class VarBindListSliceSpec : FunSpec({
    test("a slice holds the bindings of the sublist it names") {
        checkAll(500, Generators.varBindList, Arb.int(0..100), Arb.int(0..100)) { list, a, b ->
            val from = minOf(a, b).coerceAtMost(list.size)
            val to = maxOf(a, b).coerceAtMost(list.size)
            list.slice(from, to) shouldBe VarBindList.copyOf(list.subList(from, to))
        }
    }

    test("a slice outside the list is an IndexOutOfBoundsException") {
        val list = VarBindList.of(VarBind.of("1.3.6.1.2.1.1.3.0", TimeTicks.of(1)))
        shouldThrow<IndexOutOfBoundsException> { list.slice(0, 2) }
        shouldThrow<IndexOutOfBoundsException> { list.slice(1, 0) }
    }
})
