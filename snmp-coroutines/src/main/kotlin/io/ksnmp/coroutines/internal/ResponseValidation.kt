package io.ksnmp.coroutines.internal

import io.ksnmp.errors.ErrorResponseException
import io.ksnmp.errors.ImproperResponseException
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.errors.TooBigException
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.VarBindList

/**
 * Checks that a Response answers its request, as the AsyncEngine does: an error-status becomes
 * a typed exception; get and set must echo the names asked for; each get-next name must follow
 * the one asked for; a get-bulk answer must be the non-repeaters followed by repetitions (the
 * last may be cut short, as RFC 3416 §4.2.3 lets an agent do), each column increasing. An
 * endOfMibView binding may repeat the name it answers.
 */
internal object ResponseValidation {
    /**
     * @param request the request as sent (a get-bulk sent to an SNMPv1 agent was sent as get-next)
     * @param response the Response
     * @param checkOrder whether get-next and get-bulk names must increase; walks turn it off
     *     and check the order themselves, to report it with both names (or to tolerate it)
     * @return the response's bindings if they answer the request
     * @throws ErrorResponseException for a non-zero error-status ([NoSuchNameException] for
     *     noSuchName, [TooBigException] for tooBig)
     * @throws ImproperResponseException if the bindings do not answer the request
     */
    fun check(request: Pdu, response: Pdu, checkOrder: Boolean = true): VarBindList {
        val received = response.varBinds()
        val status = response.errorStatus()
        if (status.isError) {
            if (status == ErrorStatus.NO_SUCH_NAME) throw NoSuchNameException(response.errorIndex(), received)
            if (status == ErrorStatus.TOO_BIG) throw TooBigException(response.errorIndex(), received)
            throw ErrorResponseException(status, response.errorIndex(), received)
        }
        val asked = request.varBinds()
        when (request.type()) {
            PduType.GET, PduType.SET, PduType.INFORM -> {
                if (received.size != asked.size) improper("${received.size} bindings answer ${asked.size}", asked, received)
                for (i in 0 until asked.size) {
                    if (received.oid(i) != asked.oid(i)) improper("binding ${i + 1} names ${received.oid(i)}, not ${asked.oid(i)}", asked, received)
                }
            }
            PduType.GET_NEXT -> {
                if (received.size != asked.size) improper("${received.size} bindings answer ${asked.size}", asked, received)
                if (checkOrder) for (i in 0 until asked.size) requireAfter(asked, received, i, i, asked)
            }
            PduType.GET_BULK -> checkBulk(request, asked, received, checkOrder)
            else -> Unit
        }
        return received
    }

    private fun checkBulk(request: Pdu, asked: VarBindList, received: VarBindList, checkOrder: Boolean) {
        val nonRepeaters = request.nonRepeaters().coerceIn(0, asked.size)
        val repeaters = asked.size - nonRepeaters
        val maxRepetitions = maxOf(0, request.maxRepetitions())
        val limit = nonRepeaters + repeaters.toLong() * maxRepetitions
        if (received.size > limit) improper("${received.size} bindings, more than $limit asked for", asked, received)
        if (!checkOrder) return
        for (i in 0 until minOf(nonRepeaters, received.size)) requireAfter(asked, received, i, i, asked)
        if (repeaters == 0) return
        for (k in nonRepeaters until received.size) {
            val column = (k - nonRepeaters) % repeaters
            if (k - nonRepeaters < repeaters) {
                requireAfter(asked, received, nonRepeaters + column, k, asked)
            } else {
                requireAfter(received, received, k - repeaters, k, asked)
            }
        }
    }

    /** Requires `received[k]` to follow `previous[p]` (or repeat it with endOfMibView). */
    private fun requireAfter(previous: VarBindList, received: VarBindList, p: Int, k: Int, asked: VarBindList) {
        val before = previous.oid(p)
        val name = received.oid(k)
        val order = name.compareTo(before)
        if (order > 0 || (order == 0 && received.value(k) === EndOfMibView.INSTANCE)) return
        improper("binding ${k + 1} names $name, which does not follow $before", asked, received)
    }

    private fun improper(reason: String, asked: VarBindList, received: VarBindList): Nothing =
        throw ImproperResponseException(reason, asked, received)
}
