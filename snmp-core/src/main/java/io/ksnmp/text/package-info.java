/**
 * Text forms of SNMP data: {@link io.ksnmp.text.WalkRecording} reads and writes what Net-SNMP's
 * {@code snmpwalk -On} and {@code snmpbulkwalk -On} print, for recorded devices and replay.
 */
package io.ksnmp.text;
