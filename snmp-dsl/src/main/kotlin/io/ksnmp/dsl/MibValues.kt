package io.ksnmp.dsl

import io.ksnmp.dsl.mib.MibInstance
import io.ksnmp.smi.Oid
import io.ksnmp.smi.VarBindList

/**
 * The answer to a typed get of several instances, read by instance: `values[SystemGroup.sysUpTime]`
 * is a `Duration`.
 *
 * ```
 * val system = router.get(SystemGroup.sysDescr, SystemGroup.sysUpTime, IfTable.ifDescr[1])
 * val descr: String = system[SystemGroup.sysDescr]
 * val uptime: Duration = system[SystemGroup.sysUpTime]
 * val lo: String? = system.getOrNull(IfTable.ifDescr[1])
 * ```
 *
 * @property varBinds the bindings as the agent sent them, in the order asked
 */
public class MibValues internal constructor(
    public val varBinds: VarBindList,
) {
    private val positions: Map<Oid, Int> = HashMap<Oid, Int>(varBinds.size * 2).also { map ->
        for (i in varBinds.indices) map.putIfAbsent(varBinds.oid(i), i)
    }

    /**
     * @return the value of [instance]
     * @throws MissingInstanceException if the agent has no such instance
     * @throws WrongSmiTypeException if the agent sent another SMI type than declared
     * @throws InvalidSmiValueException if the declared syntax rejects the value
     * @throws IllegalArgumentException if [instance] was not asked for
     */
    public operator fun <T : Any> get(instance: MibInstance<T>): T = instance.syntax.decode(instance.instanceOid, varBinds.value(position(instance)))

    /**
     * @return the value of [instance], or null if the agent has no such instance
     * @throws WrongSmiTypeException if the agent sent another SMI type than declared
     * @throws InvalidSmiValueException if the declared syntax rejects the value
     * @throws IllegalArgumentException if [instance] was not asked for
     */
    public fun <T : Any> getOrNull(instance: MibInstance<T>): T? {
        val value = varBinds.value(position(instance))
        return if (value.isException) null else instance.syntax.decode(instance.instanceOid, value)
    }

    private fun position(instance: MibInstance<*>): Int =
        requireNotNull(positions[instance.instanceOid]) { "${instance.instanceOid} was not asked for" }

    override fun equals(other: Any?): Boolean = other is MibValues && other.varBinds == varBinds

    override fun hashCode(): Int = varBinds.hashCode()

    override fun toString(): String = "MibValues($varBinds)"
}
