package io.ksnmp.coroutines.agent.internal

import io.ksnmp.coroutines.agent.ScalarHandler
import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.coroutines.agent.ValueCheck
import io.ksnmp.coroutines.agent.ValueGetter
import io.ksnmp.coroutines.agent.ValueSetter
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.smi.Variable

/** A scalar made of a getter and, for a writable one, a setter and an optional check. */
internal class LambdaScalar(
    type: SmiType,
    private val getter: ValueGetter,
    private val setter: ValueSetter?,
    private val valueCheck: ValueCheck?,
) : ScalarHandler(type, setter != null) {
    override fun get(): Variable = getter.get()

    override fun check(value: Variable): ErrorStatus = valueCheck?.check(value) ?: ErrorStatus.NO_ERROR

    override fun set(value: Variable) {
        (setter ?: throw UnsupportedOperationException("not writable")).set(value)
    }
}
