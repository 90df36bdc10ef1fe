/**
 * Notifications in the form every SNMP version shares: {@link io.ksnmp.notification.V2Notification}
 * holds sysUpTime.0, snmpTrapOID.0 and the remaining bindings, parses them from and writes them to
 * an SNMPv2-Trap or InformRequest binding list, and translates to and from an SNMPv1 Trap-PDU as
 * RFC 3584 §3.1 and §3.2 prescribe. {@link io.ksnmp.notification.NotificationOids} names the
 * bindings involved.
 *
 * <pre>{@code
 * V2Notification n = V2Notification.fromTrapV1(receivedV1Trap);   // any version, one form
 * TrapV1Pdu v1 = V2Notification.parse(trapPdu.varBinds()).toTrapV1(myAddress);
 * }</pre>
 */
package io.ksnmp.notification;
