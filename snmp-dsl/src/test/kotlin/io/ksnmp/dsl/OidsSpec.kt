package io.ksnmp.dsl

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ksnmp.smi.Oid

/** `oid(…)` and `/`: the DSL's one way to write and extend OIDs. */
class OidsSpec : FunSpec({
    test("oid parses dotted text with or without a leading dot, and takes arcs") {
        oid("1.3.6.1.2.1") shouldBe Oid.of(1, 3, 6, 1, 2, 1)
        oid(".1.3.6.1.2.1") shouldBe Oid.of(1, 3, 6, 1, 2, 1)
        oid(1, 3, 6) shouldBe Oid.parse("1.3.6")
    }

    test("/ appends one arc (Int or unsigned 32-bit Long) or every arc of another OID") {
        oid("1.3.6.1.2.1") / 1 / 1 / 0 shouldBe Oid.parse("1.3.6.1.2.1.1.1.0")
        oid("1.3") / 4_294_967_295L shouldBe Oid.of(1L, 3L, 4_294_967_295L)
        oid("1.3.6.1.2.1.2.2.1.2") / oid(7) shouldBe Oid.parse("1.3.6.1.2.1.2.2.1.2.7")
    }

    test("a negative arc, or text that is not an OID, is refused") {
        shouldThrow<IllegalArgumentException> { oid("1.3") / -1 }
        shouldThrow<IllegalArgumentException> { oid("1..3") }
        shouldThrow<IllegalArgumentException> { oid(1, -3) }
    }
})
