/**
 * The outcomes of a request other than a value: timeouts, error responses, improper responses,
 * SNMPv3 reports and a closed engine. All extend {@link io.ksnmp.SnmpException}; callers tell
 * them apart by type and by their fields, never by message text.
 */
package io.ksnmp.errors;
