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
 * router.set(IfTable.ifAdminStatus[7] to IfAdminStatus.DOWN, options = RequestOptions(community = "private"))
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
 * Sets three writable instances in one request, all or none; for more, a list of [assign]ments.
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
 * Sets any number of writable instances in one request (split if too big for one message), all
 * or none; each [Assignment] was checked by the compiler when it was made with [assign].
 *
 * ```
 * router.set(interfaces.map { IfXTable.ifAlias[it.index].assign(it.alias) })
 * ```
 */
public suspend fun SnmpManager.set(assignments: List<Assignment>, options: RequestOptions? = null) {
    set(assignments.map { it.varBind }, options)
}

/**
 * This writable instance set to [value]: one binding of a typed set of many instances. Only a
 * writable instance and a value of its type compile.
 *
 * ```
 * val change = SystemGroup.sysLocation.assign("rack 7")
 * ```
 *
 * @throws IllegalArgumentException if [value] has no SMI form in its syntax
 */
public fun <T : Any> WritableInstance<T>.assign(value: T): Assignment = Assignment(bind(value))

/**
 * One binding of a typed set, made by [assign] (so of a writable instance, with a value of its type).
 *
 * ```
 * val changes: List<Assignment> = listOf(SystemGroup.sysContact.assign("noc"), SystemGroup.sysName.assign("core-1"))
 * router.set(changes)
 * ```
 *
 * @property varBind the binding as it is sent
 */
public class Assignment internal constructor(public val varBind: VarBind) {
    override fun equals(other: Any?): Boolean = other is Assignment && other.varBind == varBind

    override fun hashCode(): Int = varBind.hashCode()

    override fun toString(): String = "Assignment(${varBind.oid().toDottedString()})"
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
