package io.ksnmp.dsl

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.dsl.mib.MibInstance
import io.ksnmp.dsl.mib.WritableInstance
import io.ksnmp.smi.VarBind

/**
 * Sets one writable instance to a value of its declared Kotlin type. It compiles only for a
 * [WritableInstance] and a value of its type: a read-only object, or an `Int` for a
 * `DisplayString`, is a compile error.
 *
 * ```
 * router.set(SystemGroup.sysContact to "noc@example.net")
 * router.set(IfTable.ifAdminStatus[7] to IfStatus.DOWN, options = RequestOptions(community = "private"))
 * ```
 *
 * Failures are the manager's: [io.ksnmp.errors.ErrorResponseException] with the agent's status
 * (notWritable, wrongType, wrongValue, …) and the instance it names.
 *
 * @throws IllegalArgumentException if the value has no SMI form in its syntax (a negative TimeTicks, …)
 */
public suspend fun <T : Any> SnmpManager.set(assignment: Pair<WritableInstance<T>, T>, options: RequestOptions? = null) {
    set(listOf(assignment.first.bind(assignment.second)), options)
}

/**
 * Sets two writable instances in one request, all or none; see the one-instance [set].
 *
 * ```
 * router.set(SystemGroup.sysContact to "noc@example.net", SystemGroup.sysLocation to "rack 7")
 * ```
 */
public suspend fun <A : Any, B : Any> SnmpManager.set(
    first: Pair<WritableInstance<A>, A>,
    second: Pair<WritableInstance<B>, B>,
    options: RequestOptions? = null,
) {
    set(listOf(first.first.bind(first.second), second.first.bind(second.second)), options)
}

/**
 * Sets three writable instances in one request, all or none; for more, use [bind] and the
 * manager's own `set(List<VarBind>)`.
 *
 * ```
 * router.set(SystemGroup.sysContact to "noc", SystemGroup.sysName to "core-1", SystemGroup.sysLocation to "rack 7")
 * ```
 */
public suspend fun <A : Any, B : Any, C : Any> SnmpManager.set(
    first: Pair<WritableInstance<A>, A>,
    second: Pair<WritableInstance<B>, B>,
    third: Pair<WritableInstance<C>, C>,
    options: RequestOptions? = null,
) {
    set(listOf(first.first.bind(first.second), second.first.bind(second.second), third.first.bind(third.second)), options)
}

/**
 * The binding of this instance to [value], encoded in the declared syntax: for sets of many
 * instances, notifications and agents.
 *
 * ```
 * val bindings = interfaces.map { IfTable.ifAlias[it.index].bind(it.alias) }
 * router.set(bindings)
 * ```
 *
 * @throws IllegalArgumentException if [value] has no SMI form in its syntax
 */
public fun <T : Any> MibInstance<T>.bind(value: T): VarBind = VarBind.of(instanceOid, syntax.encode(value))
