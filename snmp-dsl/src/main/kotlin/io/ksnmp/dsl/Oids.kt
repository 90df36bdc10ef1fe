package io.ksnmp.dsl

import io.ksnmp.smi.Oid

/**
 * An OID from its dotted text, with or without a leading dot.
 *
 * ```
 * val mib2 = oid("1.3.6.1.2.1")
 * val sysDescr0 = mib2 / 1 / 1 / 0      // 1.3.6.1.2.1.1.1.0
 * ```
 *
 * @throws IllegalArgumentException if [text] is not a dotted-decimal OID with arcs in range
 */
public fun oid(text: String): Oid = Oid.parse(text)

/**
 * An OID from its arcs.
 *
 * ```
 * val ifIndex7 = oid(1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 7)
 * ```
 *
 * @throws IllegalArgumentException if an arc is negative or there are more than 128
 */
public fun oid(vararg arcs: Int): Oid = Oid.of(*arcs)

/**
 * This OID with one more arc: `/` is the DSL's one way of appending arcs.
 *
 * ```
 * val ifDescr = oid("1.3.6.1.2.1.2.2.1") / 2
 * val ifDescr7 = ifDescr / 7
 * ```
 *
 * @throws IllegalArgumentException if [arc] is negative or the OID already has 128 arcs
 */
public operator fun Oid.div(arc: Int): Oid = child(arc.toLong())

/** This OID with one more arc, 0..4,294,967,295; see [div]. */
public operator fun Oid.div(arc: Long): Oid = child(arc)

/**
 * This OID with every arc of [suffix] appended, such as an encoded table index.
 *
 * ```
 * val cell = IfTable.ifDescr.oid / IfTable.index.encode(7)
 * ```
 */
public operator fun Oid.div(suffix: Oid): Oid = append(suffix)
