package io.ksnmp.dsl

import io.ksnmp.smi.Oid

/**
 * A value of the declared SMI type that the declared syntax cannot read: a `TruthValue` of 3, a
 * `DateAndTime` that is not 8 or 11 octets, a `MacAddress` that is not 6. The value itself is
 * not in the exception (it might be sensitive); [cause] is what the syntax's decoder threw.
 *
 * ```
 * try { router.get(MyMib.lastChange) } catch (e: InvalidSmiValueException) { println("${e.oid} is not a ${e.syntax}") }
 * ```
 *
 * @property syntax the name of the declared syntax
 */
public class InvalidSmiValueException(
    oid: Oid,
    public val syntax: String,
    cause: Throwable? = null,
) : MibValueException("${oid.toDottedString()}: not a valid $syntax value", oid, cause)
