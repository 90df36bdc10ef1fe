package io.ksnmp.dsl.mibs

import io.ksnmp.dsl.mib.MibNotification

/**
 * coldStart (SNMPv2-MIB, RFC 3418): the entity is reinitialising itself and its configuration
 * may have changed. No objects.
 *
 * ```
 * nms.trap(ColdStart)
 * ```
 */
public object ColdStart : MibNotification("1.3.6.1.6.3.1.1.5.1")

/**
 * warmStart (SNMPv2-MIB, RFC 3418): the entity is reinitialising itself, its configuration
 * unchanged. No objects.
 *
 * ```
 * nms.trap(WarmStart)
 * ```
 */
public object WarmStart : MibNotification("1.3.6.1.6.3.1.1.5.2")

/**
 * linkDown (IF-MIB, RFC 2863): an interface's ifOperStatus is about to leave the up state for down
 * (or for notPresent). Objects: ifIndex, ifAdminStatus, ifOperStatus, of that interface.
 *
 * ```
 * nms.trap(LinkDown) {
 *     value(IfTable.ifIndex[7], 7)
 *     value(IfTable.ifAdminStatus[7], IfAdminStatus.UP)
 *     value(IfTable.ifOperStatus[7], IfOperStatus.DOWN)
 * }
 * ```
 */
public object LinkDown : MibNotification("1.3.6.1.6.3.1.1.5.3", IfTable.ifIndex, IfTable.ifAdminStatus, IfTable.ifOperStatus)

/**
 * linkUp (IF-MIB, RFC 2863): an interface's ifOperStatus has left the down state. Objects:
 * ifIndex, ifAdminStatus, ifOperStatus, of that interface.
 *
 * ```
 * receiver.notifications.filter { it.isA(LinkUp) }.collect { println("ifIndex ${it[IfTable.ifIndex]} is up") }
 * ```
 */
public object LinkUp : MibNotification("1.3.6.1.6.3.1.1.5.4", IfTable.ifIndex, IfTable.ifAdminStatus, IfTable.ifOperStatus)

/**
 * authenticationFailure (SNMPv2-MIB, RFC 3418): the entity received a message that was not
 * properly authenticated. No objects.
 *
 * ```
 * nms.trap(AuthenticationFailure)
 * ```
 */
public object AuthenticationFailure : MibNotification("1.3.6.1.6.3.1.1.5.5")
