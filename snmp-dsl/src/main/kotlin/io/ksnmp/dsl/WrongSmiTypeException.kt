package io.ksnmp.dsl

import io.ksnmp.coroutines.agent.SmiType
import io.ksnmp.smi.Oid
import io.ksnmp.smi.Variable
import kotlin.reflect.KClass

/**
 * An agent answered with a value of another SMI type than the object's declaration: a
 * `Counter32` where a `DisplayString` was declared, a NULL, an `Opaque`. Typed reads never fail
 * with a `ClassCastException`; they fail with this.
 *
 * ```
 * try {
 *     router.get(SystemGroup.sysDescr)
 * } catch (e: WrongSmiTypeException) {
 *     println("${e.oid}: ${e.syntax} expects ${e.expected}, the agent sent ${e.received.simpleName}")
 * }
 * ```
 *
 * @property syntax the name of the declared syntax, such as `DisplayString`
 * @property expected the SMI type that syntax is carried in
 * @property received the class of the value that came, such as `Counter32::class`
 */
public class WrongSmiTypeException(
    oid: Oid,
    public val syntax: String,
    public val expected: SmiType,
    public val received: KClass<out Variable>,
) : MibValueException("${oid.toDottedString()}: $syntax expects $expected, received ${received.simpleName}", oid)
