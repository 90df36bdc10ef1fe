package io.ksnmp.cli

import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.Variable
import java.io.ByteArrayOutputStream
import java.io.PrintStream

/** JSON output, value texts and the progress line. */
class OutputSpec : FunSpec({
    context("a binding as JSON: Net-SNMP's type label, a number or a string, and the printed text") {
        withData(
            nameFn = { it.second },
            Pair(Integer32.of(-3), """{"oid":".1.3.6.1.2.1.1.7.0","type":"INTEGER","value":-3,"text":"-3"}"""),
            Pair(Counter64.of(-1L), """{"oid":".1.3.6.1.2.1.1.7.0","type":"Counter64","value":18446744073709551615,"text":"18446744073709551615"}"""),
            Pair(TimeTicks.of(123), """{"oid":".1.3.6.1.2.1.1.7.0","type":"Timeticks","value":123,"text":"(123) 0:00:01.23"}"""),
            Pair(OctetString.of("a \"q\" \\ b\nline"), """{"oid":".1.3.6.1.2.1.1.7.0","type":"STRING","value":"a \"q\" \\ b\nline","text":"a \"q\" \\ b\nline"}"""),
            Pair(OctetString.of(byteArrayOf(0, 1, -1)), """{"oid":".1.3.6.1.2.1.1.7.0","type":"Hex-STRING","value":"00 01 FF","text":"00 01 FF"}"""),
            Pair(EndOfMibView.INSTANCE, """{"oid":".1.3.6.1.2.1.1.7.0","type":"endOfMibView","value":"No more variables left in this MIB View (It is past the end of the MIB tree)","text":"No more variables left in this MIB View (It is past the end of the MIB tree)"}"""),
        ) { (value: Variable, json) -> Json.varBind(VarBind.of(".1.3.6.1.2.1.1.7.0", value)) shouldBe json }
        test("control characters are escaped") {
            Json.string("\u0001\t") shouldBe "\"\\u0001\\t\""
        }
    }

    context("progress goes to a terminal only, and clears its line") {
        fun progress(terminal: Boolean): String {
            val bytes = ByteArrayOutputStream()
            var now = 0L
            val p = Progress(PrintStream(bytes, true), terminal, nanoTime = { now }, intervalNanos = 1_000)
            repeat(10_000) {
                now += 100
                p.step()
            }
            p.finish()
            return bytes.toString()
        }
        test("on a terminal: counts and a rate, then a cleared line") {
            val shown = progress(true)
            shown shouldContain "10,000 varbinds"
            shown.endsWith("\r") shouldBe true
        }
        test("otherwise nothing") { progress(false) shouldBe "" }
    }
})
