package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.syntax.SmiEnum

/**
 * `RowStatus` (SNMPv2-TC, RFC 2579): the status column of a conceptual row.
 *
 * ```
 * val ipAddressRowStatus = writableColumn(10, enumOf<RowStatus>())
 * ```
 */
public enum class RowStatus(override val number: Int) : SmiEnum<RowStatus> {
    /** active(1) */
    ACTIVE(1),

    /** notInService(2) */
    NOT_IN_SERVICE(2),

    /** notReady(3) */
    NOT_READY(3),

    /** createAndGo(4): set only */
    CREATE_AND_GO(4),

    /** createAndWait(5): set only */
    CREATE_AND_WAIT(5),

    /** destroy(6): set only */
    DESTROY(6),
}

/**
 * `StorageType` (SNMPv2-TC, RFC 2579): how a row is kept across restarts.
 *
 * ```
 * val ipAddressStorageType = writableColumn(11, enumOf<StorageType>())
 * ```
 */
public enum class StorageType(override val number: Int) : SmiEnum<StorageType> {
    /** other(1) */
    OTHER(1),

    /** volatile(2) */
    VOLATILE(2),

    /** nonVolatile(3) */
    NON_VOLATILE(3),

    /** permanent(4) */
    PERMANENT(4),

    /** readOnly(5) */
    READ_ONLY(5),
}
