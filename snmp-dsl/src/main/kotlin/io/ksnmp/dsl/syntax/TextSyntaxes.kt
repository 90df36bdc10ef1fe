package io.ksnmp.dsl.syntax

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.OctetString as SmiOctetString

/**
 * `DisplayString` (RFC 2579) and any OCTET STRING that holds text, as a [String].
 *
 * Read as UTF-8 (ASCII, which RFC 2579 asks for, is a subset); octets that are not UTF-8 read as
 * U+FFFD, as [SmiOctetString.asUtf8] does, so a device's Latin-1 `sysDescr` still reads. Use
 * [OctetString] for the exact octets. Written as UTF-8.
 *
 * ```
 * object SystemGroup : MibScalars("1.3.6.1.2.1.1") { val sysDescr = scalar(1, DisplayString) }
 * ```
 */
public val DisplayString: SmiSyntax<String> = textSyntax("DisplayString")

/**
 * `SnmpAdminString` (RFC 3411): UTF-8 text, read and written as [DisplayString] is.
 *
 * ```
 * val sysORDescr = column(3, SnmpAdminString)
 * ```
 */
public val SnmpAdminString: SmiSyntax<String> = textSyntax("SnmpAdminString")

/**
 * An OCTET STRING as its exact octets (a copy each way).
 *
 * ```
 * val snmpEngineID = scalar(1, OctetString)    // ByteArray
 * ```
 */
public val OctetString: SmiSyntax<ByteArray> =
    smiSyntax<SmiOctetString, ByteArray>("OCTET STRING", SmiType.OCTET_STRING, { it.toByteArray() }, { SmiOctetString.of(it) })

private fun textSyntax(name: String): SmiSyntax<String> =
    smiSyntax<SmiOctetString, String>(name, SmiType.OCTET_STRING, { it.asUtf8() }, { SmiOctetString.of(it) })
