package io.ksnmp.coroutines.internal

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.WalkOptions
import io.ksnmp.errors.NoSuchNameException
import io.ksnmp.errors.NonIncreasingOidException
import io.ksnmp.errors.SnmpTimeoutException
import io.ksnmp.errors.TooBigException
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * A walk of one subtree as a cold flow: get-next (or get-bulk with [maxRepetitions]) from the
 * root or the resume point, one request at a time, until a name leaves the subtree, an
 * endOfMibView, an SNMPv1 noSuchName, or the limit. noSuchObject/noSuchInstance bindings are
 * skipped. Names must increase (else [NonIncreasingOidException]) unless the options allow
 * otherwise, in which case a repeated name ends the walk.
 *
 * Get-bulk sizes adapt: tooBig halves the repetitions, and so does a timeout when a smaller
 * request then succeeds (agents such as snmpd send nothing at all for a response too large to
 * send); the smaller size is kept for the rest of the walk.
 */
internal fun walkFlow(manager: SnmpManager, root: Oid, maxRepetitions: Int?, options: WalkOptions): Flow<VarBind> = flow {
    val start = options.startAfter
    require(start == null || start.startsWith(root)) { "the start OID ${start!!.toDottedString()} is outside ${root.toDottedString()}" }
    val v1 = manager.version == SnmpVersion.V1
    var repetitions = if (v1) null else maxRepetitions
    var current = start ?: root
    var previous: Oid? = start
    val seen = if (options.allowNonIncreasing) HashSet<Oid>() else null
    var count = 0
    while (true) {
        val response: VarBindList = try {
            val r = repetitions
            if (r == null) {
                manager.request(PduType.GET_NEXT, 0, 0, VarBindList.ofNames(current), options.requestOptions, checkOrder = false)
            } else {
                bulkAdapting(manager, VarBindList.ofNames(current), r, options.requestOptions) { smaller -> repetitions = smaller }
            }
        } catch (e: NoSuchNameException) {
            if (v1) return@flow // SNMPv1's end of the MIB
            throw e
        }
        if (response.isEmpty()) return@flow
        for (i in 0 until response.size) {
            val name = response.oid(i)
            val value = response.value(i)
            if (value === EndOfMibView.INSTANCE) return@flow
            if (!name.startsWith(root) || name.size() == root.size()) return@flow
            val before = previous
            if (before != null && name <= before) {
                if (seen == null) throw NonIncreasingOidException(before, name)
            }
            if (seen != null && !seen.add(name)) return@flow // a loop: the agent came back to a name it gave
            previous = name
            current = name
            if (value === NoSuchObject.INSTANCE || value === NoSuchInstance.INSTANCE) continue
            emit(VarBind.of(name, value))
            count++
            if (options.limit in 1..count) return@flow
        }
    }
}

/** One get-bulk of a walk or table, halving the repetitions on tooBig or on a timeout that a smaller size then survives. */
internal suspend fun bulkAdapting(
    manager: SnmpManager,
    from: VarBindList,
    repetitions: Int,
    requestOptions: RequestOptions?,
    onSmaller: (Int) -> Unit,
): VarBindList {
    var size = repetitions
    var timedOut: SnmpTimeoutException? = null
    while (true) {
        try {
            val result = manager.request(PduType.GET_BULK, 0, size, from, requestOptions, checkOrder = false)
            if (size != repetitions) onSmaller(size)
            return result
        } catch (e: TooBigException) {
            if (size == 1) throw e
        } catch (e: SnmpTimeoutException) {
            // Worth one smaller try: an agent may fail to send a response it could not fit.
            if (size == 1 || timedOut != null) throw timedOut ?: e
            timedOut = e
        }
        size = maxOf(1, size / 2)
    }
}
