package io.ksnmp.coroutines.agent.internal

import io.ksnmp.ber.BerWriter
import io.ksnmp.coroutines.agent.MibRegistry
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.Pdu
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.SmiCodec
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList


/** The content of a Response: error status and index, and the bindings. */
internal class Answer(val status: ErrorStatus, val index: Int, val varBinds: VarBindList)

/**
 * Answers get, get-next, get-bulk and set requests from a [MibRegistry] (RFC 3416 §4.2, and for
 * SNMPv1 RFC 1157 with RFC 2576 §4.3/§4.4: exceptions and Counter64 become noSuchName, v2 set
 * errors their v1 counterparts). Loop thread only.
 */
internal class RequestProcessor(private val mib: MibRegistry) {
    private val scratch = BerWriter(256)

    fun get(request: Pdu, v1: Boolean): Answer {
        val asked = request.varBinds()
        val out = arrayOfNulls<VarBind>(asked.size)
        for (i in 0 until asked.size) {
            val oid = asked.oid(i)
            val value = try {
                mib.get(oid)
            } catch (e: Exception) {
                return error(request, ErrorStatus.GEN_ERR, i + 1)
            }
            if (v1 && (value.isException || value is Counter64)) return error(request, ErrorStatus.NO_SUCH_NAME, i + 1)
            out[i] = VarBind.of(oid, value)
        }
        return ok(out)
    }

    fun getNext(request: Pdu, v1: Boolean): Answer {
        val asked = request.varBinds()
        val out = arrayOfNulls<VarBind>(asked.size)
        for (i in 0 until asked.size) {
            val next = try {
                next(asked.oid(i), v1)
            } catch (e: Exception) {
                return error(request, ErrorStatus.GEN_ERR, i + 1)
            }
            if (next == null && v1) return error(request, ErrorStatus.NO_SUCH_NAME, i + 1)
            out[i] = next ?: VarBind.of(asked.oid(i), EndOfMibView.INSTANCE)
        }
        return ok(out)
    }

    /** The next instance; SNMPv1 never sees a Counter64 (RFC 2576 §4.1.2.1: skipped). */
    private fun next(oid: io.ksnmp.smi.Oid, v1: Boolean): VarBind? {
        var next = mib.nextOrNull(oid)
        while (v1 && next != null && next.value() is Counter64) next = mib.nextOrNull(next.oid())
        return next
    }

    /**
     * RFC 3416 §4.2.3, answering as many bindings as fit in [budget] octets of encoded bindings:
     * the list is cut at the end (never tooBig), and repetitions stop early once every repeater
     * reached endOfMibView.
     */
    fun getBulk(request: Pdu, budget: Int): Answer {
        val asked = request.varBinds()
        val nonRepeaters = request.nonRepeaters().coerceIn(0, asked.size)
        val repeaters = asked.size - nonRepeaters
        val maxRepetitions = maxOf(0, request.maxRepetitions())
        val out = ArrayList<VarBind>()
        var left = budget
        fun fits(vb: VarBind): Boolean {
            val size = encodedSize(vb)
            if (size > left) return false
            left -= size
            out.add(vb)
            return true
        }
        try {
            for (i in 0 until nonRepeaters) {
                val vb = mib.nextOrNull(asked.oid(i)) ?: VarBind.of(asked.oid(i), EndOfMibView.INSTANCE)
                if (!fits(vb)) return Answer(ErrorStatus.NO_ERROR, 0, VarBindList.copyOf(out))
            }
            if (repeaters == 0) return Answer(ErrorStatus.NO_ERROR, 0, VarBindList.copyOf(out))
            val last = Array(repeaters) { VarBind.of(asked.oid(nonRepeaters + it)) }
            var repetition = 0
            while (repetition < maxRepetitions) {
                var ended = 0
                for (j in 0 until repeaters) {
                    val previous = last[j]
                    val vb = if (previous.value() === EndOfMibView.INSTANCE) {
                        previous
                    } else {
                        mib.nextOrNull(previous.oid()) ?: VarBind.of(previous.oid(), EndOfMibView.INSTANCE)
                    }
                    if (vb.value() === EndOfMibView.INSTANCE) ended++
                    if (!fits(vb)) return Answer(ErrorStatus.NO_ERROR, 0, VarBindList.copyOf(out))
                    last[j] = vb
                }
                repetition++
                if (ended == repeaters) break
            }
        } catch (e: Exception) {
            return error(request, ErrorStatus.GEN_ERR, 0)
        }
        return Answer(ErrorStatus.NO_ERROR, 0, VarBindList.copyOf(out))
    }

    /**
     * RFC 3416 §4.2.5: every binding is checked before any is written; if writing one fails, those
     * already written are undone in reverse order (commitFailed, or undoFailed if an undo fails).
     */
    fun set(request: Pdu, v1: Boolean, writable: Boolean): Answer {
        val asked = request.varBinds()
        if (!writable) {
            return if (asked.isEmpty()) ok(emptyArray()) else error(request, mapped(ErrorStatus.NO_ACCESS, v1), 1)
        }
        val actions = ArrayList<SetAction>(asked.size)
        for (i in 0 until asked.size) {
            val plan = try {
                mib.prepareSet(asked.oid(i), asked.value(i))
            } catch (e: Exception) {
                return error(request, mapped(ErrorStatus.GEN_ERR, v1), i + 1)
            }
            if (plan.status.isError) return error(request, mapped(plan.status, v1), i + 1)
            actions.add(plan.action!!)
        }
        for (i in actions.indices) {
            try {
                actions[i].commit()
            } catch (e: Exception) {
                var undone = true
                for (k in i - 1 downTo 0) {
                    try {
                        actions[k].undo()
                    } catch (u: Exception) {
                        undone = false
                    }
                }
                return error(request, mapped(if (undone) ErrorStatus.COMMIT_FAILED else ErrorStatus.UNDO_FAILED, v1), i + 1)
            }
        }
        return Answer(ErrorStatus.NO_ERROR, 0, asked)
    }

    /** @return the octets [vb] takes in a varbind list */
    fun encodedSize(vb: VarBind): Int {
        val w = scratch
        w.reset()
        SmiCodec.writeVarBind(w, vb.oid(), vb.value())
        return w.size()
    }

    private fun ok(out: Array<VarBind?>): Answer = Answer(ErrorStatus.NO_ERROR, 0, VarBindList.of(*out.requireNoNulls()))

    private fun error(request: Pdu, status: ErrorStatus, index: Int): Answer = Answer(status, index, request.varBinds())

    companion object {
        /** RFC 2576 §4.4: the SNMPv1 error-status for an SNMPv2 one. */
        fun mapped(status: ErrorStatus, v1: Boolean): ErrorStatus {
            if (!v1) return status
            return when (status) {
                ErrorStatus.WRONG_VALUE, ErrorStatus.WRONG_ENCODING, ErrorStatus.WRONG_TYPE, ErrorStatus.WRONG_LENGTH,
                ErrorStatus.INCONSISTENT_VALUE -> ErrorStatus.BAD_VALUE
                ErrorStatus.NO_ACCESS, ErrorStatus.NOT_WRITABLE, ErrorStatus.NO_CREATION, ErrorStatus.INCONSISTENT_NAME,
                ErrorStatus.AUTHORIZATION_ERROR -> ErrorStatus.NO_SUCH_NAME
                ErrorStatus.RESOURCE_UNAVAILABLE, ErrorStatus.COMMIT_FAILED, ErrorStatus.UNDO_FAILED -> ErrorStatus.GEN_ERR
                else -> status
            }
        }

    }
}
