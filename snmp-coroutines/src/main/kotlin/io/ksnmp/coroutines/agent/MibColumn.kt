package io.ksnmp.coroutines.agent

/**
 * One column of a [MibTable]: its sub-identifier under the entry, its type, whether sets may
 * write it, and an optional check of the values written.
 *
 * ```
 * val ifDescr = MibColumn(2, SmiType.OCTET_STRING)
 * val ifAlias = MibColumn(18, SmiType.OCTET_STRING, writable = true, check = ValueCheck.length(0, 64))
 * ```
 *
 * @property id the column's sub-identifier (1 or more)
 * @property type the type of its values
 * @property writable whether sets may write it (else notWritable)
 * @property check what a written value must satisfy, or null
 */
public class MibColumn @JvmOverloads constructor(
    public val id: Int,
    public val type: SmiType,
    public val writable: Boolean = false,
    public val check: ValueCheck? = null,
) {
    init {
        require(id >= 1) { "a column's sub-identifier is 1 or more" }
    }

    override fun toString(): String = "MibColumn($id, $type${if (writable) ", writable" else ""})"
}

/**
 * Decides whether a set may create a row of a creatable [MibTable] with the given index.
 * Answer [io.ksnmp.pdu.ErrorStatus.NO_ERROR] to allow it, `NO_CREATION` if such a row could
 * never exist, or `INCONSISTENT_NAME` if it cannot be created now.
 */
public fun interface RowCreationCheck {
    /** @param index the new row's index */
    public fun check(index: io.ksnmp.smi.Oid): io.ksnmp.pdu.ErrorStatus
}
