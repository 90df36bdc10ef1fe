package io.ksnmp.text

import io.kotest.property.Arb
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.double
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.float
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.arbitrary.withEdgecases
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.OpaqueKind
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable
import io.ksnmp.testing.Generators

/** Arbitraries for walk text: the SMI values plus text-heavy strings and Opaque-wrapped numbers. */
object WalkGenerators {
    /** Printable ASCII and the white space Net-SNMP prints as is, with quotes and backslashes often. */
    private val textChars = ((0x20..0x7e).map { it.toChar() } + listOf('\t', '\n', '\r', '\u000b', '\u000c', '"', '\\', '"', '\\', '#', '\n'))

    val textString: Arb<OctetString> = Arb.list(Arb.element(textChars), 0..80)
        .map { OctetString.of(it.joinToString("")) }

    val floats: Arb<Float> = Arb.float().withEdgecases(0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MAX_VALUE, Float.MIN_VALUE, -Float.MIN_VALUE, 0.0078125f, 4.55127f, 1e-7f, 123456.79f)

    val doubles: Arb<Double> = Arb.double().withEdgecases(0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
        Double.MIN_VALUE, 0.0000005, 2.5e-7, 1e300, 123456789.123)

    /** Opaque-wrapped numbers of every kind; [int64] false leaves out Int64 (see the interop spec). */
    fun wrappedOpaque(int64: Boolean = true, counter64Max: Long = Long.MAX_VALUE): Arb<Opaque> = Arb.choice(listOfNotNull(
        floats.map { Opaque.ofFloat(it) },
        doubles.map { Opaque.ofDouble(it) },
        if (int64) Arb.long().withEdgecases(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE).map { Opaque.ofInt64(it) } else null,
        Arb.long().withEdgecases(0L, -1L, Long.MIN_VALUE).map { Opaque.ofUnsigned64(it) },
        Arb.long(0L..counter64Max).map { Opaque.ofCounter64(it) },
    ))

    val variable: Arb<Variable> = Arb.choice(Generators.variable, textString, wrappedOpaque())

    val varBinds: Arb<List<VarBind>> = Arb.list(Arb.bind(Generators.shortOid, variable) { o, v -> VarBind.of(o, v) }, 0..30)

    /** Whether [v] reads back as itself, not only as the same text (wrapped numbers may be re-encoded). */
    fun readsBackEqual(v: Variable): Boolean = v !is Opaque || v.kind() == OpaqueKind.BYTES

    val mutation: Arb<Pair<Int, String>> = Arb.bind(Arb.int(0..Int.MAX_VALUE), Arb.string(0..4)) { at, s -> at to s }
}
