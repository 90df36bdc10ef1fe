package io.ksnmp.dsl.syntax

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.set
import io.kotest.property.checkAll
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.dsl.WrongSmiTypeException
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Integer32 as SmiInteger32
import io.ksnmp.smi.OctetString as SmiOctetString

private enum class Light(override val number: Int) : SmiEnum<Light> { RED(1), AMBER(2), GREEN(3) }

private enum class Feature(override val number: Int) : SmiEnum<Feature> { SSH(0), TELNET(1), HTTP(2), SNMP(9) }

private enum class Clash(override val number: Int) : SmiEnum<Clash> { A(1), B(1) }

/** Enumerated INTEGERs as Kotlin enums and BITS as sets: named numbers both ways, unknown numbers kept. */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class EnumAndBitsSpec : FunSpec({
    val config = PropTestConfig(seed = 20261207L)
    val at = Oid.parse("1.3.6.1.4.1.99999.2.0")
    val light = enumOf<Light>()
    val features = bitsOf<Feature>()

    test("an enumerated INTEGER reads as its enum constant and writes its number") {
        light.name shouldBe "Light"
        light.smiType shouldBe SmiType.INTEGER
        for (l in Light.entries) {
            light.decode(at, SmiInteger32.of(l.number)) shouldBe l
            light.encode(l) shouldBe SmiInteger32.of(l.number)
        }
    }

    test("a number the enum does not name is kept as UnknownEnumNumber, equal by number, and written back unchanged") {
        checkAll(config, Arb.int()) { n ->
            val read = light.decode(at, SmiInteger32.of(n))
            if (n in 1..3) {
                read shouldBe Light.entries.first { it.number == n }
            } else {
                read shouldBe UnknownEnumNumber(n)
                read.number shouldBe n
                light.encode(read) shouldBe SmiInteger32.of(n)
            }
        }
    }

    test("an enumeration with two values of one number is refused") {
        shouldThrow<IllegalArgumentException> { enumOf<Clash>() }
    }

    test("BITS: bit 0 is the first octet's high bit; written in as many octets as the enum's highest bit needs") {
        features.encode(setOf(Feature.SSH)) shouldBe SmiOctetString.of(byteArrayOf(0x80.toByte(), 0x00))
        features.encode(setOf(Feature.HTTP, Feature.SNMP)) shouldBe SmiOctetString.of(byteArrayOf(0x20, 0x40))
        features.encode(emptySet()) shouldBe SmiOctetString.of(byteArrayOf(0, 0))
        features.decode(at, SmiOctetString.of(byteArrayOf(0xa0.toByte()))) shouldBe setOf(Feature.SSH, Feature.HTTP)
        features.decode(at, SmiOctetString.of(byteArrayOf())) shouldBe emptySet()
    }

    test("BITS round-trip any set of bits, unknown bits kept as UnknownEnumNumber") {
        checkAll(config, Arb.set(Arb.int(0..40), 0..12)) { bits ->
            val set: Set<SmiEnum<Feature>> = bits.map { b -> Feature.entries.firstOrNull { it.number == b } ?: UnknownEnumNumber(b) }.toSet()
            features.decode(at, features.encode(set)) shouldBe set
        }
    }

    test("BITS of another SMI type is a WrongSmiTypeException") {
        shouldThrow<WrongSmiTypeException> { features.decode(at, SmiInteger32.of(1)) }.expected shouldBe SmiType.OCTET_STRING
    }
})
