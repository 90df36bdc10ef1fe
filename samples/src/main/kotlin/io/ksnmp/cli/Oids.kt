package io.ksnmp.cli

import io.ksnmp.smi.Oid

/** OIDs from the command line: numeric only (`.1.3.6.1.2.1.1.3.0` or `1.3.6.1.2.1.1.3.0`). */
internal object Oids {
    fun parse(text: String): Oid = try {
        Oid.parse(text)
    } catch (e: IllegalArgumentException) {
        throw UsageException("'$text' is not a numeric OID (ksnmp reads no MIBs: write .1.3.6.1.2.1.1.1.0, not SNMPv2-MIB::sysDescr.0)")
    }
}
