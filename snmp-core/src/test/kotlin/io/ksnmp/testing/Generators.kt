package io.ksnmp.testing

import io.ksnmp.message.CommunityMessage
import io.ksnmp.message.MsgFlags
import io.ksnmp.message.ScopedPdu
import io.ksnmp.message.SnmpMessage
import io.ksnmp.message.SnmpVersion
import io.ksnmp.message.V3Message
import io.ksnmp.pdu.AnyPdu
import io.ksnmp.pdu.Pdu
import io.ksnmp.pdu.PduType
import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Counter32
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.EndOfMibView
import io.ksnmp.smi.Gauge32
import io.ksnmp.smi.Integer32
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.NoSuchInstance
import io.ksnmp.smi.NoSuchObject
import io.ksnmp.smi.Null
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.OctetString
import io.ksnmp.smi.Oid
import io.ksnmp.smi.NsapAddress
import io.ksnmp.smi.Opaque
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.UInteger32
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.smi.Variable
import io.kotest.property.Arb
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.boolean
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.constant
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.flatMap
import io.kotest.property.arbitrary.withEdgecases

/** Arbitraries for SMI values, PDUs and messages, biased towards the edges of each type. */
object Generators {
    const val UINT32_MAX: Long = 0xffff_ffffL

    /** Unsigned 32-bit values with 0, 2^31-1, 2^31 and 2^32-1 as edge cases. */
    val unsigned32: Arb<Long> = Arb.long(0L..UINT32_MAX).withEdgecases(0L, 1L, 127L, 128L, 255L, 256L, 0x7fff_ffffL, 0x8000_0000L, UINT32_MAX)

    /** Arcs after the first two: full unsigned range with its edges. */
    private val arc: Arb<Long> = Arb.choice(Arb.long(0L..200L), unsigned32)

    /** BER-encodable OIDs of 2..128 arcs, including `2.999.x` style first arcs. */
    val oid: Arb<Oid> = Arb.bind(
        Arb.int(0..2),
        Arb.long(0L..39L),
        unsigned32,
        Arb.int(0..126).withEdgecases(0, 126),
    ) { first, smallSecond, bigSecond, extra -> Triple(first, if (first == 2) bigSecond else smallSecond, extra) }
        .flatMap { (first, second, extra) ->
            Arb.list(arc, extra..extra).map { rest -> Oid.of(*(longArrayOf(first.toLong(), second) + rest.toLongArray())) }
        }

    /** Everyday-sized OIDs (what agents send), for building whole messages. */
    val shortOid: Arb<Oid> = Arb.list(arc, 0..14).map { rest -> Oid.of(*(longArrayOf(1, 3, 6, 1) + rest.toLongArray())) }

    private val octetLengths = Arb.int(0..300).withEdgecases(0, 1, 127, 128, 255, 256)

    val octetString: Arb<OctetString> = octetLengths.flatMap { n -> Arb.byteArray(Arb.constant(n), Arb.byte()).map { OctetString.of(it) } }

    val variable: Arb<Variable> = Arb.choice(
        Arb.int().withEdgecases(Int.MIN_VALUE, -1, 0, 1, 127, 128, -128, -129, Int.MAX_VALUE).map { Integer32.of(it) },
        unsigned32.map { Gauge32.of(it) },
        unsigned32.map { Counter32.of(it) },
        Arb.long().withEdgecases(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE).map { Counter64.of(it) },
        unsigned32.map { TimeTicks.of(it) },
        octetString,
        Arb.int().map { IpAddress.ofInt(it) },
        Arb.byteArray(Arb.int(0..40), Arb.byte()).map { Opaque.of(it) },
        unsigned32.map { UInteger32.of(it) },
        Arb.byteArray(Arb.int(0..21), Arb.byte()).map { NsapAddress.of(it) },
        shortOid.map { ObjectIdentifier.of(it) },
        Arb.element(Null.INSTANCE, NoSuchObject.INSTANCE, NoSuchInstance.INSTANCE, EndOfMibView.INSTANCE),
    )

    val varBindList: Arb<VarBindList> =
        Arb.list(Arb.bind(shortOid, variable) { o, v -> VarBind.of(o, v) }, 0..12).map { VarBindList.of(*it.toTypedArray()) }

    val pdu: Arb<Pdu> = Arb.bind(
        Arb.element(PduType.entries.filter { it != PduType.TRAP_V1 }),
        Arb.int(),
        Arb.int(-1..20),
        Arb.int(-1..200),
        varBindList,
    ) { type, requestId, a, b, vbs -> Pdu.of(type, requestId, a, b, vbs) }

    val trapV1: Arb<TrapV1Pdu> = Arb.bind(shortOid, Arb.int(), Arb.int(0..6), Arb.int(), unsigned32, varBindList) { e, a, g, s, t, v ->
        TrapV1Pdu(e, IpAddress.ofInt(a), g, s, TimeTicks.of(t), v)
    }

    private val community: Arb<ByteArray> = Arb.byteArray(Arb.int(0..20), Arb.byte())

    val communityMessage: Arb<CommunityMessage> = Arb.boolean().flatMap { v1 ->
        val pdus: Arb<AnyPdu> = if (v1) {
            Arb.choice(pdu.map { p -> if (p.type().isInSnmpV1) p else Pdu.of(PduType.GET, p.requestId(), 0, 0, p.varBinds()) }, trapV1)
        } else {
            pdu
        }
        Arb.bind(community, pdus) { c, p -> CommunityMessage.of(if (v1) SnmpVersion.V1 else SnmpVersion.V2C, c, p) }
    }

    val v3Message: Arb<V3Message> = Arb.bind(
        Arb.int(0..Int.MAX_VALUE),
        Arb.int(484..Int.MAX_VALUE),
        Arb.int(0..7),
        Arb.byteArray(Arb.int(0..80), Arb.byte()),
        Arb.byteArray(Arb.int(0..32), Arb.byte()),
        pdu,
        Arb.byteArray(Arb.int(0..200), Arb.byte()),
    ) { id, max, flags, params, engine, p, cipher ->
        if (MsgFlags.isPriv(flags)) {
            V3Message.encrypted(id, max, flags, 3, params, cipher)
        } else {
            V3Message.plaintext(id, max, flags, 3, params, ScopedPdu.of(engine, "ctx".toByteArray(), p))
        }
    }

    val message: Arb<SnmpMessage> = Arb.choice(communityMessage, v3Message)
}
