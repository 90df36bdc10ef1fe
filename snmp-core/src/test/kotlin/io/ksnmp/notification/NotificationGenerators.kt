package io.ksnmp.notification

import io.ksnmp.pdu.TrapV1Pdu
import io.ksnmp.smi.Counter64
import io.ksnmp.smi.IpAddress
import io.ksnmp.smi.ObjectIdentifier
import io.ksnmp.smi.Oid
import io.ksnmp.smi.TimeTicks
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.VarBindList
import io.ksnmp.testing.Generators
import io.kotest.property.Arb
import io.kotest.property.arbitrary.bind
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.filter
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.withEdgecases

/** Arbitraries for notifications in both forms, split by whether RFC 3584 can translate them. */
object NotificationGenerators {
    /** The names RFC 3584 §3.1 (4) appends. */
    val appendedNames: Set<Oid> = setOf(
        NotificationOids.SNMP_TRAP_ADDRESS_0, NotificationOids.SNMP_TRAP_COMMUNITY_0, NotificationOids.SNMP_TRAP_ENTERPRISE_0,
    )

    val genericTrapOids: List<Oid> = listOf(
        NotificationOids.COLD_START, NotificationOids.WARM_START, NotificationOids.LINK_DOWN,
        NotificationOids.LINK_UP, NotificationOids.AUTHENTICATION_FAILURE, NotificationOids.EGP_NEIGHBOR_LOSS,
    )

    /** Any bindings an SNMPv1 trap can carry that RFC 3584 gives no meaning: no Counter64, none of [appendedNames]. */
    val ordinaryVarBinds: Arb<VarBindList> = Generators.varBindList.map { list ->
        VarBindList.copyOf(list.filter { it.value !is Counter64 && it.oid !in appendedNames })
    }

    /** Any bindings, Counter64 included, with at least one Counter64 somewhere. */
    val varBindsWithCounter64: Arb<VarBindList> = Arb.bind(Generators.varBindList, Generators.shortOid, Arb.long(), Arb.int(0..12)) { list, name, bits, at ->
        val all = list.toMutableList()
        all.add(at.coerceAtMost(all.size), VarBind.of(name, Counter64.of(bits)))
        VarBindList.copyOf(all)
    }

    /** Enterprises that leave room for `.0.specific`: everyday ones and long ones up to 126 arcs. */
    private val enterprise: Arb<Oid> = Arb.choice(Generators.shortOid, Generators.oid.filter { it.size() <= Oid.MAX_ARCS - 2 })

    private val specificTrap: Arb<Int> = Arb.int(0..Int.MAX_VALUE).withEdgecases(0, 1, 127, 128, Int.MAX_VALUE)

    /**
     * SNMPv1 traps that survive SNMPv1 → SNMPv2 → SNMPv1 unchanged: generic-trap 0..5 with
     * specific-trap 0 (which §3.2 (4) restores) or 6 with any non-negative specific-trap, and
     * [ordinaryVarBinds].
     */
    val translatableTrapV1: Arb<TrapV1Pdu> = Arb.bind(
        enterprise, Arb.int(), Arb.int(0..6), specificTrap, Generators.unsigned32, ordinaryVarBinds,
    ) { e, a, g, s, t, v ->
        TrapV1Pdu(e, IpAddress.ofInt(a), g, if (g == TrapV1Pdu.ENTERPRISE_SPECIFIC) s else 0, TimeTicks.of(t), v)
    }

    /**
     * SNMPv2 notifications in the form [V2Notification.fromTrapV1] gives, so they survive
     * SNMPv2 → SNMPv1 → SNMPv2 unchanged: snmpTrapOID.0 one of the generic traps or
     * `enterprise.0.specific`; [ordinaryVarBinds] followed by snmpTrapAddress.0 and
     * snmpTrapEnterprise.0 (the enterprise for an enterprise-specific trap, any OID for a generic one).
     */
    val translatableV2: Arb<V2Notification> = Arb.bind(
        Arb.element(genericTrapOids + listOf(null)), enterprise, specificTrap, Generators.unsigned32, ordinaryVarBinds, Arb.int(),
    ) { generic, e, s, t, v, a ->
        val trapOid = generic ?: e.child(0).child(s.toLong())
        val vbs = v + listOf(
            VarBind.of(NotificationOids.SNMP_TRAP_ADDRESS_0, IpAddress.ofInt(a)),
            VarBind.of(NotificationOids.SNMP_TRAP_ENTERPRISE_0, ObjectIdentifier.of(e)),
        )
        V2Notification(TimeTicks.of(t), trapOid, VarBindList.copyOf(vbs))
    }

    /** Any notification at all: any snmpTrapOID.0 of 2..128 arcs (a generic trap now and then), any bindings. */
    val anyV2: Arb<V2Notification> = Arb.bind(
        Arb.choice(Generators.oid, Arb.element(genericTrapOids)), Generators.unsigned32, Arb.choice(Generators.varBindList, varBindsWithCounter64),
    ) { trapOid, t, v -> V2Notification(TimeTicks.of(t), trapOid, v) }

    /** Any list of bindings, most of them not a notification, some of them one. */
    val anyVarBinds: Arb<VarBindList> = Arb.choice(
        Generators.varBindList,
        anyV2.map { it.toVarBindList() },
        Arb.bind(Generators.unsigned32, Generators.varBindList) { t, v ->
            VarBindList.copyOf(listOf(VarBind.of(NotificationOids.SYS_UP_TIME_0, TimeTicks.of(t))) + v)
        },
    )
}
