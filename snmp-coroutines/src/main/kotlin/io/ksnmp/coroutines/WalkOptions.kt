package io.ksnmp.coroutines

import io.ksnmp.smi.Oid

/**
 * How a walk runs. By default it returns the whole subtree, in strictly increasing order.
 *
 * ```
 * // resume after a failure, at most 1,000 bindings, 2 s per request
 * m.bulkWalk(ifTable, 25, WalkOptions(startAfter = lastSeen, limit = 1_000, requestOptions = RequestOptions(timeout = 2.seconds)))
 * // an agent known to repeat or go back: tolerate it, but bounded
 * m.walk(subtree, WalkOptions(allowNonIncreasing = true, limit = 10_000))
 * ```
 *
 * @property startAfter resume after this name (inside the subtree) instead of at the subtree's start
 * @property limit the most bindings to return; 0 for no limit
 * @property allowNonIncreasing accept names that do not increase (broken agents); then [limit]
 *     is required and the walk stops at the first name it has already returned
 * @property requestOptions timeout, refresh period and other overrides for each request of the walk
 */
public class WalkOptions @JvmOverloads constructor(
    public val startAfter: Oid? = null,
    public val limit: Int = 0,
    public val allowNonIncreasing: Boolean = false,
    public val requestOptions: RequestOptions? = null,
) {
    init {
        require(limit >= 0) { "the limit must not be negative" }
        require(!allowNonIncreasing || limit > 0) { "a walk that allows non-increasing names needs a limit" }
    }

    override fun toString(): String =
        "WalkOptions(startAfter=${startAfter?.toDottedString()}, limit=$limit, allowNonIncreasing=$allowNonIncreasing, $requestOptions)"

    /** The default walk. */
    public companion object {
        /** Whole subtree, strict order, the manager's timing. */
        @JvmField
        public val DEFAULT: WalkOptions = WalkOptions()
    }
}
