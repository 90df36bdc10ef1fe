package io.ksnmp.coroutines.testing

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.pdu.ErrorStatus
import io.ksnmp.pdu.PduType
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import java.util.TreeMap
import java.util.concurrent.atomic.AtomicInteger

/**
 * Answers v1/v2c get, get-next and get-bulk from a sorted map, as a correct agent would (v1:
 * noSuchName at the end; v2c: endOfMibView, noSuchObject); install on a [ScriptedPeer] with
 * `peer.autoReply = responder::answer`. [next] may be replaced to make it misbehave.
 */
class MibResponder(val mib: TreeMap<Oid, Variable>) {
    /** Requests answered so far. */
    val requests = AtomicInteger()

    /** The most bindings a get-bulk response holds, as agents cap them (snmpd: 100); the last repetition may be cut short. */
    @Volatile
    var maxBulkBindings: Int = Int.MAX_VALUE

    /** The binding get-next gives after [name]; null at the end of the MIB. Replace to misbehave. */
    @Volatile
    var next: (Oid) -> VarBind? = { name -> mib.higherEntry(name)?.let { VarBind.of(it.key, it.value) } }

    fun answer(r: ScriptedPeer.Received): List<ByteArray> {
        requests.incrementAndGet()
        val v1 = (r.message as CommunityMessage).version() == SnmpVersion.V1
        val pdu = r.pdu
        val asked = pdu.varBinds()
        val out = ArrayList<VarBind>()
        when (pdu.type()) {
            PduType.GET -> for (name in asked.oids()) {
                val value = mib[name]
                if (value == null && v1) return listOf(ScriptedPeer.responseTo(r, asked, ErrorStatus.NO_SUCH_NAME, out.size + 1))
                out += VarBind.of(name, value ?: NoSuchObject.INSTANCE)
            }
            PduType.GET_NEXT -> for ((i, name) in asked.oids().withIndex()) {
                val vb = next(name)
                if (vb == null && v1) return listOf(ScriptedPeer.responseTo(r, asked, ErrorStatus.NO_SUCH_NAME, i + 1))
                out += vb ?: VarBind.of(name, EndOfMibView.INSTANCE)
            }
            PduType.GET_BULK -> {
                val nonRepeaters = pdu.nonRepeaters().coerceIn(0, asked.size)
                for (i in 0 until nonRepeaters) out += next(asked.oid(i)) ?: VarBind.of(asked.oid(i), EndOfMibView.INSTANCE)
                val cursors = asked.oids().drop(nonRepeaters).toMutableList()
                for (repetition in 0 until if (cursors.isEmpty()) 0 else pdu.maxRepetitions()) {
                    var allEnded = true
                    for (c in cursors.indices) {
                        val vb = next(cursors[c]) ?: VarBind.of(cursors[c], EndOfMibView.INSTANCE)
                        if (vb.value() !== EndOfMibView.INSTANCE) allEnded = false
                        out += vb
                        cursors[c] = vb.oid()
                    }
                    if (allEnded) break
                }
            }
            else -> return emptyList()
        }
        val capped = if (pdu.type() == PduType.GET_BULK && out.size > maxBulkBindings) out.subList(0, maxBulkBindings) else out
        return listOf(ScriptedPeer.responseTo(r, VarBindList.copyOf(capped)))
    }
}
