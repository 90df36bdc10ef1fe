package io.ksnmp.coroutines

/**
 * How [SnmpManager.table] reads a table.
 *
 * ```
 * manager.table(ifEntry, listOf(ifDescr, ifSpeed), TableOptions(maxRepetitions = 25, rowLimit = 500))
 * ```
 *
 * @property maxRepetitions get-bulk repetitions per request (each repetition is one row of every
 *     column still being read); halved on tooBig. SNMPv1 reads one row per get-next.
 * @property rowLimit the most rows to return; 0 for all
 * @property requestOptions timeout, refresh period and other overrides for each request
 */
public class TableOptions @JvmOverloads constructor(
    public val maxRepetitions: Int = 10,
    public val rowLimit: Int = 0,
    public val requestOptions: RequestOptions? = null,
) {
    init {
        require(maxRepetitions >= 1) { "max-repetitions must be at least 1" }
        require(rowLimit >= 0) { "the row limit must not be negative" }
    }

    override fun toString(): String = "TableOptions(maxRepetitions=$maxRepetitions, rowLimit=$rowLimit, $requestOptions)"

    /** The default table read. */
    public companion object {
        /** 10 repetitions, every row, the manager's timing. */
        @JvmField
        public val DEFAULT: TableOptions = TableOptions()
    }
}
