package io.ksnmp.coroutines.internal

import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.ImproperResponseException
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

class ResponseValidationSpec : FunSpec({
    fun names(vararg oids: String) = VarBindList.ofNames(*oids.map { Oid.parse(it) }.toTypedArray())
    fun values(vararg oids: String) = VarBindList.of(*oids.map { VarBind.of(it, Integer32.of(1)) }.toTypedArray())
    fun response(vbs: VarBindList, status: ErrorStatus = ErrorStatus.NO_ERROR, index: Int = 0) = Pdu.response(1, status, index, vbs)

    test("get and set must echo the names asked for, in order") {
        val get = Pdu.get(1, names("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.3.0"))
        ResponseValidation.check(get, response(values("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.3.0"))).size shouldBe 2
        shouldThrow<ImproperResponseException> { ResponseValidation.check(get, response(values("1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.1.0"))) }
        shouldThrow<ImproperResponseException> { ResponseValidation.check(get, response(values("1.3.6.1.2.1.1.1.0"))) }
            .received().size shouldBe 1
        val set = Pdu.set(1, values("1.3.6.1.2.1.1.4.0"))
        shouldThrow<ImproperResponseException> { ResponseValidation.check(set, response(values("1.3.6.1.2.1.1.5.0"))) }
    }

    test("error-status becomes a typed exception with the index and the name it points at") {
        val set = Pdu.set(1, values("1.3.6.1.2.1.1.4.0", "1.3.6.1.2.1.1.5.0"))
        val e = shouldThrow<ErrorResponseException> {
            ResponseValidation.check(set, response(values("1.3.6.1.2.1.1.4.0", "1.3.6.1.2.1.1.5.0"), ErrorStatus.NOT_WRITABLE, 2))
        }
        e.status() shouldBe ErrorStatus.NOT_WRITABLE
        e.oidOrNull() shouldBe Oid.parse("1.3.6.1.2.1.1.5.0")
        shouldThrow<NoSuchNameException> {
            ResponseValidation.check(Pdu.getNext(1, names("1.3")), response(names("1.3"), ErrorStatus.NO_SUCH_NAME, 1))
        }.index() shouldBe 1
    }

    test("get-next names must follow the names asked for; endOfMibView may repeat them") {
        val next = Pdu.getNext(1, names("1.3.6.1.2.1.1.1", "1.3.6.1.2.1.1.9"))
        ResponseValidation.check(next, response(values("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.9.1.2.1")))
        shouldThrow<ImproperResponseException> { ResponseValidation.check(next, response(values("1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.8.0"))) }
        shouldThrow<ImproperResponseException> { ResponseValidation.check(next, response(values("1.3.6.1.2.1.1.1", "1.3.6.1.2.1.1.9.1"))) }
        val end = VarBindList.of(VarBind.of("1.3.6.1.2.1.1.1", EndOfMibView.INSTANCE), VarBind.of("1.3.6.1.2.1.1.9", EndOfMibView.INSTANCE))
        ResponseValidation.check(next, response(end)).size shouldBe 2
    }

    test("get-bulk: non-repeaters, then repetitions with each column increasing; the last may be partial") {
        // one non-repeater (sysUpTime) and two repeating columns (ifDescr, ifType)
        val bulk = Pdu.getBulk(1, 1, 3, names("1.3.6.1.2.1.1.3", "1.3.6.1.2.1.2.2.1.2", "1.3.6.1.2.1.2.2.1.3"))
        val full = values(
            "1.3.6.1.2.1.1.3.0",
            "1.3.6.1.2.1.2.2.1.2.1", "1.3.6.1.2.1.2.2.1.3.1",
            "1.3.6.1.2.1.2.2.1.2.2", "1.3.6.1.2.1.2.2.1.3.2",
            "1.3.6.1.2.1.2.2.1.2.3", "1.3.6.1.2.1.2.2.1.3.3",
        )
        ResponseValidation.check(bulk, response(full)).size shouldBe 7
        val partial = VarBindList.of(*full.take(6).toTypedArray())
        ResponseValidation.check(bulk, response(partial)).size shouldBe 6
        val tooMany = VarBindList.of(*(full + full.takeLast(2)).toTypedArray())
        shouldThrow<ImproperResponseException> { ResponseValidation.check(bulk, response(tooMany)) }
        val swapped = VarBindList.of(full[0], full[1], full[2], full[1], full[4])
        shouldThrow<ImproperResponseException> { ResponseValidation.check(bulk, response(swapped)) }
        val behind = values("1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.2.2.1.2.1", "1.3.6.1.2.1.2.2.1.3.1")
        shouldThrow<ImproperResponseException> { ResponseValidation.check(bulk, response(behind)) }
    }

    test("get-bulk columns that reach endOfMibView keep repeating their last name") {
        val bulk = Pdu.getBulk(1, 0, 3, names("1.3.6.1.2.1.1.9"))
        val vbs = VarBindList.of(
            VarBind.of("1.3.6.1.2.1.1.9.1.2.1", Integer32.of(1)),
            VarBind.of("1.3.6.1.2.1.1.9.1.2.1", EndOfMibView.INSTANCE),
            VarBind.of("1.3.6.1.2.1.1.9.1.2.1", EndOfMibView.INSTANCE),
        )
        ResponseValidation.check(bulk, response(vbs)).size shouldBe 3
    }
})
