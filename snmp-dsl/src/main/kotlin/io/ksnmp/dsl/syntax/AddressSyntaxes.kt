package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.Oid
import java.net.Inet4Address
import io.ksnmp.smi.Integer32 as SmiInteger32
import io.ksnmp.smi.IpAddress as SmiIpAddress
import io.ksnmp.smi.ObjectIdentifier as SmiObjectIdentifier

/**
 * `IpAddress` as an [Inet4Address]: the type says it is IPv4, so a set of an IPv6 address does
 * not compile.
 *
 * ```
 * val ipAdEntAddr = column(1, IpAddress)
 * ```
 */
public val IpAddress: SmiSyntax<Inet4Address> =
    smiSyntax<SmiIpAddress, Inet4Address>("IpAddress", SmiType.IP_ADDRESS, { it.toInetAddress() }, { SmiIpAddress.of(it) })

/**
 * `OBJECT IDENTIFIER` as an [Oid].
 *
 * ```
 * val sysObjectID = scalar(2, ObjectIdentifier)
 * ```
 */
public val ObjectIdentifier: SmiSyntax<Oid> =
    smiSyntax<SmiObjectIdentifier, Oid>("OBJECT IDENTIFIER", SmiType.OBJECT_IDENTIFIER, { it.oid() }, { SmiObjectIdentifier.of(it) })

/**
 * `TruthValue` (RFC 2579: true(1), false(2)) as a [Boolean]; any other number is an
 * [io.ksnmp.dsl.InvalidSmiValueException].
 *
 * ```
 * val ifPromiscuousMode = writableColumn(16, TruthValue)
 * ```
 */
public val TruthValue: SmiSyntax<Boolean> = smiSyntax<SmiInteger32, Boolean>(
    "TruthValue", SmiType.INTEGER,
    { v ->
        when (v.value()) {
            1 -> true
            2 -> false
            else -> throw IllegalArgumentException("TruthValue is 1 or 2")
        }
    },
    { SmiInteger32.of(if (it) 1 else 2) },
)
