package io.ksnmp.dsl.agent

import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.dsl.MibValueException
import io.ksnmp.dsl.syntax.SmiSyntax
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Oid

/**
 * The check of a value written to a typed object: the syntax must read it (else wrongValue, as a
 * DisplayString longer than 255 octets), then [check], given the Kotlin value, decides.
 */
internal fun <T : Any> typedCheck(oid: Oid, syntax: SmiSyntax<T>, check: ((T) -> ErrorStatus)?): ValueCheck = ValueCheck { v ->
    val value = try {
        syntax.decode(oid, v)
    } catch (e: MibValueException) {
        return@ValueCheck ErrorStatus.WRONG_VALUE
    }
    check?.invoke(value) ?: ErrorStatus.NO_ERROR
}
