package io.ksnmp.dsl

import io.ksnmp.SnmpException
import io.ksnmp.smi.Oid

/**
 * A value an agent sent (or a notification carried) could not be read as its declaration says.
 * The subtypes carry the facts as typed fields: [WrongSmiTypeException] (the agent sent another
 * SMI type), [InvalidSmiValueException] (the right SMI type, but a value the syntax rejects) and
 * [MissingInstanceException] (noSuchObject, noSuchInstance or endOfMibView where a value was
 * required). None of them shows the value itself.
 *
 * ```
 * try { router.get(SystemGroup.sysUpTime) } catch (e: MibValueException) { log.warn("bad ${e.oid}") }
 * ```
 *
 * @property oid the instance whose value it was
 */
public sealed class MibValueException(message: String, public val oid: Oid, cause: Throwable? = null) : SnmpException(message, cause)
