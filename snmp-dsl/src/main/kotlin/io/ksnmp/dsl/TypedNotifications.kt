package io.ksnmp.dsl

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.coroutines.notification.Notification
import io.ksnmp.dsl.mib.Column
import io.ksnmp.dsl.mib.MibNotification
import io.ksnmp.dsl.mib.MibObject
import io.ksnmp.dsl.mib.MibTable
import io.ksnmp.dsl.mib.Scalar
import io.ksnmp.smi.VarBind
import io.ksnmp.smi.TimeTicks as SmiTimeTicks
import kotlin.time.Duration

/**
 * Sends a declared notification as an SNMPv2-Trap (once, as the manager's `trap`): `sysUpTime.0`,
 * `snmpTrapOID.0` = [type]'s OID, then the values [values] gives, the declared objects first in
 * their declared order, then any others.
 *
 * ```
 * nms.trap(LinkDown) {
 *     value(IfTable.ifIndex[7], 7)
 *     value(IfTable.ifAdminStatus[7], IfAdminStatus.UP)
 *     value(IfTable.ifOperStatus[7], IfOperStatus.DOWN)
 * }
 * nms.trap(ColdStart)
 * ```
 *
 * @param upTime `sysUpTime.0`; by default the engine's uptime
 * @throws IllegalArgumentException if a declared object has no value, or has two
 */
public suspend fun SnmpManager.trap(
    type: MibNotification,
    upTime: Duration? = null,
    options: RequestOptions? = null,
    values: NotificationValues.() -> Unit = {},
) {
    trap(type.oid, NotificationValues(type).apply(values).varBinds(), upTime?.let(::timeTicks), options)
}

/**
 * Sends a declared notification as an InformRequest and suspends until the receiver acknowledges
 * it (as the manager's `inform`); the bindings as [trap] makes them.
 *
 * ```
 * nms.inform(WarmStart)
 * ```
 *
 * @throws IllegalArgumentException if a declared object has no value, or has two
 */
public suspend fun SnmpManager.inform(
    type: MibNotification,
    upTime: Duration? = null,
    options: RequestOptions? = null,
    values: NotificationValues.() -> Unit = {},
) {
    inform(type.oid, NotificationValues(type).apply(values).varBinds(), upTime?.let(::timeTicks), options)
}

/** @return whether this notification is of the declared [type] (its `snmpTrapOID.0`) */
public fun Notification.isA(type: MibNotification): Boolean = trapOid == type.oid

/**
 * The value of [obj] this notification carries (its first binding of an instance of [obj]), read
 * as the declared type, or null if it carries none.
 *
 * ```
 * if (n.isA(LinkDown)) println("${n.indexOf(IfTable.ifIndex)} is ${n[IfTable.ifOperStatus]}")
 * ```
 *
 * @throws MissingInstanceException if the binding holds an exception value
 * @throws WrongSmiTypeException if it is of another SMI type than declared
 * @throws InvalidSmiValueException if the declared syntax rejects it
 */
public operator fun <T : Any> Notification.get(obj: MibObject<T>): T? {
    val binding = bindingOf(obj) ?: return null
    return obj.syntax.decode(binding.oid(), binding.value())
}

/**
 * The row index of the instance of [column] this notification carries, or null if it carries none.
 *
 * ```
 * val ifIndex: Int? = n.indexOf(IfTable.ifOperStatus)
 * ```
 *
 * @throws io.ksnmp.smi.IndexDecodingException if the instance's index does not parse as the table's
 */
public fun <Tbl : MibTable<I>, I : Any> Notification.indexOf(column: Column<Tbl, *>): I? =
    bindingOf(column)?.let { column.table.index.decode(it.oid().suffixAfter(column.oid)) }

private fun Notification.bindingOf(obj: MibObject<*>): VarBind? = varBinds.firstOrNull { instanceOf(obj, it) }

private fun instanceOf(obj: MibObject<*>, binding: VarBind): Boolean = when (obj) {
    is Scalar<*> -> binding.oid() == obj.instanceOid
    is Column<*, *> -> binding.oid().startsWith(obj.oid) && binding.oid().size() > obj.oid.size()
}

private fun timeTicks(upTime: Duration): SmiTimeTicks = io.ksnmp.dsl.syntax.TimeTicks.encode(upTime) as SmiTimeTicks

/**
 * The values of a notification being sent, given by instance: `value(IfTable.ifIndex[7], 7)`.
 * The declared objects' values go first in the declared order, then any others in the order given
 * (RFC 3416 §4.2.6 lets an originator append bindings).
 *
 * ```
 * nms.trap(LinkUp) {
 *     value(IfTable.ifIndex[7], 7)
 *     value(IfTable.ifAdminStatus[7], IfAdminStatus.UP)
 *     value(IfTable.ifOperStatus[7], IfOperStatus.UP)
 *     value(IfXTable.ifName[7], "eth6")      // an extra binding
 * }
 * ```
 */
@io.ksnmp.dsl.SnmpDsl
public class NotificationValues internal constructor(private val type: MibNotification) {
    private val given = ArrayList<VarBind>()

    /**
     * Adds the binding of [instance] to [value].
     *
     * @throws IllegalArgumentException if [value] has no SMI form in its syntax
     */
    public fun <T : Any> value(instance: io.ksnmp.dsl.mib.MibInstance<T>, value: T) {
        given.add(instance.bind(value))
    }

    internal fun varBinds(): List<VarBind> {
        val declared = type.objects.map { obj ->
            val matches = given.filter { instanceOf(obj, it) }
            require(matches.size == 1) { "${type.javaClass.simpleName} needs one value of ${obj.oid.toDottedString()}, not ${matches.size}" }
            matches[0]
        }
        return declared + given.filter { it !in declared }
    }
}
