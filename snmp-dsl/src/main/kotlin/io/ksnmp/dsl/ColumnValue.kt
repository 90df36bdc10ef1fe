package io.ksnmp.dsl

/**
 * One cell of a typed column walk: the row's index and the cell's value.
 *
 * ```
 * router.walk(IfTable.ifDescr).collect { (ifIndex, descr) -> println("$ifIndex: $descr") }
 * ```
 *
 * @property index the row's index, decoded
 * @property value the cell's value
 */
public data class ColumnValue<I : Any, T : Any>(public val index: I, public val value: T)
