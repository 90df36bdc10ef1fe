package io.ksnmp.cli

import io.ksnmp.smi.Oid

/**
 * OIDs from the command line, as Net-SNMP reads them without MIBs: numeric (`.1.3.6.1.2.1.1.3.0`
 * or `1.3.6.1.2.1.1.3.0`) or with the first arc named as Net-SNMP prints it (`iso.3.6.1.2.1.1.3.0`,
 * `.iso.3.6.1.2.1.1.3.0`; `ccitt` is 0, `joint-iso-ccitt` 2).
 */
internal object Oids {
    private val TOP_NAMES = listOf("ccitt", "iso", "joint-iso-ccitt")

    fun parse(text: String): Oid {
        val body = text.removePrefix(".")
        val top = TOP_NAMES.indexOfFirst { body == it || body.startsWith("$it.") }
        val numeric = if (top < 0) text else top.toString() + body.substring(TOP_NAMES[top].length)
        return try {
            Oid.parse(numeric)
        } catch (e: IllegalArgumentException) {
            throw UsageException("'$text' is not a numeric OID (ksnmp reads no MIBs: write .1.3.6.1.2.1.1.1.0 or iso.3.6.1.2.1.1.1.0, not SNMPv2-MIB::sysDescr.0)")
        }
    }
}
