package io.ksnmp.cli

/**
 * Net-SNMP's `-O` output options, read as `snmp_out_toggle_options` reads them: the letters of
 * every `-O` in order, each toggling or setting one choice (`-Oqq` is no `q`; `-Ofn` is `-On`).
 *
 * ksnmp starts from numeric OIDs (`-On`, its documented default), where Net-SNMP starts from
 * `iso.3.6.1…`; `-Os`, `-OS` give that form, `-Of`, `-Ou` the full `.iso.3.6.1…`. Without MIBs
 * `e` (enums as numbers), `E` (escaped quotes in indexes), `X` (extended indexes), `b` (indexes
 * not broken down) and `U` (no units) change nothing, in Net-SNMP as here: they are accepted.
 */
internal data class OutputOptions(
    val oids: OidForm = OidForm.NUMERIC,
    /** `q`: no type labels, a space instead of ` = `, timeticks as `d:h:mm:ss.cc`, hex strings quoted. */
    val quick: Boolean = false,
    /** `Q`: ` = ` kept even when [quick] (Q sets this and toggles [quick]). */
    val equals: Boolean = false,
    /** `v`: the value alone, without the OID. */
    val valueOnly: Boolean = false,
    /** `t`: timeticks as the bare number of hundredths. */
    val numericTimeticks: Boolean = false,
    /** `T`: hex strings followed by their text, `  [....]`. */
    val hexText: Boolean = false,
    val strings: StringForm = StringForm.GUESS,
) {
    /** How an OID is written: `.1.3.6.1`, `iso.3.6.1` or `.iso.3.6.1` (no MIB names, as Net-SNMP without MIBs). */
    enum class OidForm { NUMERIC, NAMED, FULL }

    /** How an OCTET STRING is written: text when all its octets are (Net-SNMP's guess), `a` always text, `x` always hex. */
    enum class StringForm { GUESS, ASCII, HEX }

    companion object {
        /** The letters Net-SNMP 5.9 knows after `-O`. */
        const val LETTERS: String = "abeEfnqQsStTuUvxX"

        /** @param letters the letters of every `-O` given, in order (`["nq", "v"]` for `-Onq -Ov`) */
        fun parse(letters: List<String>): OutputOptions = letters.joinToString("").fold(OutputOptions()) { o, letter ->
            when (letter) {
                'a' -> o.copy(strings = StringForm.ASCII)
                'x' -> o.copy(strings = StringForm.HEX)
                'f', 'u' -> o.copy(oids = OidForm.FULL)
                'n' -> o.copy(oids = OidForm.NUMERIC)
                's', 'S' -> o.copy(oids = OidForm.NAMED)
                'q' -> o.copy(quick = !o.quick)
                'Q' -> o.copy(equals = true, quick = !o.quick)
                'v' -> o.copy(valueOnly = !o.valueOnly)
                't' -> o.copy(numericTimeticks = !o.numericTimeticks)
                'T' -> o.copy(hexText = !o.hexText)
                'b', 'e', 'E', 'U', 'X' -> o
                else -> throw UsageException("unknown output option -O$letter (known: $LETTERS)")
            }
        }
    }
}
