package io.ksnmp.cli

import io.ksnmp.smi.Oid

/**
 * The `-C` options of `walk` and `bulkwalk`, as `snmpwalk` and `snmpbulkwalk` take them:
 *
 * | option | walk | bulkwalk | |
 * | --- | --- | --- | --- |
 * | `-Ci` | yes | yes | GET the given OID first and print it (include it in the range) |
 * | `-CI` | yes | | no GET of the given OID when the walk found nothing |
 * | `-Cc` | yes | yes | do not check that the names increase (`--limit`, default 10 million, bounds it) |
 * | `-Cp` | yes | yes | print `Variables found: N` at the end |
 * | `-Ct` | yes | | print the walk's wall-clock time on stderr |
 * | `-CE OID` | yes | | end the walk before OID instead of at the end of the subtree |
 * | `-Cn N`, `-Cr N` | | yes | non-repeaters (default 0) and max-repetitions (default 10) of each GETBULK |
 */
internal class WalkFlags(args: Arguments, val bulk: Boolean) {
    val includeRequested: Boolean = args.has("Ci")
    val noFallbackGet: Boolean = args.has("CI")
    val unchecked: Boolean = args.has("Cc")
    val printCount: Boolean = args.has("Cp")
    val printTime: Boolean = args.has("Ct")
    val end: Oid? = args.value("CE")?.let(Oids::parse)
    val nonRepeaters: Int = args.int("Cn", 0)
    val repetitions: Int = args.int("Cr", 10)

    /** The most bindings printed: `--limit`, 10 million by default with `-Cc`, else none (0). */
    val limit: Long = args.int("limit", if (unchecked) 10_000_000 else 0).toLong()

    init {
        val wrong = if (bulk) listOf("CI", "Ct", "CE") else listOf("Cn", "Cr")
        wrong.firstOrNull(args::has)?.let { throw UsageException("-$it is not an option of ${if (bulk) "bulkwalk" else "walk"}") }
    }
}
