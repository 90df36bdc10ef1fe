package io.ksnmp.dsl

import io.ksnmp.dsl.mib.Cell
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.WritableCell
import io.ksnmp.dsl.mib.WritableColumn

/**
 * The cell of this column at the row [index].
 *
 * ```
 * router.get(IfTable.ifDescr[7])
 * ```
 *
 * @throws IllegalArgumentException if [index] has no index form (a negative INTEGER, …)
 */
public operator fun <Tbl : MibTable<I>, I : Any, T : Any> Column<Tbl, T>.get(index: I): Cell<T> = Cell(this, table.index.encode(index))

/**
 * The cell of this writable column at the row [index]: one a typed set takes.
 *
 * ```
 * router.set(IfTable.ifAdminStatus[7] to IfAdminStatus.DOWN)
 * ```
 */
public operator fun <Tbl : MibTable<I>, I : Any, T : Any> WritableColumn<Tbl, T>.get(index: I): WritableCell<T> =
    WritableCell(this, table.index.encode(index))
