package io.ksnmp.dsl

import io.ksnmp.coroutines.RequestOptions
import io.ksnmp.coroutines.SnmpManager
import io.ksnmp.dsl.mib.MibInstance
import io.ksnmp.dsl.mib.MibScalars
import io.ksnmp.errors.NoSuchNameException

/**
 * Gets one instance and reads it as its declared Kotlin type.
 *
 * ```
 * val uptime: Duration = router.get(SystemGroup.sysUpTime)
 * val descr: String = router.get(IfTable.ifDescr[7])
 * ```
 *
 * A missing instance is an exception, not null: a scalar has exactly one instance, present
 * whenever the agent implements the object, so noSuchObject or noSuchInstance says the agent lacks
 * the object (or its view hides it), which the caller should hear about rather than find as a
 * null. Use [getOrNull] where absence is expected.
 *
 * @throws MissingInstanceException for noSuchObject, noSuchInstance or endOfMibView (SNMPv1: the
 *     manager's [NoSuchNameException])
 * @throws WrongSmiTypeException if the agent sent another SMI type than declared
 * @throws InvalidSmiValueException if the declared syntax rejects the value
 */
public suspend fun <T : Any> SnmpManager.get(instance: MibInstance<T>, options: RequestOptions? = null): T =
    instance.syntax.decode(instance.instanceOid, get(listOf(instance.instanceOid), options).value(0))

/**
 * Gets one instance, or null if the agent has none (noSuchObject, noSuchInstance, endOfMibView,
 * or SNMPv1's noSuchName).
 *
 * ```
 * val location: String? = router.getOrNull(SystemGroup.sysLocation)
 * ```
 *
 * @throws WrongSmiTypeException if the agent sent another SMI type than declared
 * @throws InvalidSmiValueException if the declared syntax rejects the value
 */
public suspend fun <T : Any> SnmpManager.getOrNull(instance: MibInstance<T>, options: RequestOptions? = null): T? {
    val value = try {
        get(listOf(instance.instanceOid), options).value(0)
    } catch (e: NoSuchNameException) {
        return null
    }
    return if (value.isException) null else instance.syntax.decode(instance.instanceOid, value)
}

/**
 * Gets several instances in one request (split if too big for one message) and returns them to be
 * read by instance.
 *
 * ```
 * val values = router.get(SystemGroup.sysName, SystemGroup.sysUpTime, IfTable.ifOperStatus[1])
 * println("${values[SystemGroup.sysName]} up ${values[SystemGroup.sysUpTime]}")
 * ```
 *
 * A missing instance fails only when it is read ([MibValues.get]), or reads as null
 * ([MibValues.getOrNull]). SNMPv1 has no exception values: there the whole request fails with the
 * manager's [NoSuchNameException], naming the first missing instance.
 */
public suspend fun SnmpManager.get(vararg instances: MibInstance<*>, options: RequestOptions? = null): MibValues =
    MibValues(get(instances.map { it.instanceOid }, options))

/**
 * Gets every scalar of a group in one request.
 *
 * ```
 * val system = router.get(SystemGroup)
 * println("${system[SystemGroup.sysName]}: ${system[SystemGroup.sysDescr]}")
 * ```
 */
public suspend fun SnmpManager.get(group: MibScalars, options: RequestOptions? = null): MibValues =
    MibValues(get(group.scalars.map { it.instanceOid }, options))
